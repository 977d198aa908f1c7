import type { Profile } from '@/lib/model/profile';
import type { Settings } from '@/lib/model/settings';
import type { Requirement } from '@/lib/model/mention';
import type { Skill } from '@/lib/model/skill';
import type { CompactMention } from './compact-mentions';
import { profileCoverage } from './skill-coverage';

/** A requirement tier of the badge's score. */
export type Tier = 'required' | 'preferred' | 'other';

/** How much a slot weighs in the percentage: required skills count twice, as on the posting badge. */
export const TIER_WEIGHT: Record<Tier, number> = { required: 2, preferred: 1, other: 1 };
const TIER_RANK: Record<Tier, number> = { required: 0, preferred: 1, other: 2 };

/** One counted slot of a posting: a skill, or a group of alternatives any one of which fills it. */
export interface Slot {
  members: { id: string; tier: Tier }[];
}

const tierOfRequirement = (r: Requirement): Tier => (r === 'required' ? 'required' : r === 'preferred' ? 'preferred' : 'other');

/**
 * A posting's counted slots, by the badge's rules: skills named only about the company never count, soft
 * skills count only when the setting says so, a skill named twice is one slot, alternatives are one slot.
 */
export function postingSlots(mentions: readonly (CompactMention & { incidental?: boolean })[], countSoftSkills: boolean): Slot[] {
  const byKey = new Map<string, Slot>();
  for (const m of mentions) {
    if (m.incidental || (m.soft && !countSoftSkills)) continue;
    const key = m.group !== undefined ? `g${m.group}` : `s${m.id}`;
    let slot = byKey.get(key);
    if (!slot) byKey.set(key, (slot = { members: [] }));
    slot.members.push({ id: m.id, tier: tierOfRequirement(m.requirement) });
  }
  return [...byKey.values()];
}

/**
 * What a slot adds to the score: filled when any member is covered, and then it stands in the best tier
 * among the covered members; unfilled, in the best tier among all of them.
 */
export function slotValue(slot: Slot, covered: (id: string) => boolean): { got: number; weight: number; tier: Tier; filled: boolean } {
  let best: Tier | undefined;
  let bestAll: Tier = 'other';
  for (const m of slot.members) {
    if (TIER_RANK[m.tier] < TIER_RANK[bestAll]) bestAll = m.tier;
    if (covered(m.id) && (best === undefined || TIER_RANK[m.tier] < TIER_RANK[best])) best = m.tier;
  }
  if (best !== undefined) return { got: TIER_WEIGHT[best], weight: TIER_WEIGHT[best], tier: best, filled: true };
  return { got: 0, weight: TIER_WEIGHT[bestAll], tier: bestAll, filled: false };
}

/** The badge's percentage from weighed totals: 100 when nothing is counted. */
export function percentOf(got: number, weight: number): number {
  return weight ? Math.round((got / weight) * 100) : 100;
}

/** A posting's score against a profile, with what the person would still have to learn. */
export interface PostingScore {
  percent: number;
  required: { have: number; total: number };
  preferred: { have: number; total: number };
  other: { have: number; total: number };
  /** Skills of unfilled slots (every member of an unfilled group of alternatives). */
  missing: string[];
}

/** Scores a posting's skills against a profile: the same number the badge on the posting shows. */
export function scorePosting(
  mentions: readonly (CompactMention & { incidental?: boolean })[],
  profile: Profile,
  byId: ReadonlyMap<string, Skill>,
  settings: Pick<Settings, 'countSoftSkills'>,
): PostingScore {
  const cover = profileCoverage(profile, byId);
  return scoreWith(postingSlots(mentions, settings.countSoftSkills), (id) => cover(id).kind !== 'none');
}

/** Scores slots with a coverage test already built (for scoring many postings against one profile). */
export function scoreWith(slots: readonly Slot[], covered: (id: string) => boolean): PostingScore {
  const tiers = { required: { have: 0, total: 0 }, preferred: { have: 0, total: 0 }, other: { have: 0, total: 0 } };
  const missing: string[] = [];
  let got = 0;
  let weight = 0;
  for (const slot of slots) {
    const v = slotValue(slot, covered);
    got += v.got;
    weight += v.weight;
    tiers[v.tier].total++;
    if (v.filled) tiers[v.tier].have++;
    else for (const m of slot.members) if (!missing.includes(m.id)) missing.push(m.id);
  }
  return { percent: percentOf(got, weight), ...tiers, missing };
}

/** The colour band of a score against the person's threshold, as the badge colours it. */
export function fitTier(percent: number, threshold: number): 'good' | 'fair' | 'poor' {
  if (percent >= threshold) return 'good';
  if (percent >= threshold / 2) return 'fair';
  return 'poor';
}

/** A coverage test for many postings: one profile walk, then a cached answer per skill. */
export function coverageTest(profile: Profile, byId: ReadonlyMap<string, Skill>): (id: string) => boolean {
  const cover = profileCoverage(profile, byId);
  const cache = new Map<string, boolean>();
  return (id) => {
    let v = cache.get(id);
    if (v === undefined) cache.set(id, (v = cover(id).kind !== 'none'));
    return v;
  };
}
