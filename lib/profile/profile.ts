import { z } from 'zod';
import { skillIdSchema } from '@/lib/taxonomy/types';

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

/** The profile with a skill added or its level changed. */
export function withSkill(profile: Profile, id: string, level: SkillLevel = 'working', now = Date.now()): Profile {
  const rest = profile.skills.filter((s) => s.id !== id);
  const prev = profile.skills.find((s) => s.id === id);
  return { skills: [...rest, { ...prev, id, level, updatedAt: now }] };
}

/** The profile without a skill. */
export function withoutSkill(profile: Profile, id: string): Profile {
  return { skills: profile.skills.filter((s) => s.id !== id) };
}
