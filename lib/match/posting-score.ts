import type { Profile } from '@/lib/model/profile';
import type { Settings } from '@/lib/model/settings';
import type { Skill } from '@/lib/model/skill';
import type { CompactMention } from './compact-mentions';
import { isCounted, isFilled, NO_TIER, percentOf, slotTier, tierOf, tierWeight, TIERS, type Tier, type TierNumber } from './score';
import { profileCoverage } from './skill-coverage';

/** One counted slot of a posting: a skill, or a group of alternatives any one of which fills it. */
export interface Slot {
  members: { id: string; tier: TierNumber }[];
}

/**
 * A posting's counted slots (lib/match/score.ts): skills named only about the company never count, soft
 * skills count only when the setting says so, a skill named twice is one slot, alternatives are one slot.
 */
export function postingSlots(mentions: readonly (CompactMention & { incidental?: boolean })[], countSoftSkills: boolean): Slot[] {
  const byKey = new Map<string, Slot>();
  for (const m of mentions) {
    if (!isCounted(m, countSoftSkills)) continue;
    const key = m.group !== undefined ? `g${m.group}` : `s${m.id}`;
    let slot = byKey.get(key);
    if (!slot) byKey.set(key, (slot = { members: [] }));
    slot.members.push({ id: m.id, tier: tierOf(m.requirement) });
  }
  return [...byKey.values()];
}

/** What one slot adds to the score, by lib/match/score.ts. */
export function slotValue(slot: Slot, covered: (id: string) => boolean): { got: number; weight: number; tier: Tier; filled: boolean } {
  let bestCovered = NO_TIER;
  let bestAll = NO_TIER;
  for (const m of slot.members) {
    if (m.tier < bestAll) bestAll = m.tier;
    if (m.tier < bestCovered && covered(m.id)) bestCovered = m.tier;
  }
  const tier = slotTier(bestCovered, bestAll);
  const weight = tierWeight(tier);
  const filled = isFilled(bestCovered);
  // slotsOf never makes an empty slot, so bestAll, and with it the tier, is one of the three.
  return { got: filled ? weight : 0, weight, tier: TIERS[tier]!, filled };
}

/** Have/total for one tier of a posting's slots. */
export interface TierCount {
  have: number;
  total: number;
}

/** A posting's score against a profile, with what the person would still have to learn. */
export interface PostingScore {
  percent: number;
  required: TierCount;
  preferred: TierCount;
  other: TierCount;
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

/** Filled and counted slots over all tiers: "6 of 9 skills". */
export function slotTotals(score: Pick<PostingScore, Tier>): TierCount {
  return {
    have: score.required.have + score.preferred.have + score.other.have,
    total: score.required.total + score.preferred.total + score.other.total,
  };
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
