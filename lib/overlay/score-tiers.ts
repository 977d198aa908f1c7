import type { MatchedSkill, MatchResult } from '@/lib/match/match-profile';

/** Have/total for one tier of a posting's skills; a group of alternatives counts once. */
export interface TierCount {
  have: number;
  total: number;
}

/** The two-tier score the badge shows, plus the skills the role uses without naming them as requirements. */
export interface TieredScore {
  required: TierCount;
  preferred: TierCount;
  /** Skills named in the duties or elsewhere, neither required nor preferred. */
  other: TierCount;
  /** Weighted match 0..100: required count twice, the rest once. 100 when nothing is counted. */
  percent: number;
}

/** Counts a match result per requirement level, each group of alternatives as one slot in its best tier. */
export function scoreTiers(result: MatchResult): TieredScore {
  const tiers = { required: { have: 0, total: 0 }, preferred: { have: 0, total: 0 }, other: { have: 0, total: 0 } };
  const slots = new Map<string, { tier: keyof typeof tiers; have: boolean }>();
  const add = (s: MatchedSkill, have: boolean) => {
    const tier = s.requirement === 'required' ? 'required' : s.requirement === 'preferred' ? 'preferred' : 'other';
    const slot = s.group !== undefined ? `g${s.group}` : `s${s.id}`;
    const prev = slots.get(slot);
    const rank = { required: 0, preferred: 1, other: 2 } as const;
    if (!prev) slots.set(slot, { tier, have });
    else slots.set(slot, { tier: rank[tier] < rank[prev.tier] ? tier : prev.tier, have: prev.have || have });
  };
  for (const s of result.matched) add(s, true);
  for (const s of result.missing) add(s, false);
  for (const { tier, have } of slots.values()) {
    tiers[tier].total++;
    if (have) tiers[tier].have++;
  }
  const weight = tiers.required.total * 2 + tiers.preferred.total + tiers.other.total;
  const got = tiers.required.have * 2 + tiers.preferred.have + tiers.other.have;
  return { ...tiers, percent: weight ? Math.round((got / weight) * 100) : 100 };
}

/** The badge text: "Required 5/7 · Preferred 2/5", or "Skills 4/6" for a posting that states no levels. */
export function tierLine(score: TieredScore): string {
  const parts: string[] = [];
  if (score.required.total) parts.push(`Required ${score.required.have}/${score.required.total}`);
  if (score.preferred.total) parts.push(`Preferred ${score.preferred.have}/${score.preferred.total}`);
  if (!parts.length && score.other.total) parts.push(`Skills ${score.other.have}/${score.other.total}`);
  return parts.length ? parts.join(' · ') : 'No skills found';
}

/** A one-line verdict for the badge, judged against the person's threshold. */
export function verdictLine(score: TieredScore, threshold: number): string {
  const missingRequired = score.required.total - score.required.have;
  const nothing = score.required.total + score.preferred.total + score.other.total === 0;
  if (nothing) return 'This posting names no skill SkillGap knows';
  if (score.percent >= threshold && missingRequired === 0) return 'Strong fit: you have every required skill';
  if (score.percent >= threshold) return `Good fit: ${missingRequired} required ${missingRequired === 1 ? 'skill' : 'skills'} to learn`;
  if (missingRequired === 0) return 'Close: the required skills are yours; some others are not';
  if (missingRequired <= 2) return `Close: ${missingRequired} required ${missingRequired === 1 ? 'skill' : 'skills'} to learn`;
  return `Stretch: ${missingRequired} required skills to learn`;
}

/** The colour tier for a match percentage against the person's threshold. */
export function colourTier(percent: number, threshold: number): 'good' | 'fair' | 'poor' {
  if (percent >= threshold) return 'good';
  if (percent >= threshold / 2) return 'fair';
  return 'poor';
}
