import { z } from 'zod';
import { requirementSchema } from './mention';

/** A skill of a saved posting, as it stood when saved. */
export const savedSkillSchema = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  requirement: requirementSchema,
  evidence: z.string(),
  years: z.number().optional(),
  group: z.number().int().optional(),
  soft: z.boolean().optional(),
  incidental: z.boolean().optional(),
});
export type SavedSkill = z.infer<typeof savedSkillSchema>;

/** Where a saved posting stands in the person's search. */
export const postingStatusSchema = z.enum(['saved', 'applied', 'interviewing', 'offer', 'rejected', 'archived']);
export type PostingStatus = z.infer<typeof postingStatusSchema>;

export const POSTING_STATUS_LABELS: Record<PostingStatus, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
  archived: 'Archived',
};

/** What the content script sends to save a posting: a snapshot, because postings disappear. */
export const postingSnapshotSchema = z.object({
  key: z.string().min(1).max(300),
  url: z.string().url().max(2000).refine((u) => /^https?:\/\//i.test(u), 'a posting link must be an http or https address'),
  site: z.string().max(50).nullable(),
  title: z.string().max(500),
  company: z.string().max(300),
  location: z.string().max(300),
  /** The description text, capped so one posting cannot fill the database. */
  text: z.string().max(100_000),
  skills: z.array(savedSkillSchema).max(500),
});
export type PostingSnapshot = z.infer<typeof postingSnapshotSchema>;

/** One step of a saved posting along the pipeline. */
export const statusChangeSchema = z.object({ status: postingStatusSchema, at: z.number().int().nonnegative() });

/**
 * A posting in the watchlist, as the `watchlist` table keeps it. Its description text lives in the
 * `postingText` table (database v4), so that listing thousands of saved postings stays quick.
 */
export const savedPostingSchema = postingSnapshotSchema.omit({ text: true }).extend({
  savedAt: z.number().int().nonnegative(),
  status: postingStatusSchema,
  statusHistory: z.array(statusChangeSchema).min(1),
  notes: z.string().max(20_000),
  /** Skills the person had when saving it (learning excluded), for "2 gaps closed since you saved this". */
  profileAtSave: z.array(z.string()).max(2000).optional(),
});
export type SavedPosting = z.infer<typeof savedPostingSchema>;

/** A saved posting with its description text, as exported. */
export const savedPostingWithTextSchema = savedPostingSchema.extend({ text: z.string().max(100_000) });
export type SavedPostingWithText = z.infer<typeof savedPostingWithTextSchema>;
