import type { z } from 'zod';
import { exportV1Schema, migrateV1ToV2 } from './v1-to-v2';
import { exportV2Schema, migrateV2ToV3 } from './v2-to-v3';

/** One step up the export format: the schema of the version it reads, and the change to the next one. */
export interface ExportMigration {
  from: number;
  schema: z.ZodType;
  up(doc: never): unknown;
}

/** Every step, in order; adding a version means adding one file and one line here. */
export const EXPORT_MIGRATIONS: readonly ExportMigration[] = [
  { from: 1, schema: exportV1Schema, up: migrateV1ToV2 },
  { from: 2, schema: exportV2Schema, up: migrateV2ToV3 },
];
