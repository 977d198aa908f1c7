import type { Profile } from '@/lib/model/profile';
import { profileCoverage } from '@/lib/match/skill-coverage';
import type { SkillMention } from '@/lib/model/mention';
import type { Skill } from '@/lib/model/skill';
import { goalMatchesTitle } from './goal';
import type { Goal } from '@/lib/model/goal';
import { countedSkillIds, goalFitLine, type GoalFit, type GoalSlots } from './goal-fit-line';
import type { RoleSkill } from './role-template-schema';
import { buildRoleProfile } from './role-profile';

/** A goal with the skills its role asks for (required and preferred). */
export interface GoalTarget {
  goal: Goal;
  skills: readonly Pick<RoleSkill, 'id'>[];
}

export type { GoalFit, GoalSlots } from './goal-fit-line';

/** A posting overlaps a goal strongly when at least this many of its skills belong to the role… */
export const MIN_OVERLAP_SKILLS = 3;
/** …and they are at least this share of the posting's counted skills. */
export const MIN_OVERLAP_SHARE = 0.6;

/**
 * Goal targets from the shipped templates alone: cheap and synchronous, for the content script, which
 * does not read the database. (The dashboard builds fuller profiles from the person's postings.)
 */
export function goalTargetsFromTemplates(goals: readonly Goal[]): GoalTarget[] {
  return goals.map((goal) => {
    const rp = buildRoleProfile(goal, []);
    return { goal, skills: [...rp.required, ...rp.preferred] };
  });
}

/**
 * The goals a posting fits: those whose role its title names, and those whose role skills make up most
 * of what it asks for (at least MIN_OVERLAP_SKILLS skills and MIN_OVERLAP_SHARE of its counted skills).
 * A posting skill belongs to a role when the role lists it or a broader skill it implies (PostgreSQL for a
 * role that asks for SQL). Title matches first, then the closest overlap. Independent of the profile: the
 * background answers it once per posting, and the page counts what the person has (goalFitLine).
 */
export function goalSlots(posting: { title: string; skillIds: readonly string[] }, targets: readonly GoalTarget[], byId: ReadonlyMap<string, Pick<Skill, 'parents'>>): GoalSlots[] {
  const counted = [...new Set(posting.skillIds)];
  const fits: (GoalSlots & { share: number })[] = [];
  for (const { goal, skills } of targets) {
    const roleIds = new Set(skills.map((s) => s.id));
    const inRole = counted.filter((id) => roleIds.has(id) || ancestors(id, byId).some((a) => roleIds.has(a)));
    const byTitle = goalMatchesTitle(goal, posting.title);
    const share = counted.length ? inRole.length / counted.length : 0;
    if (!byTitle && !(inRole.length >= MIN_OVERLAP_SKILLS && share >= MIN_OVERLAP_SHARE)) continue;
    // A title match with no role skills in common still counts all the posting's skills.
    fits.push({ goalId: goal.id, goalTitle: goal.title, byTitle, slots: inRole.length ? inRole : counted, share });
  }
  return fits.sort((a, b) => Number(b.byTitle) - Number(a.byTitle) || b.share - a.share).map(({ share: _share, ...fit }) => fit);
}

/** The goals a posting fits, with how many of each goal's skills in it the person has. */
export function goalFits(
  posting: { title: string; mentions: readonly SkillMention[] },
  targets: readonly GoalTarget[],
  profile: Profile,
  byId: ReadonlyMap<string, Skill>,
): GoalFit[] {
  const cover = profileCoverage(profile, byId);
  return goalSlots({ title: posting.title, skillIds: countedSkillIds(posting.mentions) }, targets, byId).map((g) => goalFitLine(g, (id) => cover(id).kind !== 'none'));
}

function ancestors(id: string, byId: ReadonlyMap<string, Pick<Skill, 'parents'>>): string[] {
  const out: string[] = [];
  const seen = new Set([id]);
  const stack = [...(byId.get(id)?.parents ?? [])];
  while (stack.length) {
    const p = stack.pop()!;
    if (seen.has(p)) continue;
    seen.add(p);
    out.push(p);
    stack.push(...(byId.get(p)?.parents ?? []));
  }
  return out;
}
