import { z } from 'zod';
import { EMPTY_GOALS_EXPORT } from '@/lib/goals/goals-export';
import { profileSchema } from '@/lib/model/profile';
import { settingsSchema } from '@/lib/model/settings';
import { exportHeader, exportParts } from '../export-format';

const header = exportHeader(2);

/**
 * Version 2: profile, settings, saved and viewed postings and progress snapshots, in three scopes; goals
 * and the learning plan were kept in the browser only. Version 3 only adds to it, so version 2 is checked
 * in full, with the parts both share: a problem in a version 2 file is reported against version 2.
 * (Should a later version change one of those parts, freeze the version 2 form of it here.)
 */
export const exportV2Schema = z.discriminatedUnion('scope', [
  z.object({ ...header, scope: z.literal('profile'), profile: profileSchema }),
  z.object({ ...header, scope: z.literal('watchlist'), watchlist: exportParts.watchlist }),
  z.object({ ...header, scope: z.literal('everything'), profile: profileSchema, settings: settingsSchema, ...exportParts }),
]);
export type ExportV2 = z.infer<typeof exportV2Schema>;

/**
 * Version 2 → 3: a file of everything gains the career goals and the learning plan, empty (a version 2
 * file had none; its goals' progress snapshots, "goal:<id>" subjects, are kept as they are). Files of the
 * profile or the watchlist alone only change their version.
 */
export function migrateV2ToV3(doc: ExportV2): unknown {
  if (doc.scope !== 'everything') return { ...doc, version: 3 };
  return { ...doc, version: 3, goals: [...EMPTY_GOALS_EXPORT.goals], plan: structuredClone(EMPTY_GOALS_EXPORT.plan) };
}
