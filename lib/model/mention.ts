import { z } from 'zod';

/** How strongly a posting asks for a skill. */
export const requirementSchema = z.enum(['required', 'preferred', 'mentioned']);
export type Requirement = z.infer<typeof requirementSchema>;

/** One skill found in a posting, with the words and sentence it came from. */
export const skillMentionSchema = z.object({
  /** Taxonomy id. */
  id: z.string(),
  /** Display name from the taxonomy. */
  name: z.string(),
  category: z.string(),
  requirement: requirementSchema,
  /** The words as they stand in the text. */
  text: z.string(),
  /** The sentence they stand in. */
  evidence: z.string(),
  /** Offset of `text` in the input, so the overlay can point at it. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Years of experience asked for, where stated ("5+ years of Python" gives 5). */
  years: z.number().nonnegative().optional(),
  /** Skills stated as alternatives ("Python or Java") share a group; one of them is enough. */
  group: z.number().int().optional(),
  /** Named only where the posting talks about the company or its benefits, not about the job. */
  incidental: z.boolean().optional(),
  /** Soft skills are reported but not counted as gaps by default. */
  soft: z.boolean().optional(),
});
export type SkillMention = z.infer<typeof skillMentionSchema>;
