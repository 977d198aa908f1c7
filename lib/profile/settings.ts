import { z } from 'zod';

/** The person's settings. */
export const settingsSchema = z.object({
  /** Match percentage at or above which a posting counts as a good fit (badge turns green). */
  threshold: z.number().int().min(1).max(100),
  /** Count soft skills ("communication") as gaps; off by default because postings list them loosely. */
  countSoftSkills: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { threshold: 80, countSoftSkills: false };
