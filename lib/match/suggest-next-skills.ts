import type { Profile, SkillLevel } from '@/lib/profile/profile';
import type { Settings } from '@/lib/profile/settings';
import type { Effort, Skill } from '@/lib/taxonomy/types';
import type { CompactMention } from './compact-mentions';
import { coverageTest, percentOf, postingSlots, slotValue, type Slot, type Tier } from './posting-score';

/** A posting that suggestions count: viewed in the recent window, saved, or both. */
export interface SuggestionPosting {
  key: string;
  saved: boolean;
  viewed: boolean;
  mentions: readonly CompactMention[];
}

/** How a suggested skill relates to one the person has. */
export interface Closeness {
  /** The profile skill it is close to. */
  id: string;
  name: string;
  /** `builds-on`: the person has its parent; `related`: a taxonomy relation; `sibling`: they share a parent. */
  how: 'builds-on' | 'related' | 'sibling';
}

/** One ranked suggestion, with the numbers its explanation quotes. */
export interface Suggestion {
  id: string;
  name: string;
  category: Skill['category'];
  effort?: Effort;
  /** Postings that ask for it, by their strongest wording of it. */
  demand: { required: number; preferred: number; mentioned: number };
  /** Postings below the threshold that learning this one skill would lift to it or above. */
  opens: { saved: number; viewed: number };
  close?: Closeness;
  /** Already marked as being learned, and since when. */
  learning: boolean;
  startedAt?: number;
  score: number;
}

/** What suggestions were computed from, and how the saved postings stand now. */
export interface SuggestionReport {
  /** Ranked skills not yet being learned. */
  suggestions: Suggestion[];
  /** Skills being learned, with the same numbers, in the same order. */
  learning: Suggestion[];
  considered: { total: number; saved: number; viewed: number };
  /** Saved postings at or above the threshold, and their mean score (0 with none saved). */
  saved: { atThreshold: number; meanPercent: number };
}

/** Demand points per posting, by how it asks for the skill: required counts twice as much as preferred. */
export const DEMAND_POINTS: Record<Tier, number> = { required: 2, preferred: 1, other: 0.5 };
/** Points per posting it would lift over the threshold: saved postings are the ones the person wants most. */
export const OPENS_POINTS = { saved: 3, viewed: 2 } as const;
/** A skill close to one the person has is easier to learn, so it ranks higher by this factor. */
export const CLOSENESS_FACTOR = 1.5;

const EFFORT_RANK: Record<Effort, number> = { d: 0, w: 1, m: 2 };
const LEVEL_RANK: Record<SkillLevel, number> = { learning: 0, working: 1, strong: 2, expert: 3 };

/**
 * Ranks the skills to learn next from the postings the person viewed and saved. For each skill it
 * counts demand (postings asking for it, by requirement), counts exactly how many postings now below the
 * threshold would reach it if the person learned that skill alone (a skill also fills the slots of its
 * parents: learning PostgreSQL fills "SQL"), and notes whether it is close to a skill they have.
 * score = (2·required + preferred + 0.5·mentioned + 3·saved opened + 2·viewed opened) × 1.5 when close.
 */
