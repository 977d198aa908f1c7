import type { PostingScore } from '@/lib/match/posting-score';

/** What the badge's lines read of a score (lib/match/score.ts): have/total per tier and the percentage. */
export type TieredScore = Pick<PostingScore, 'required' | 'preferred' | 'other' | 'percent'>;

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

