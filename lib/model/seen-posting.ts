import { z } from 'zod';
import { postingSnapshotSchema } from './posting';

/** What the content script reports about a posting the person viewed (no description text: it grows fast). */
export const seenReportSchema = postingSnapshotSchema.omit({ text: true });
export type SeenReport = z.infer<typeof seenReportSchema>;

/** A posting the person has viewed, kept for "what to learn next" and for list-card scores. */
export const seenPostingSchema = seenReportSchema.extend({
  firstSeenAt: z.number().int().nonnegative(),
  lastSeenAt: z.number().int().nonnegative(),
  timesSeen: z.number().int().positive(),
});
export type SeenPosting = z.infer<typeof seenPostingSchema>;
