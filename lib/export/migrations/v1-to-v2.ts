import { z } from 'zod';
import { postingStatusSchema } from '@/lib/model/posting';
import { DEFAULT_SETTINGS } from '@/lib/model/settings';

/**
 * Version 1: the first export format, mirroring the first data model: a profile, the two settings of the
 * time, and saved postings with their text inline; `exportedAt` was an ISO date string and there was no
 * `scope` (a file had a watchlist or not). Validated loosely on purpose: only what the step reads.
 */
export const exportV1Schema = z.object({
  format: z.literal('skillgap-export'),
  version: z.literal(1),
  exportedAt: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a date'),
  profile: z.object({ skills: z.array(z.object({ id: z.string() }).passthrough()) }),
  settings: z.object({ threshold: z.number(), countSoftSkills: z.boolean() }).optional(),
  watchlist: z
    .array(
      z
        .object({
          key: z.string(),
          savedAt: z.number(),
          status: postingStatusSchema,
          statusHistory: z.array(z.object({ status: postingStatusSchema, at: z.number() })),
        })
        .passthrough(),
    )
    .optional(),
});
export type ExportV1 = z.infer<typeof exportV1Schema>;

/**
 * Version 1 → 2: the date becomes a number, the scope is stated (a file with a watchlist held
 * everything), settings gain the day windows and sync switch with their defaults, a saved posting whose
 * status history was left empty gets its first step ("saved" when it was saved), and the collections
 * version 1 did not have (viewed postings, progress) start empty.
 */
export function migrateV1ToV2(doc: ExportV1): unknown {
  const exportedAt = Date.parse(doc.exportedAt);
  if (!doc.watchlist) return { format: doc.format, version: 2, exportedAt, scope: 'profile', profile: doc.profile };
  return {
    format: doc.format,
    version: 2,
    exportedAt,
    scope: 'everything',
    profile: doc.profile,
    settings: { ...DEFAULT_SETTINGS, ...(doc.settings ?? {}) },
    watchlist: doc.watchlist.map((p) => ({
      ...p,
      statusHistory: p.statusHistory.length ? p.statusHistory : [{ status: 'saved', at: p.savedAt }, ...(p.status === 'saved' ? [] : [{ status: p.status, at: p.savedAt }])],
    })),
    viewed: [],
    progress: [],
  };
}
