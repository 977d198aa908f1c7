import type { Profile, SkillLevel } from '@/lib/model/profile';
import type { Settings } from '@/lib/model/settings';
import type { Effort, Skill } from '@/lib/model/skill';
import { readCodedToken, type CodedToken } from './coded-mentions';
import type { CompactMention } from './compact-mentions';
import { coverageTest } from './posting-score';
import { isCounted, isFilled, NO_TIER, percentOf, slotTier, tierOf, tierWeight, type Tier } from './score';

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
 * Postings packed for ranking: skill ids interned to numbers and every posting's slots in flat typed
 * arrays, so that ranking tens of thousands of postings allocates almost nothing. Depends only on the
 * postings and the soft-skill setting, so it can be kept while the profile changes.
 */
export interface PreparedPostings {
  ids: string[];
  count: number;
  saved: Uint8Array;
  viewed: Uint8Array;
  /** Posting p's slots are slotStart[p] … slotStart[p + 1] - 1. */
  slotStart: Int32Array;
  /** Slot s's members are memberStart[s] … memberStart[s + 1] - 1. */
  memberStart: Int32Array;
  memberId: Int32Array;
  /** The member's tier number (lib/match/score.ts): 0 required, 1 preferred, 2 other. */
  memberTier: Uint8Array;
}

/** A growable typed array of 32-bit integers. */
class IntBuffer {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Builds `PreparedPostings` one posting at a time, from mention objects or from the index's encoded strings. */
export class PostingsPacker {
  private ids: string[] = [];
  private index = new Map<string, number>();
  private saved = new IntBuffer();
  private viewed = new IntBuffer();
  private slotStart = new IntBuffer();
  private memberStart = new IntBuffer();
  private memberId = new IntBuffer();
  private memberTier = new IntBuffer();
  /** Reused by `addCoded` for each token it reads. */
  private token: CodedToken = { code: 0, tier: 2, group: -1, soft: false };
  // The posting being added: its slot keys (group number ≥ 0, or -1 - skill number) and its mentions.
  private keys: number[] = [];
  private pendSlot = new IntBuffer();
  private pendId = new IntBuffer();
  private pendTier = new IntBuffer();
  private slotCounts = new Int32Array(64);

  /** `codes`: the skill ids that coded postings (`addCoded`) refer to by number. */
  constructor(private readonly countSoftSkills: boolean, codes: readonly string[] = []) {
    this.slotStart.push(0);
    this.memberStart.push(0);
    for (const id of codes) this.intern(id);
  }

  private intern(id: string): number {
    let n = this.index.get(id);
    if (n === undefined) {
      n = this.ids.length;
      this.ids.push(id);
      this.index.set(id, n);
    }
    return n;
  }

  private mention(id: string, tier: number, group: number | undefined, soft: boolean): void {
    this.mentionNumber(this.intern(id), tier, group, soft);
  }

  private mentionNumber(n: number, tier: number, group: number | undefined, soft: boolean): void {
    if (!isCounted({ soft }, this.countSoftSkills)) return;
    const key = group !== undefined ? group : -1 - n;
    const keys = this.keys;
    let k = keys.indexOf(key);
    if (k < 0) {
      k = keys.length;
      keys.push(key);
    }
    this.pendSlot.push(k);
    this.pendId.push(n);
    this.pendTier.push(tier);
  }

