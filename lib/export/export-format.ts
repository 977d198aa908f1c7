import { z } from 'zod';
import { savedPostingWithTextSchema } from '@/lib/model/posting';
import { seenPostingSchema } from '@/lib/model/seen-posting';
import { goalsExportFields } from '@/lib/goals/goals-export';
import { profileSchema } from '@/lib/model/profile';
import { settingsSchema } from '@/lib/model/settings';

/** The marker every SkillGap export file carries. */
export const EXPORT_FORMAT = 'skillgap-export';
/** The version this code writes; older files are migrated up to it step by step (lib/export/migrations). */
export const EXPORT_VERSION = 3;

/** A progress snapshot as exported (the database's own id is not kept). */
export const exportedProgressSchema = z.object({
  week: z.number().int(),
  takenAt: z.number().int().nonnegative(),
  subject: z.string().min(1).max(200),
  value: z.number().min(0).max(100),
});

const uniqueKeys = <T extends { key: string }>(what: string) => (list: T[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.key)) ctx.addIssue({ code: 'custom', message: `${what} "${item.key}" is listed twice`, path: [i, 'key'] });
    seen.add(item.key);
  });
};

/**
 * The parts of an export that versions 2 and 3 share; the version 2 schema (migrations/v2-to-v3.ts) is
 * built from them, so a problem in a version 2 file is reported against version 2.
 */
export const exportParts = {
  watchlist: z.array(savedPostingWithTextSchema).max(100_000).superRefine(uniqueKeys('the saved posting')),
  viewed: z.array(seenPostingSchema).max(500_000).superRefine(uniqueKeys('the viewed posting')),
  progress: z.array(exportedProgressSchema).max(100_000),
};

/** The fields every export file starts with, for a given format version. */
export const exportHeader = <V extends number>(version: V) => ({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(version),
  /** When the file was written (ms since epoch). */
  exportedAt: z.number().int().nonnegative(),
});

const header = exportHeader(EXPORT_VERSION);

/**
 * An export file, version 3. `profile`: the skill profile alone; `watchlist`: the saved postings alone;
 * `everything`: profile, settings, saved and viewed postings, progress snapshots (goals' included), the
 * career goals and the learning plan.
 */
export const exportDocSchema = z.discriminatedUnion('scope', [
  z.object({ ...header, scope: z.literal('profile'), profile: profileSchema }),
  z.object({ ...header, scope: z.literal('watchlist'), watchlist: exportParts.watchlist }),
  z.object({
    ...header,
    scope: z.literal('everything'),
    profile: profileSchema,
    settings: settingsSchema,
    ...exportParts,
    ...goalsExportFields,
  }),
]);
export type ExportDoc = z.infer<typeof exportDocSchema>;
export type ExportScope = ExportDoc['scope'];

/** The file name an export is offered under: "skillgap-profile-2026-11-25.json". */
export function exportFileName(scope: ExportScope, now: number, ext = 'json'): string {
  return `skillgap-${scope}-${new Date(now).toISOString().slice(0, 10)}.${ext}`;
}
