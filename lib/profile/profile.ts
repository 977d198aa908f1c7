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

/**
 * The profile with a skill added or its level changed. Moving to `learning` records when learning
 * started; moving from `learning` to a known level records when it was learned.
 */
export function withSkill(profile: Profile, id: string, level: SkillLevel = 'working', now = Date.now()): Profile {
  const rest = profile.skills.filter((s) => s.id !== id);
  const prev = profile.skills.find((s) => s.id === id);
  const next: ProfileSkill = { ...prev, id, level, updatedAt: now };
  if (level === 'learning' && prev?.level !== 'learning') {
    next.startedAt = now;
    delete next.learnedAt;
  }
  if (level !== 'learning' && prev?.level === 'learning' && prev.startedAt !== undefined) next.learnedAt = now;
  return { skills: [...rest, next] };
}

/** The profile with the years of experience of a skill set, or cleared when `years` is undefined. */
export function withYears(profile: Profile, id: string, years: number | undefined, now = Date.now()): Profile {
  return {
    skills: profile.skills.map((s) => {
      if (s.id !== id) return s;
      const { years: _old, ...rest } = s;
      return years === undefined ? { ...rest, updatedAt: now } : { ...rest, years, updatedAt: now };
    }),
  };
}

/** The profile without a skill. */
export function withoutSkill(profile: Profile, id: string): Profile {
  return { skills: profile.skills.filter((s) => s.id !== id) };
}

/** The profile with several skills added at once (skills already in it are left as they are). */
export function withSkills(profile: Profile, additions: readonly { id: string; level: SkillLevel; years?: number }[], now = Date.now()): Profile {
  const have = new Set(profile.skills.map((s) => s.id));
  const added: ProfileSkill[] = [];
  for (const a of additions) {
    if (have.has(a.id)) continue;
    have.add(a.id);
    added.push({ id: a.id, level: a.level, updatedAt: now, ...(a.years !== undefined ? { years: a.years } : {}), ...(a.level === 'learning' ? { startedAt: now } : {}) });
  }
  return { skills: [...profile.skills, ...added] };
}