  /** Writes the pending mentions grouped by slot (a counting sort: slots are numbered as first met). */
  private finish(saved: boolean, viewed: boolean): void {
    const slots = this.keys.length;
    if (this.slotCounts.length < slots + 1) this.slotCounts = new Int32Array(slots * 2 + 1);
    const counts = this.slotCounts;
    counts.fill(0, 0, slots + 1);
    const count = this.pendSlot.length;
    const pendSlot = this.pendSlot.data;
    const pendId = this.pendId.data;
    const pendTier = this.pendTier.data;
    // Indices below are bounded by `count` and `slots` (counts has slots + 1 entries), so `!` costs nothing.
    for (let i = 0; i < count; i++) counts[pendSlot[i]! + 1]!++;
    const base = this.memberId.length;
    for (let s = 0; s < slots; s++) {
      counts[s + 1]! += counts[s]!;
      this.memberStart.push(base + counts[s + 1]!);
    }
    for (let i = 0; i < count; i++) {
      this.memberId.push(0);
      this.memberTier.push(0);
    }
    const ids = this.memberId.data;
    const tiers = this.memberTier.data;
    for (let i = 0; i < count; i++) {
      const at = base + counts[pendSlot[i]!]!++;
      ids[at] = pendId[i]!;
      tiers[at] = pendTier[i]!;
    }
    this.slotStart.push(this.memberStart.length - 1);
    this.saved.push(saved ? 1 : 0);
    this.viewed.push(viewed ? 1 : 0);
    this.keys.length = 0;
    this.pendSlot.length = 0;
    this.pendId.length = 0;
    this.pendTier.length = 0;
  }

  /** Adds a posting from its mentions. */
  add(saved: boolean, viewed: boolean, mentions: readonly CompactMention[]): void {
    for (const m of mentions) this.mention(m.id, tierOf(m.requirement), m.group, !!m.soft);
    this.finish(saved, viewed);
  }

  /** Adds a posting from its encoded skills (lib/match/compact-mentions.ts), without building objects. */
  addEncoded(saved: boolean, viewed: boolean, encoded: string): void {
    let i = 0;
    const n = encoded.length;
    while (i < n) {
      let end = encoded.indexOf(' ', i);
      if (end < 0) end = n;
      const slash = encoded.indexOf('/', i);
      if (slash > i && slash < end - 1) {
        const code = encoded.charCodeAt(slash + 1);
        const tier = code === 114 ? 0 : code === 112 ? 1 : 2; // r, p, else mentioned
        let j = slash + 2;
        let group: number | undefined;
        if (encoded.charCodeAt(j) === 35) {
          let g = 0;
          j++;
          while (j < end && encoded.charCodeAt(j) >= 48 && encoded.charCodeAt(j) <= 57) g = g * 10 + encoded.charCodeAt(j++) - 48;
          group = g;
        }
        this.mention(encoded.slice(i, slash), tier, group, encoded.charCodeAt(end - 1) === 126);
      }
      i = end + 1;
    }
    this.finish(saved, viewed);
  }

  /**
   * Adds a posting from its coded skills, `text.slice(from, to)` ("17r 305p#1 42m~", numbers from the
   * codes given to the constructor), read in place without cutting the text into pieces.
   */
  addCoded(saved: boolean, viewed: boolean, text: string, from: number, to: number): void {
    let i = from;
    const known = this.ids.length;
    const token = this.token;
    while (i < to) {
      i = readCodedToken(text, i, token);
      if (token.code < known) this.mentionNumber(token.code, token.tier, token.group >= 0 ? token.group : undefined, token.soft);
    }
    this.finish(saved, viewed);
  }

  done(): PreparedPostings {
    return {
      ids: this.ids,
      count: this.saved.length,
      saved: Uint8Array.from(this.saved.toArray()),
      viewed: Uint8Array.from(this.viewed.toArray()),
      slotStart: this.slotStart.toArray(),
      memberStart: this.memberStart.toArray(),
      memberId: this.memberId.toArray(),
      memberTier: Uint8Array.from(this.memberTier.toArray()),
    };
  }
}

/** Packs postings given as objects (see `PostingsPacker` for the index's encoded form). */
export function preparePostings(postings: readonly SuggestionPosting[], countSoftSkills: boolean): PreparedPostings {
  const packer = new PostingsPacker(countSoftSkills);
  for (const p of postings) packer.add(p.saved, p.viewed, p.mentions);
  return packer.done();
}

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
  return suggestFromPrepared(preparePostings(input.postings, input.settings.countSoftSkills), input.profile, input.byId, input.settings, input.limit);
}

