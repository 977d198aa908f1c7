import type { Profile, ProfileSkill, SkillLevel } from '@/lib/model/profile';

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
