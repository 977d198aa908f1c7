import { profileCoverage } from '@/lib/match/skill-coverage';
import { withSkill } from '@/lib/profile/profile';
import type { Profile } from '@/lib/model/profile';
import type { Plan, PlanItem } from '@/lib/model/plan';
import type { Effort, Skill } from '@/lib/model/skill';

/**
 * Rough hours to learn a skill of each effort class, for estimates only: a day-sized skill (a library, a
 * format) takes about a working day, a week-sized one (a framework, a tool) a working week, a month-sized
 * one (a language, a field) a working month. Real learning varies a lot; the plan says "about".
 */
export const EFFORT_HOURS: Readonly<Record<Effort, number>> = { d: 8, w: 40, m: 160 };

/** Effort assumed for a skill the taxonomy gives none. */
const DEFAULT_EFFORT: Effort = 'w';
const EFFORT_RANK: Record<Effort, number> = { d: 0, w: 1, m: 2 };

/**
 * The skills one must know before learning a skill: its parents in the taxonomy ("React" needs
 * "JavaScript"), except parents that take longer to learn than the skill itself, which are areas one grows
 * into through it (AWS for Amazon S3, machine learning for scikit-learn). Programming languages are always
 * prerequisites (Python for pandas).
 */
export function prerequisitesOf(skillId: string, byId: ReadonlyMap<string, Skill>): string[] {
  const skill = byId.get(skillId);
  if (!skill) return [];
  const rank = EFFORT_RANK[skill.effort ?? DEFAULT_EFFORT];
  return skill.parents.filter((p) => {
    const parent = byId.get(p);
    if (!parent) return false;
    return parent.category === 'lang' || EFFORT_RANK[parent.effort ?? DEFAULT_EFFORT] <= rank;
  });
}

/**
 * Puts every skill's prerequisites before it: a prerequisite already in the plan but later moves to just
 * before the first skill that needs it; a missing one is inserted there, unless the profile covers it
 * (directly or through a narrower skill) or the person dismissed it. Recursive (Next.js → React →
 * JavaScript) and safe against cycles. Otherwise keeps the person's order.
 */
export function orderWithPrerequisites(plan: Plan, byId: ReadonlyMap<string, Skill>, profile: Profile, now = Date.now()): Plan {
  const cover = profileCoverage(profile, byId);
  const dismissed = new Set(plan.dismissed);
  const original = new Map(plan.items.map((i) => [i.skillId, i]));
  const placed = new Set<string>();
  const out: PlanItem[] = [];
  const place = (id: string, neededBy: string | undefined, path: Set<string>) => {
    if (placed.has(id) || path.has(id)) return;
    path.add(id);
    for (const pre of prerequisitesOf(id, byId)) {
      if (placed.has(pre) || dismissed.has(pre)) continue;
      if (!original.has(pre) && cover(pre).kind !== 'none') continue;
      place(pre, id, path);
    }
    path.delete(id);
    placed.add(id);
    out.push(original.get(id) ?? { skillId: id, addedAt: now, ...(neededBy ? { prerequisiteOf: neededBy } : {}) });
  };
  for (const item of plan.items) place(item.skillId, undefined, new Set());
  return { ...plan, items: out };
}

/** The plan with a skill added at the end, its missing prerequisites before it. */
export function addToPlan(plan: Plan, skillId: string, byId: ReadonlyMap<string, Skill>, profile: Profile, now = Date.now()): Plan {
  if (plan.items.some((i) => i.skillId === skillId)) return plan;
  const next: Plan = { ...plan, items: [...plan.items, { skillId, addedAt: now }], dismissed: plan.dismissed.filter((d) => d !== skillId) };
  return orderWithPrerequisites(next, byId, profile, now);
}

/** The plan without a skill; a prerequisite the plan added is remembered as dismissed. */
export function removeFromPlan(plan: Plan, skillId: string): Plan {
  const item = plan.items.find((i) => i.skillId === skillId);
  if (!item) return plan;
  return {
    ...plan,
    items: plan.items.filter((i) => i.skillId !== skillId),
    dismissed: item.prerequisiteOf && !plan.dismissed.includes(skillId) ? [...plan.dismissed, skillId] : plan.dismissed,
  };
}

/** The plan with a skill moved `delta` places (negative: earlier), clamped to the ends. */
export function moveInPlan(plan: Plan, skillId: string, delta: number): Plan {
  const from = plan.items.findIndex((i) => i.skillId === skillId);
  if (from < 0) return plan;
  const to = Math.max(0, Math.min(plan.items.length - 1, from + delta));
  if (to === from) return plan;
  const items = [...plan.items];
  const [item] = items.splice(from, 1);
  if (!item) return plan;
  items.splice(to, 0, item);
  return { ...plan, items };
}