/** `suggestNextSkills` over postings already packed (with the same soft-skill setting). */
export function suggestFromPrepared(
  pp: PreparedPostings,
  profile: Profile,
  byId: ReadonlyMap<string, Skill>,
  settings: Pick<Settings, 'threshold'>,
  limit = 10,
): SuggestionReport {
  const { ids, slotStart, memberStart, memberId, memberTier } = pp;
  const n = ids.length;
  const isCovered = coverageTest(profile, byId);
  const cov = new Uint8Array(n);
  for (const [i, id] of ids.entries()) cov[i] = isCovered(id) ? 1 : 0;
  const slotCount = memberStart.length - 1;
  const slotGot = new Uint8Array(slotCount);
  const slotWeight = new Uint8Array(slotCount);
  const postGot = new Int32Array(pp.count);
  const postWeight = new Int32Array(pp.count);
  // Postings asking for each uncovered skill, by their strongest wording of it: tier · n + skill.
  const demand = new Int32Array(3 * n);
  const stamp = new Int32Array(n).fill(-1);
  const best = new Uint8Array(n);
  const seenIds = new Int32Array(n);
  const occurrences = new Int32Array(n);
  const below: number[] = [];
  // Per posting below the threshold: slots a skill could still change (and how many of them are unfilled
  // required slots), and the most slots one uncovered skill appears in.
  const changeable: number[] = [];
  const heavy: number[] = [];
  const maxOccurrence: number[] = [];
  let savedCount = 0;
  let viewedCount = 0;
  let savedAt = 0;
  let savedSum = 0;

  for (let p = 0; p < pp.count; p++) {
    if (pp.saved[p]) savedCount++;
    if (pp.viewed[p]) viewedCount++;
    let got = 0;
    let weight = 0;
    let open = 0;
    let openHeavy = 0;
    let maxOcc = 1;
    let seenCount = 0;
    // Hot loop: p < count, s and k run inside the ranges the packer wrote and every id is below n, so the
    // typed-array reads below are in bounds by construction and `!` only tells the compiler so.
    for (let s = slotStart[p]!; s < slotStart[p + 1]!; s++) {
      let bestCovered = NO_TIER;
      let bestAll = NO_TIER;
      let uncovered = false;
      for (let k = memberStart[s]!; k < memberStart[s + 1]!; k++) {
        const id = memberId[k]!;
        const t = memberTier[k]!;
        if (t < bestAll) bestAll = t;
        // Covered skills fill the slot; only uncovered ones count for demand and for what learning changes.
        if (cov[id]) {
          if (t < bestCovered) bestCovered = t;
          continue;
        }
        uncovered = true;
        if (stamp[id] !== p) {
          stamp[id] = p;
          best[id] = t;
          occurrences[id] = 1;
          seenIds[seenCount++] = id;
        } else {
          if (t < best[id]!) best[id] = t;
          if (++occurrences[id]! > maxOcc) maxOcc = occurrences[id]!;
        }
      }
      if (uncovered) open++;
      if (!isFilled(bestCovered) && bestAll === 0) openHeavy++;
      const w = tierWeight(slotTier(bestCovered, bestAll));
      slotWeight[s] = w;
      slotGot[s] = isFilled(bestCovered) ? w : 0;
      got += slotGot[s]!;
      weight += w;
    }
    for (let i = 0; i < seenCount; i++) {
      const id = seenIds[i]!;
      demand[best[id]! * n + id]!++;
    }
    postGot[p] = got;
    postWeight[p] = weight;
    const percent = percentOf(got, weight);
    if (pp.saved[p]) {
      savedSum += percent;
      if (percent >= settings.threshold) savedAt++;
    }
    if (percent < settings.threshold) {
      below.push(p);
      changeable.push(open);
      heavy.push(openHeavy);
      maxOccurrence.push(maxOcc);
    }
  }

  // Learning a candidate covers it and every skill its parents lead to (only skills some posting names matter).
  const index = new Map(ids.map((id, i) => [id, i]));
  const closure: Int32Array[] = new Array(n);
  const affectedLists: number[][] = Array.from({ length: n }, () => []);
  for (const [c, candidate] of ids.entries()) {
    if (cov[c] || demand[c]! + demand[n + c]! + demand[2 * n + c]! === 0) continue;
    const set = new Set<string>([candidate]);
    const stack = [...(byId.get(candidate)?.parents ?? [])];
    while (stack.length) {
      const q = stack.pop()!;
      if (set.has(q)) continue;
      set.add(q);
      stack.push(...(byId.get(q)?.parents ?? []));
    }
    const members: number[] = [];
    for (const id of set) {
      const i = index.get(id);
      if (i !== undefined) {
        members.push(i);
        // `index` maps each id to its position in `ids`, and affectedLists has one list per position.
        affectedLists[i]!.push(c);
      }
    }
    closure[c] = Int32Array.from(members);
  }
  const affectedBy = affectedLists.map((list) => Int32Array.from(list));
  let longestClosure = 0;
  for (const cl of closure) if (cl && cl.length > longestClosure) longestClosure = cl.length;
  // Reaching the threshold means got / weight ≥ (threshold − ½)/100 (`percentOf` rounds). One slot changed
  // by learning a skill closes at most its weight of the gap `t·weight − got` when it was unfilled (so at
  // most a required slot's weight), and at most the heaviest minus the lightest weight when it was filled
  // and moves to a better tier (weights do not grow down the tiers). One skill changes at most (slots it
  // appears in) × (its closure) slots, so postings further off than that are skipped: a bound, not an
  // estimate, so the counts stay exact.
  const t = (settings.threshold - 0.5) / 100 - 1e-9;
  const requiredGain = tierWeight(0);
  const betterTierGain = tierWeight(0) - tierWeight(2);
  const otherGain = Math.max(tierWeight(1), betterTierGain);

  const opensSaved = new Int32Array(n);
  const opensViewed = new Int32Array(n);
  // Per posting, each touched candidate's slots as a linked list: head[x] → pairSlot/pairNext.
  const touchStamp = new Int32Array(n).fill(-1);
  const head = new Int32Array(n);
  const lastSlot = new Int32Array(n);
  let pairSlot = new Int32Array(1024);
  let pairNext = new Int32Array(1024);
  const touched: number[] = [];
  const inClosure = new Uint8Array(n);
  // Per touched candidate, the most its slots could add to got − t·weight: an unfilled slot at most its
  // weight, a filled one at most `betterTierGain`. Candidates whose most falls short of the
  // gap cannot lift the posting, so only the others are rescored: a bound again, the counts stay exact.
  const most = new Float64Array(n);
  // Hot loop: b < below.length (changeable, heavy and maxOccurrence grow with below), slots and members are
  // read inside the packer's ranges, and every candidate x comes from affectedBy, which lists only
  // candidates whose closure was built; so each `!` below holds by construction and costs nothing.
  for (let b = 0; b < below.length; b++) {
    const p = below[b]!;
    const reachable = Math.min(changeable[b]!, longestClosure * maxOccurrence[b]!);
    const gap = t * postWeight[p]! - postGot[p]!;
    // The changed slots add at most `requiredGain` each if unfilled required slots, else `otherGain` each.
    const heavyChanged = Math.min(reachable, heavy[b]!);
    if (requiredGain * heavyChanged + otherGain * (reachable - heavyChanged) < gap) continue;
    touched.length = 0;
    let pairs = 0;
    for (let s = slotStart[p]!; s < slotStart[p + 1]!; s++) {
      for (let k = memberStart[s]!; k < memberStart[s + 1]!; k++) {
        const m = memberId[k]!;
        if (cov[m]) continue;
        const affected = affectedBy[m]!;
        for (let a = 0; a < affected.length; a++) {
          const x = affected[a]!;
          if (touchStamp[x] !== p) {
            touchStamp[x] = p;
            head[x] = -1;
            lastSlot[x] = -1;
            most[x] = 0;
            touched.push(x);
          }
          if (lastSlot[x] === s) continue;
          lastSlot[x] = s;
          if (pairs === pairSlot.length) {
            const grownSlot = new Int32Array(pairs * 2);
            const grownNext = new Int32Array(pairs * 2);
            grownSlot.set(pairSlot);
            grownNext.set(pairNext);
            pairSlot = grownSlot;
            pairNext = grownNext;
          }
          pairSlot[pairs] = s;
          pairNext[pairs] = head[x]!;
          head[x] = pairs++;
          most[x]! += slotGot[s] ? betterTierGain : slotWeight[s]!;
        }
      }
    }
    for (let t = 0; t < touched.length; t++) {
      const x = touched[t]!;
      if (most[x]! < gap) continue;
      const cl = closure[x]!;
      for (let i = 0; i < cl.length; i++) inClosure[cl[i]!] = 1;
      let got = postGot[p]!;
      let weight = postWeight[p]!;
      for (let e = head[x]!; e >= 0; e = pairNext[e]!) {
        const s = pairSlot[e]!;
        let bestCovered = NO_TIER;
        for (let k = memberStart[s]!; k < memberStart[s + 1]!; k++) {
          const id = memberId[k]!;
          if ((cov[id] || inClosure[id]) && memberTier[k]! < bestCovered) bestCovered = memberTier[k]!;
        }
        // A slot with a newly covered member is filled, in the best tier among its covered members.
        const w = tierWeight(bestCovered);
        got += w - slotGot[s]!;
        weight += w - slotWeight[s]!;
      }
      for (let i = 0; i < cl.length; i++) inClosure[cl[i]!] = 0;
      if (percentOf(got, weight) >= settings.threshold) (pp.saved[p] ? opensSaved : opensViewed)[x]!++;
    }
  }

  const closeness = closenessFinder(profile, byId);
  const learningSince = new Map(profile.skills.filter((s) => s.level === 'learning').map((s) => [s.id, s.startedAt]));
  const all: Suggestion[] = [];
  for (const [c, id] of ids.entries()) {
    if (!closure[c]) continue;
    const skill = byId.get(id);
    if (!skill) continue;
    // demand holds 3 · n counts and opensSaved/opensViewed n, so these reads are in bounds.
    const d = { required: demand[c]!, preferred: demand[n + c]!, mentioned: demand[2 * n + c]! };
    const o = { saved: opensSaved[c]!, viewed: opensViewed[c]! };
    const close = closeness(skill);
    const points = DEMAND_POINTS.required * d.required + DEMAND_POINTS.preferred * d.preferred + DEMAND_POINTS.other * d.mentioned
      + OPENS_POINTS.saved * o.saved + OPENS_POINTS.viewed * o.viewed;
    const startedAt = learningSince.get(id);
    all.push({
      id,
      name: skill.name,
      category: skill.category,
      ...(skill.effort ? { effort: skill.effort } : {}),
      demand: d,
      opens: o,
      ...(close ? { close } : {}),
      learning: learningSince.has(id),
      ...(startedAt !== undefined ? { startedAt } : {}),
      score: points * (close ? CLOSENESS_FACTOR : 1),
    });
  }
  all.sort((a, b) => b.score - a.score
    || (EFFORT_RANK[a.effort ?? 'm'] + (a.effort ? 0 : 1)) - (EFFORT_RANK[b.effort ?? 'm'] + (b.effort ? 0 : 1))
    || a.name.localeCompare(b.name));
  return {
    suggestions: all.filter((s) => !s.learning).slice(0, limit),
    learning: all.filter((s) => s.learning),
    considered: { total: pp.count, saved: savedCount, viewed: viewedCount },
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
