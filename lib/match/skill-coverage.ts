import type { Skill } from '@/lib/model/skill';
import type { Profile, ProfileSkill } from '@/lib/model/profile';

/**
 * What coverage needs of the taxonomy: each skill's parents. The full taxonomy fits, and so does the
 * small map the content script gets from the background for the profile's skills only.
 */
export type SkillAncestry = ReadonlyMap<string, Pick<Skill, 'parents'>>;

/** How a profile covers one skill a posting asks for. */
export interface Coverage {
  /** `direct`: the person has it; `implied`: they have a narrower skill that implies it; `none`. */
  kind: 'direct' | 'implied' | 'none';
  /** The profile skill that covers it. */
  via?: ProfileSkill;
  /** The person marked it as being learned (not counted as having it). */
  learning: boolean;
}

/**
 * The one rule for what a profile covers: a skill is covered by itself, or by any skill whose parents
 * lead to it (PostgreSQL covers "SQL"; React covers "JavaScript", at the level below React's).
 * Skills marked `learning` do not cover anything yet.
 */
export function profileCoverage(profile: Profile, byId: SkillAncestry): (skillId: string) => Coverage {
  const direct = new Map<string, ProfileSkill>();
  const implied = new Map<string, ProfileSkill>();
  const learning = new Set<string>();
  for (const ps of profile.skills) {
    if (ps.level === 'learning') {
      learning.add(ps.id);
      continue;
    }
    direct.set(ps.id, ps);
    const seen = new Set<string>([ps.id]);
    const stack = [...(byId.get(ps.id)?.parents ?? [])];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      if (!implied.has(id)) implied.set(id, { ...ps, id, level: ps.level === 'working' ? 'working' : ps.level === 'expert' ? 'strong' : 'working' });
      stack.push(...(byId.get(id)?.parents ?? []));
    }
  }
  return (skillId) => {
    const d = direct.get(skillId);
    if (d) return { kind: 'direct', via: d, learning: false };
    const i = implied.get(skillId);
    if (i) return { kind: 'implied', via: i, learning: learning.has(skillId) };
    return { kind: 'none', learning: learning.has(skillId) };
  };
}
