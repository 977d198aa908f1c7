import { z } from 'zod';
import { skillIdSchema } from './skill';

/** How well the person knows a skill. `learning` is not counted as having it. */
export const skillLevelSchema = z.enum(['learning', 'working', 'strong', 'expert']);
export type SkillLevel = z.infer<typeof skillLevelSchema>;

export const SKILL_LEVEL_LABELS: Record<SkillLevel, string> = {
  learning: 'Learning',
  working: 'Working knowledge',
  strong: 'Strong',
  expert: 'Expert',
};

/** One skill in the person's profile. */
export const profileSkillSchema = z.object({
  /** Taxonomy id. */
  id: skillIdSchema,
  level: skillLevelSchema,
  /** Years of experience, when the person gives them. */
  years: z.number().min(0).max(70).optional(),
  /** When it was added or last changed (ms since epoch). */
  updatedAt: z.number().int().nonnegative(),
  /** When the person started learning it ("Start learning"), for progress over time. */
  startedAt: z.number().int().nonnegative().optional(),
  /** When a skill being learned was first marked as known. */
  learnedAt: z.number().int().nonnegative().optional(),
});
export type ProfileSkill = z.infer<typeof profileSkillSchema>;

/** The person's skill profile. */
export const profileSchema = z.object({
  skills: z.array(profileSkillSchema).refine((skills) => new Set(skills.map((s) => s.id)).size === skills.length, {
    message: 'a skill is listed twice in the profile',
  }),
});
export type Profile = z.infer<typeof profileSchema>;

export const EMPTY_PROFILE: Profile = { skills: [] };
