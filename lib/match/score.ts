import type { Requirement } from '@/lib/model/mention';

/*
 * The one definition of a posting's match score, used by the badge, the watchlist, goals, the dashboard
 * and the suggestions. A posting's counted skills form slots: one per skill, one per group of alternatives
 * ("Python or Java"), which any member fills. A slot stands in a tier and weighs what its tier weighs; the
 * score is the weighed share of filled slots.
 *
 * Two loops apply it: lib/match/posting-score.ts to mention objects, and the typed-array fast path in
 * lib/match/suggest-next-skills.ts to packed postings. Both call these functions rather than copy them, so
 * every export here is a leaf (none calls another): a test double of any one of them moves both loops.
 */

/** The requirement tiers of a score, best first; a tier's number is its place here. */
export const TIERS = ['required', 'preferred', 'other'] as const;

/** A requirement tier of the score. */
export type Tier = (typeof TIERS)[number];

/** A tier by number: 0 required, 1 preferred, 2 other. A lower number is a better tier. */
export type TierNumber = 0 | 1 | 2;

/** The best tier number among no members at all: worse than every tier, so any member beats it. */
export const NO_TIER = 3;

// A better tier never weighs less than a worse one: a filled slot stands in its best covered tier, and the
// suggestions' exact pruning bounds (lib/match/suggest-next-skills.ts) rely on it.
const TIER_WEIGHTS: readonly number[] = [2, 1, 1];

/** The tier of a named skill: required, preferred, or (only mentioned) other. */
export function tierOf(requirement: Requirement): TierNumber {
  return requirement === 'required' ? 0 : requirement === 'preferred' ? 1 : 2;
}

/** Whether a skill of a posting counts at all: never when named only about the company, soft ones by the setting. */
export function isCounted(skill: { soft?: boolean; incidental?: boolean }, countSoftSkills: boolean): boolean {
  return !skill.incidental && (!skill.soft || countSoftSkills);
}

/**
 * The tier a slot stands in, from the best tier among its covered members (`NO_TIER` when none is) and
 * the best among all of them: filled, the covered one; unfilled, the best asked for.
 */
export function slotTier(bestCovered: number, bestAll: number): number {
  return bestCovered < NO_TIER ? bestCovered : bestAll;
}

/** Whether a slot is filled, from the best tier among its covered members. */
export function isFilled(bestCovered: number): boolean {
  return bestCovered < NO_TIER;
}

/** What a slot in a tier weighs: required skills count twice, the rest once. A filled slot adds its weight to both sides. */
export function tierWeight(tier: number): number {
  // Callers pass a slot's tier, 0–2: every slot has a member, so its tier is never NO_TIER. Hot path, no check.
  return TIER_WEIGHTS[tier]!;
}

/** The percentage from the weights of the filled slots and of all slots: 100 when nothing is counted. */
export function percentOf(got: number, weight: number): number {
  return weight ? Math.round((got / weight) * 100) : 100;
}

/** The colour band of a score against the person's threshold, as every view colours it. */
export function fitTier(percent: number, threshold: number): 'good' | 'fair' | 'poor' {
  if (percent >= threshold) return 'good';
  if (percent >= threshold / 2) return 'fair';
  return 'poor';
}
