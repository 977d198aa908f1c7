import type { Profile } from '@/lib/profile/profile';
import { profileCoverage } from '@/lib/match/skill-coverage';
import type { SkillMention } from '@/lib/skills/types';
import type { Skill } from '@/lib/taxonomy/types';
import { goalMatchesTitle, type Goal } from './goal';
import type { RoleSkill } from './role-template-schema';
import { buildRoleProfile } from './role-profile';

/** A goal with the skills its role asks for (required and preferred). */
export interface GoalTarget {
  goal: Goal;
  skills: readonly Pick<RoleSkill, 'id'>[];
}

/** How a posting fits one of the person's goals, for the overlay's line "fits your Data Engineer goal: 7 of 9". */
export interface GoalFit {
  goalId: string;
  goalTitle: string;
  /** The posting's title names the goal's role (rather than only its skills overlapping). */
  byTitle: boolean;
  /** Of the posting's skills that belong to the goal's role, how many the person has… */
  have: number;
  /** …and how many there are. */
  total: number;
  /** The line to show. */
  text: string;
}

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
 * role that asks for SQL). Title matches first, then the closest overlap.
 */
export function goalFits(
  posting: { title: string; mentions: readonly SkillMention[] },
  targets: readonly GoalTarget[],
  profile: Profile,
  byId: ReadonlyMap<string, Skill>,
): GoalFit[] {
  const cover = profileCoverage(profile, byId);
  const counted = [...new Set(posting.mentions.filter((m) => !m.soft && !m.incidental).map((m) => m.id))];
  const fits: (GoalFit & { share: number })[] = [];
  for (const { goal, skills } of targets) {
    const roleIds = new Set(skills.map((s) => s.id));
    const inRole = counted.filter((id) => roleIds.has(id) || ancestors(id, byId).some((a) => roleIds.has(a)));
    const byTitle = goalMatchesTitle(goal, posting.title);
    const share = counted.length ? inRole.length / counted.length : 0;
    if (!byTitle && !(inRole.length >= MIN_OVERLAP_SKILLS && share >= MIN_OVERLAP_SHARE)) continue;
    // A title match with no role skills in common still counts all the posting's skills.
    const slots = inRole.length ? inRole : counted;
    const have = slots.filter((id) => cover(id).kind !== 'none').length;
    fits.push({ goalId: goal.id, goalTitle: goal.title, byTitle, have, total: slots.length, share, text: `fits your ${goal.title} goal: ${have} of ${slots.length}` });
  }
  return fits
    .sort((a, b) => Number(b.byTitle) - Number(a.byTitle) || b.share - a.share)
    .map(({ share: _share, ...fit }) => fit);
}

function ancestors(id: string, byId: ReadonlyMap<string, Skill>): string[] {
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
