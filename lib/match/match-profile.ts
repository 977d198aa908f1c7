import type { Profile } from '@/lib/model/profile';
import type { Settings } from '@/lib/model/settings';
import type { SkillMention } from '@/lib/model/mention';
import { postingSlots, scoreWith, type PostingScore } from './posting-score';
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
  /** The posting's score (lib/match/score.ts), the same the watchlist and the suggestions give it. */
  score: PostingScore;
}

/**
 * Compares a posting's skills with a profile, for the badge and its panel: which skills the person has and
 * which to learn, with their evidence. Alternatives ("Python or Java") are matched when any of them is.
 * Soft skills are reported apart unless `countSoftSkills` is set; skills named only in the company blurb
 * or the benefits are reported apart and never counted. The score comes from the one scoring module.
 */
export function matchProfile(
  mentions: readonly SkillMention[],
  profile: Profile,
  byId: SkillAncestry,
  settings: Pick<Settings, 'countSoftSkills'>,
): MatchResult {
  const cover = profileCoverage(profile, byId);
  const coverage = new Map<string, Coverage>();
  const matched: MatchedSkill[] = [];
  const missing: MatchedSkill[] = [];
  const soft: MatchedSkill[] = [];
  const incidental: MatchedSkill[] = [];
  const groups = new Map<number, MatchedSkill[]>();
  for (const m of mentions) {
    let c = coverage.get(m.id);
    if (!c) coverage.set(m.id, (c = cover(m.id)));
    const skill: MatchedSkill = { ...m, coverage: c };
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
    (skill.coverage.kind !== 'none' ? matched : missing).push(skill);
  }
  for (const members of groups.values()) {
    const hits = members.filter((s) => s.coverage.kind !== 'none');
    if (hits.length) matched.push(...hits);
    else missing.push(...members);
  }
  const score = scoreWith(postingSlots(mentions, settings.countSoftSkills), (id) => coverage.get(id)!.kind !== 'none');
  return { matched, missing, soft, incidental, score };
}