/** Prerequisites of each skill that come after it in the plan (the person moved it ahead of them). */
export function prerequisitesOutOfOrder(plan: Plan, byId: ReadonlyMap<string, Skill>): Map<string, string[]> {
  const position = new Map(plan.items.map((i, n) => [i.skillId, n]));
  const out = new Map<string, string[]>();
  plan.items.forEach((item, n) => {
    const late = prerequisitesOf(item.skillId, byId).filter((p) => (position.get(p) ?? -1) > n);
    if (late.length) out.set(item.skillId, late);
  });
  return out;
}

/**
 * Marks a skill learned: it leaves the plan and enters the profile at "working" level (a skill the person
 * had marked "learning" moves up to "working"; a higher level they had set stays).
 */
export function markLearned(plan: Plan, profile: Profile, skillId: string, now = Date.now()): { plan: Plan; profile: Profile } {
  const had = profile.skills.find((s) => s.id === skillId);
  const nextProfile = had && had.level !== 'learning' ? profile : withSkill(profile, skillId, 'working', now);
  return {
    plan: { ...plan, items: plan.items.filter((i) => i.skillId !== skillId), learned: [...plan.learned, { skillId, at: now }] },
    profile: nextProfile,
  };
}

/** One skill of an estimate. */
export interface EstimateStep {
  skillId: string;
  effort: Effort;
  /** Hours counted for it (0 when the profile already covers it). */
  hours: number;
  /** Hours from the start to its end. */
  cumulativeHours: number;
  /** The day it should be learned by, YYYY-MM-DD. */
  finish: string;
}

/** When the plan is done at its weekly pace. */
export interface Estimate {
  start: string;
  steps: EstimateStep[];
  totalHours: number;
  /** The day the last skill is learned (the start for an empty plan). */
  finish: string;
}

/**
 * Estimates when each skill of the plan is learned, in order, at `plan.weeklyHours` a week from `start`
 * (YYYY-MM-DD): a skill ends ceil(hours so far / weekly hours × 7) days after the start. Skills the profile
 * already covers count no hours.
 */
export function estimateCompletion(
  plan: Pick<Plan, 'items' | 'weeklyHours'>,
  byId: ReadonlyMap<string, Skill>,
  start: string,
  options: { effortHours?: Readonly<Record<Effort, number>>; profile?: Profile } = {},
): Estimate {
  const hoursFor = options.effortHours ?? EFFORT_HOURS;
  const cover = options.profile ? profileCoverage(options.profile, byId) : undefined;
  let total = 0;
  const steps = plan.items.map((item) => {
    const effort = byId.get(item.skillId)?.effort ?? DEFAULT_EFFORT;
    const hours = cover && cover(item.skillId).kind !== 'none' ? 0 : hoursFor[effort];
    total += hours;
    return { skillId: item.skillId, effort, hours, cumulativeHours: total, finish: addDays(start, daysFor(total, plan.weeklyHours)) };
  });
  return { start, steps, totalHours: total, finish: steps.at(-1)?.finish ?? start };
}

/** How a plan's estimate stands against its target date. */
export interface TargetCheck {
  /** The estimate ends on or before the target. */
  onTrack: boolean;
  /** Days between the estimated finish and the target (positive: that many days early). */
  daysToSpare: number;
  /** Weekly hours that would finish on the target day (rounded up to the half hour), null when the target is past. */
  weeklyHoursNeeded: number | null;
}

/** Compares an estimate with a target date. */
export function checkTarget(estimate: Estimate, targetDate: string): TargetCheck {
  const daysToSpare = daysBetween(estimate.finish, targetDate);
  const available = daysBetween(estimate.start, targetDate);
  const weeklyHoursNeeded = available > 0 ? Math.ceil(((estimate.totalHours * 7) / available) * 2) / 2 : null;
  return { onTrack: daysToSpare >= 0, daysToSpare, weeklyHoursNeeded };
}

/** Days a number of hours takes at a weekly pace, rounded up to whole days. */
function daysFor(hours: number, weeklyHours: number): number {
  // Round away float noise first (0.1 * 3 ≠ 0.3) so an exact multiple of a day does not gain one.
  return Math.ceil(Math.round(((hours * 7) / weeklyHours) * 1e6) / 1e6);
}

const DAY = 86_400_000;

function toUtc(date: string): number {
  const [y = Number.NaN, m = Number.NaN, d = Number.NaN] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** A YYYY-MM-DD date some days later. */
export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * DAY).toISOString().slice(0, 10);
}

/** Whole days from one YYYY-MM-DD date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY);
}

/** Today as YYYY-MM-DD in the person's time zone. */
export function localDate(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * When a goal's required skills will all be learned if the plan is followed: the finish of the last plan
 * step among them. `notPlanned` lists required skills missing from both the profile and the plan.
 */
export function goalReachedOn(estimate: Estimate, missingRequired: readonly string[]): { date: string | null; notPlanned: string[] } {
  const finishOf = new Map(estimate.steps.map((s) => [s.skillId, s.finish]));
  const notPlanned = missingRequired.filter((id) => !finishOf.has(id));
  if (notPlanned.length) return { date: null, notPlanned };
  const dates = missingRequired.map((id) => finishOf.get(id)!).sort();
  return { date: dates.at(-1) ?? estimate.start, notPlanned };
}
