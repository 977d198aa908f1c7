import type { Profile } from '@/lib/model/profile';
import { profileCoverage } from '@/lib/match/skill-coverage';
import type { Requirement } from '@/lib/model/mention';
import type { Skill } from '@/lib/model/skill';
import { goalMatchesTitle } from './goal';
import type { Goal } from '@/lib/model/goal';
import type { RoleSkill, RoleTemplate } from './role-template-schema';
import { roleTemplate } from './role-templates';

/** With this many of the person's own postings for a role, the template no longer counts at all. */
export const FULL_PROFILE_POSTINGS = 10;
/** A skill is one of the role's required skills when this share of postings asks for it, mostly as a requirement. */
export const REQUIRED_FREQUENCY = 0.25;
/** Below this share of postings a skill is noise, not part of the role. */
export const MIN_FREQUENCY = 0.1;
const MIN_REQUIRED = 3;
const MAX_REQUIRED = 10;
const MAX_PREFERRED = 15;

/** What goals read of a posting's skill: which, how it is asked for, its group of alternatives, soft or incidental. */
export interface GoalSkill {
  id: string;
  requirement: Requirement;
  group?: number;
  soft?: boolean;
  incidental?: boolean;
}

/** A skill of a posting as the database keeps it (seen or saved). */
export interface PostingSkill extends GoalSkill {
  name: string;
  category: string;
  evidence: string;
  years?: number;
}

/** A posting the person has seen or saved, as far as goals need it. */
export interface RolePosting {
  key: string;
  title: string;
  company: string;
  url: string;
  skills: readonly GoalSkill[];
  /** In the watchlist (rather than only viewed). */
  saved: boolean;
}

/** A skill of a role profile, with whether it counts among the role's required or preferred skills. */
export interface RoleProfileSkill extends RoleSkill {
  level: 'required' | 'preferred';
}

/** What a goal's role asks for, from the person's postings blended with the shipped template. */
export interface RoleProfile {
  goalId: string;
  /** The person's postings (seen or saved) whose titles match the goal. */
  postings: number;
  /** Weight of those postings in the blend, 0..1; the template has the rest. */
  observedWeight: number;
  /** Where the rest comes from: a template measured over a corpus, a hand-set one, or none (own titles). */
  template: 'corpus' | 'hand' | null;
  required: RoleProfileSkill[];
  preferred: RoleProfileSkill[];
}

/** The postings whose titles match a goal. */
export function postingsForGoal<P extends { title: string }>(goal: Goal, postings: readonly P[]): P[] {
  return postings.filter((p) => goalMatchesTitle(goal, p.title));
}

/**
 * How often postings ask for each skill: one vote per posting and skill, its strongest requirement counting.
 * Soft skills and skills named only about the company are left out, as they are from match scores.
 */
export function aggregatePostings(postings: readonly Pick<RolePosting, 'skills'>[]): RoleSkill[] {
  if (!postings.length) return [];
  const asked = new Map<string, number>();
  const required = new Map<string, number>();
  for (const p of postings) {
    const strongest = new Map<string, boolean>();
    for (const s of p.skills) {
      if (s.soft || s.incidental) continue;
      strongest.set(s.id, (strongest.get(s.id) ?? false) || s.requirement === 'required');
    }
    for (const [id, req] of strongest) {
      asked.set(id, (asked.get(id) ?? 0) + 1);
      if (req) required.set(id, (required.get(id) ?? 0) + 1);
    }
  }
  return [...asked]
    .map(([id, n]) => ({ id, frequency: n / postings.length, requiredShare: (required.get(id) ?? 0) / n }))
    .sort((a, b) => b.frequency - a.frequency || a.id.localeCompare(b.id));
}

/**
 * Blends observed frequencies with a template: weight `w` for what the person's postings say, `1 - w`
 * for the template. The required share is blended by the asks behind it, so a skill the template says is
 * always required but the person's postings only prefer ends up in between, in proportion.
 */
export function blendSkills(observed: readonly RoleSkill[], template: readonly RoleSkill[], w: number): RoleSkill[] {
  const o = new Map(observed.map((s) => [s.id, s]));
  const t = new Map(template.map((s) => [s.id, s]));
  const out: RoleSkill[] = [];
  for (const id of new Set([...o.keys(), ...t.keys()])) {
    const a = o.get(id);
    const b = t.get(id);
    const askA = w * (a?.frequency ?? 0);
    const askB = (1 - w) * (b?.frequency ?? 0);
    const frequency = askA + askB;
    if (frequency <= 0) continue;
    const requiredShare = (askA * (a?.requiredShare ?? 0) + askB * (b?.requiredShare ?? 0)) / frequency;
    out.push({ id, frequency, requiredShare });
  }
  return out.sort((x, y) => y.frequency - x.frequency || x.id.localeCompare(y.id));
}

