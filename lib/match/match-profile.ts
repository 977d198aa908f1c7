import type { Profile } from '@/lib/model/profile';
import type { Settings } from '@/lib/model/settings';
import type { SkillMention } from '@/lib/model/mention';
import { profileCoverage, type Coverage, type SkillAncestry } from './skill-coverage';

/** One skill of a posting with how the person covers it. */
export interface MatchedSkill extends SkillMention {
  coverage: Coverage;
}

/** How a profile fits a posting. */
export interface MatchResult {
  /** Skills the person has (directly or through a narrower skill). */
  matched: MatchedSkill[];
  /** Skills to learn; for alternatives only the ones of a group that no other member satisfies. */
  missing: MatchedSkill[];
  /** Soft skills, reported apart and not counted unless the settings say so. */
  soft: MatchedSkill[];
  /** Skills named only about the company or its benefits: shown, never counted. */
  incidental: MatchedSkill[];
  /** Counted slots: one per skill, one per group of alternatives. */
  total: number;
  have: number;
  /** have / total as a whole percentage; 100 when the posting names no skill. */
  percent: number;
}

/**
 * Compares a posting's skills with a profile. Alternatives ("Python or Java") form one slot that any of
 * them fills. Soft skills are reported apart unless `countSoftSkills` is set; skills named only in the
 * company blurb or the benefits are reported apart and never counted.
 */
export function matchProfile(
  mentions: readonly SkillMention[],
  profile: Profile,
  byId: SkillAncestry,
  settings: Pick<Settings, 'countSoftSkills'>,
): MatchResult {
  const cover = profileCoverage(profile, byId);
  const matched: MatchedSkill[] = [];
  const missing: MatchedSkill[] = [];
  const soft: MatchedSkill[] = [];
  const incidental: MatchedSkill[] = [];
  const groups = new Map<number, MatchedSkill[]>();
  let total = 0;
  let have = 0;
  for (const m of mentions) {
    const skill: MatchedSkill = { ...m, coverage: cover(m.id) };
    if (m.incidental) {
      incidental.push(skill);
      continue;
    }
    if (m.soft && !settings.countSoftSkills) {
      soft.push(skill);
      continue;
    }
    if (m.group !== undefined) {
      const g = groups.get(m.group) ?? [];
      g.push(skill);
      groups.set(m.group, g);
      continue;
    }
    total++;
    if (skill.coverage.kind !== 'none') {
      have++;
      matched.push(skill);
    } else missing.push(skill);
  }
  for (const members of groups.values()) {
    total++;
    const hits = members.filter((s) => s.coverage.kind !== 'none');
    if (hits.length) {
      have++;
      matched.push(...hits);
    } else missing.push(...members);
  }
  return { matched, missing, soft, incidental, total, have, percent: total ? Math.round((have / total) * 100) : 100 };
}

/** The badge's one-line summary: "6 of 9 skills · 3 to learn". */
export function summaryLine(result: MatchResult): string {
  if (result.total === 0) return 'No skills found';
  const toLearn = result.total - result.have;
  return `${result.have} of ${result.total} skills · ${toLearn === 0 ? 'nothing to learn' : `${toLearn} to learn`}`;
}