export function suggestNextSkills(input: {
  postings: readonly SuggestionPosting[];
  profile: Profile;
  byId: ReadonlyMap<string, Skill>;
  settings: Pick<Settings, 'threshold' | 'countSoftSkills'>;
  limit?: number;
}): SuggestionReport {
  const { postings, profile, byId, settings } = input;
  const covered = coverageTest(profile, byId);
  const demand = new Map<string, { required: number; preferred: number; mentioned: number }>();
  interface Prepared { slots: Slot[]; values: { got: number; weight: number }[]; got: number; weight: number; saved: boolean }
  const below: Prepared[] = [];
  let savedCount = 0;
  let viewedCount = 0;
  let savedAt = 0;
  let savedSum = 0;

  for (const p of postings) {
    if (p.saved) savedCount++;
    if (p.viewed) viewedCount++;
    const slots = postingSlots(p.mentions, settings.countSoftSkills);
    const strongest = new Map<string, Tier>();
    let got = 0;
    let weight = 0;
    const values = slots.map((slot) => {
      for (const m of slot.members) {
        const prev = strongest.get(m.id);
        if (!prev || DEMAND_POINTS[m.tier] > DEMAND_POINTS[prev]) strongest.set(m.id, m.tier);
      }
      const v = slotValue(slot, covered);
      got += v.got;
      weight += v.weight;
      return v;
    });
    for (const [id, tier] of strongest) {
      if (covered(id)) continue;
      let d = demand.get(id);
      if (!d) demand.set(id, (d = { required: 0, preferred: 0, mentioned: 0 }));
      d[tier === 'other' ? 'mentioned' : tier]++;
    }
    const percent = percentOf(got, weight);
    if (p.saved) {
      savedSum += percent;
      if (percent >= settings.threshold) savedAt++;
    }
    if (percent < settings.threshold) below.push({ slots, values, got, weight, saved: p.saved });
  }

  // Learning a candidate covers it and every skill its parents lead to.
  const closure = new Map<string, Set<string>>();
  const affectedBy = new Map<string, string[]>();
  for (const id of demand.keys()) {
    const set = new Set<string>([id]);
    const stack = [...(byId.get(id)?.parents ?? [])];
    while (stack.length) {
      const p = stack.pop()!;
      if (set.has(p)) continue;
      set.add(p);
      stack.push(...(byId.get(p)?.parents ?? []));
    }
    closure.set(id, set);
    for (const a of set) {
      const list = affectedBy.get(a);
      if (list) list.push(id);
      else affectedBy.set(a, [id]);
    }
  }

  const opens = new Map<string, { saved: number; viewed: number }>();
  for (const p of below) {
    const touched = new Map<string, number[]>();
    p.slots.forEach((slot, i) => {
      for (const m of slot.members) {
        if (covered(m.id)) continue;
        for (const x of affectedBy.get(m.id) ?? []) {
          const list = touched.get(x);
          if (!list) touched.set(x, [i]);
          else if (list[list.length - 1] !== i) list.push(i);
        }
      }
    });
    for (const [x, slotIndexes] of touched) {
      const learned = closure.get(x)!;
      let got = p.got;
      let weight = p.weight;
      for (const i of slotIndexes) {
        const after = slotValue(p.slots[i], (id) => learned.has(id) || covered(id));
        got += after.got - p.values[i].got;
        weight += after.weight - p.values[i].weight;
      }
      if (percentOf(got, weight) < settings.threshold) continue;
      let o = opens.get(x);
      if (!o) opens.set(x, (o = { saved: 0, viewed: 0 }));
      o[p.saved ? 'saved' : 'viewed']++;
    }
  }

  const closeness = closenessFinder(profile, byId);
  const learningSince = new Map(profile.skills.filter((s) => s.level === 'learning').map((s) => [s.id, s.startedAt]));
  const all: Suggestion[] = [];
  for (const [id, d] of demand) {
    const skill = byId.get(id);
    if (!skill) continue;
    const o = opens.get(id) ?? { saved: 0, viewed: 0 };
    const close = closeness(skill);
    const points = DEMAND_POINTS.required * d.required + DEMAND_POINTS.preferred * d.preferred + DEMAND_POINTS.other * d.mentioned
      + OPENS_POINTS.saved * o.saved + OPENS_POINTS.viewed * o.viewed;
    const learning = learningSince.has(id);
    const startedAt = learningSince.get(id);
    all.push({
      id,
      name: skill.name,
      category: skill.category,
      ...(skill.effort ? { effort: skill.effort } : {}),
      demand: d,
      opens: o,
      ...(close ? { close } : {}),
      learning,
      ...(startedAt !== undefined ? { startedAt } : {}),
      score: points * (close ? CLOSENESS_FACTOR : 1),
    });
  }
  all.sort((a, b) => b.score - a.score
    || (EFFORT_RANK[a.effort ?? 'm'] + (a.effort ? 0 : 1)) - (EFFORT_RANK[b.effort ?? 'm'] + (b.effort ? 0 : 1))
    || a.name.localeCompare(b.name));
  const limit = input.limit ?? 10;
  return {
    suggestions: all.filter((s) => !s.learning).slice(0, limit),
    learning: all.filter((s) => s.learning),
    considered: { total: postings.length, saved: savedCount, viewed: viewedCount },
    saved: { atThreshold: savedAt, meanPercent: savedCount ? Math.round(savedSum / savedCount) : 0 },
  };
}

/** Finds, for a skill, the closest skill the person has: its parent, a related skill, or a sibling. */
function closenessFinder(profile: Profile, byId: ReadonlyMap<string, Skill>): (skill: Skill) => Closeness | undefined {
  const have = profile.skills
    .filter((s) => s.level !== 'learning' && byId.has(s.id))
    .sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || byId.get(a.id)!.name.localeCompare(byId.get(b.id)!.name));
  const rank = new Map(have.map((s, i) => [s.id, i]));
  return (skill) => {
    const pick = (ids: Iterable<string>): string | undefined => {
      let best: string | undefined;
      for (const id of ids) if (rank.has(id) && (best === undefined || rank.get(id)! < rank.get(best)!)) best = id;
      return best;
    };
    const as = (id: string | undefined, how: Closeness['how']): Closeness | undefined => (id ? { id, name: byId.get(id)!.name, how } : undefined);
    const parents = new Set(skill.parents);
    return (
      as(pick(skill.parents), 'builds-on') ??
      as(pick([...skill.related, ...have.filter((h) => byId.get(h.id)!.related.includes(skill.id)).map((h) => h.id)]), 'related') ??
      as(pick(have.filter((h) => h.id !== skill.id && byId.get(h.id)!.parents.some((p) => parents.has(p))).map((h) => h.id)), 'sibling')
    );
  };
}

/**
 * The one-line reason a suggestion is there: "Required in 14 of 31 postings you viewed or saved; learning
 * it would put 5 saved jobs at 80% or more; close to your React".
 */
export function explainSuggestion(s: Suggestion, considered: { total: number }, threshold: number): string {
  const of = `of ${considered.total} ${considered.total === 1 ? 'posting' : 'postings'} you viewed or saved`;
  const parts: string[] = [];
  if (s.demand.required) parts.push(`Required in ${s.demand.required}${s.demand.preferred ? `, preferred in ${s.demand.preferred},` : ''} ${of}`);
  else if (s.demand.preferred) parts.push(`Preferred in ${s.demand.preferred} ${of}`);
  else parts.push(`Named in ${s.demand.mentioned} ${of}`);
  const { saved, viewed } = s.opens;
  if (saved || viewed) {
    const savedText = saved ? `${saved} saved ${saved === 1 ? 'job' : 'jobs'}` : '';
    const viewedText = viewed ? `${viewed} ${saved ? 'other ' : ''}viewed ${viewed === 1 ? 'posting' : 'postings'}` : '';
    parts.push(`learning it would put ${[savedText, viewedText].filter(Boolean).join(' and ')} at ${threshold}% or more`);
  }
  if (s.close) parts.push(`${s.close.how === 'builds-on' ? 'builds on' : 'close to'} your ${s.close.name}`);
  return parts.join('; ');
}