/**
 * Splits a role's skills into required (asked by at least a quarter of postings, mostly as a requirement;
 * at least the three most frequent such skills) and preferred (the rest asked by at least a tenth).
 */
export function classifySkills(skills: readonly RoleSkill[]): { required: RoleProfileSkill[]; preferred: RoleProfileSkill[] } {
  const sorted = [...skills].filter((s) => s.frequency >= MIN_FREQUENCY).sort((a, b) => b.frequency - a.frequency || a.id.localeCompare(b.id));
  const mostlyRequired = sorted.filter((s) => s.requiredShare >= 0.5);
  const requiredIds = new Set(mostlyRequired.filter((s) => s.frequency >= REQUIRED_FREQUENCY).map((s) => s.id));
  for (const s of mostlyRequired) {
    if (requiredIds.size >= MIN_REQUIRED) break;
    requiredIds.add(s.id);
  }
  const required = sorted.filter((s) => requiredIds.has(s.id)).slice(0, MAX_REQUIRED);
  const kept = new Set(required.map((s) => s.id));
  const preferred = sorted.filter((s) => !kept.has(s.id)).slice(0, MAX_PREFERRED);
  return {
    required: required.map((s) => ({ ...s, level: 'required' as const })),
    preferred: preferred.map((s) => ({ ...s, level: 'preferred' as const })),
  };
}

/**
 * A goal's role profile from the person's own postings whose titles match it, blended with the role's
 * template while they have fewer than FULL_PROFILE_POSTINGS (weight n / FULL_PROFILE_POSTINGS each way).
 * An own title without a template rests on the postings alone.
 */
export function buildRoleProfile(
  goal: Goal,
  postings: readonly RolePosting[],
  template: RoleTemplate | undefined = goal.roleId ? roleTemplate(goal.roleId) : undefined,
): RoleProfile {
  const matching = postingsForGoal(goal, postings);
  const observed = aggregatePostings(matching);
  const w = template ? Math.min(1, matching.length / FULL_PROFILE_POSTINGS) : 1;
  const skills = template ? blendSkills(observed, template.skills, w) : observed;
  return { goalId: goal.id, postings: matching.length, observedWeight: w, template: template?.source ?? null, ...classifySkills(skills) };
}

/** How the person's profile covers one group (required or preferred) of a role's skills. */
export interface CoverageGroup {
  have: number;
  total: number;
  /** Skills the person has (directly or through a narrower skill), most asked for first. */
  covered: RoleProfileSkill[];
  /** Skills to learn, most asked for first; `learning` marks the ones the person is learning. */
  missing: (RoleProfileSkill & { learning: boolean })[];
}

/** How the person stands against a goal. */
export interface GoalCoverage {
  required: CoverageGroup;
  preferred: CoverageGroup;
  /** Share of the role's asks the person covers, weighted by how often each skill is asked for, 0..100. */
  score: number;
}

/** Coverage of a role profile by the person's profile, with the one rule matching uses (PostgreSQL covers SQL). */
export function goalCoverage(roleProfile: RoleProfile, profile: Profile, byId: ReadonlyMap<string, Skill>): GoalCoverage {
  const cover = profileCoverage(profile, byId);
  const group = (skills: RoleProfileSkill[]): CoverageGroup => {
    const covered: RoleProfileSkill[] = [];
    const missing: CoverageGroup['missing'] = [];
    for (const s of skills) {
      const c = cover(s.id);
      if (c.kind === 'none') missing.push({ ...s, learning: c.learning });
      else covered.push(s);
    }
    return { have: covered.length, total: skills.length, covered, missing };
  };
  const required = group(roleProfile.required);
  const preferred = group(roleProfile.preferred);
  const all = [...roleProfile.required, ...roleProfile.preferred];
  const sum = all.reduce((t, s) => t + s.frequency, 0);
  const have = [...required.covered, ...preferred.covered].reduce((t, s) => t + s.frequency, 0);
  return { required, preferred, score: sum ? Math.round((have / sum) * 100) : 0 };
}
