import { z } from 'zod';

/**
 * The person's settings. Fields added after the first release carry defaults, so a value stored by an
 * older version still parses (the defaults fill what it lacks).
 */
export const settingsSchema = z.object({
  /** Match percentage at or above which a posting counts as a good fit (badge turns green). */
  threshold: z.number().int().min(1).max(100),
  /** Count soft skills ("communication") as gaps; off by default because postings list them loosely. */
  countSoftSkills: z.boolean(),
  /** How many days of viewed postings "what to learn next" looks at (saved postings always count). */
  recentWindowDays: z.number().int().min(1).max(3650).default(90),
  /** How many days a viewed posting is kept before it is forgotten; saved postings stay until removed. */
  keepViewedDays: z.number().int().min(1).max(3650).default(180),
  /** Also keep the profile in the browser's own sync storage, so it follows the person to other browsers. */
  syncProfile: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  threshold: 80,
  countSoftSkills: false,
  recentWindowDays: 90,
  keepViewedDays: 180,
  syncProfile: false,
};

/** Choices offered for the two day settings. */
export const DAY_CHOICES = [30, 60, 90, 180, 365, 730] as const;
