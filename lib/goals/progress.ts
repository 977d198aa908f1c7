import type { ProgressSnapshot } from '@/lib/model/progress';
import type { Profile } from '@/lib/model/profile';
import type { Skill } from '@/lib/model/skill';
import type { Goal } from '@/lib/model/goal';
import { goalCoverage, type RoleProfile } from './role-profile';

// Snapshots are written through lib/db/progress-repo.ts (one per subject and ISO week, latest of the week
// wins); the watchlist's mean score is recorded there by the suggestions, under WATCHLIST_SUBJECT.

/** The snapshot subject of a goal's coverage. */
export const goalSubject = (goalId: string) => `goal:${goalId}`;

const DAY = 86_400_000;

/** The ISO week label of a week start (Monday 00:00 UTC): "2026-W05". */
export function isoWeekLabel(weekStart: number): string {
  const thursday = new Date(weekStart + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  const firstMonday = jan4 - jan4Weekday * DAY;
  const week = 1 + Math.round((weekStart - firstMonday) / (7 * DAY));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The readings to record for the goals now: each goal's coverage score (goals with no skills yet are left out). */
export function goalReadings(
  goals: readonly Goal[],
  roleProfiles: ReadonlyMap<string, RoleProfile>,
  profile: Profile,
  byId: ReadonlyMap<string, Skill>,
): { subject: string; value: number }[] {
  const out: { subject: string; value: number }[] = [];
  for (const goal of goals) {
    const rp = roleProfiles.get(goal.id);
    if (rp && rp.required.length + rp.preferred.length > 0) out.push({ subject: goalSubject(goal.id), value: goalCoverage(rp, profile, byId).score });
  }
  return out;
}

/** One line of the progress chart. */
export interface ProgressSeries {
  subject: string;
  label: string;
  points: { week: number; value: number }[];
}

/** Snapshots grouped into one series per subject, in the order of `labels`, weeks ascending; subjects without snapshots are left out. */
export function progressSeries(snapshots: readonly Pick<ProgressSnapshot, 'subject' | 'week' | 'value' | 'takenAt'>[], labels: ReadonlyMap<string, string>): ProgressSeries[] {
  const bySubject = new Map<string, Map<number, { value: number; takenAt: number }>>();
  for (const s of snapshots) {
    if (!labels.has(s.subject)) continue;
    const weeks = bySubject.get(s.subject) ?? new Map<number, { value: number; takenAt: number }>();
    const prev = weeks.get(s.week);
    // One point a week: the latest reading of the week, as the repository keeps it.
    if (!prev || prev.takenAt <= s.takenAt) weeks.set(s.week, { value: s.value, takenAt: s.takenAt });
    bySubject.set(s.subject, weeks);
  }
  return [...labels]
    .filter(([subject]) => bySubject.has(subject))
    .map(([subject, label]) => ({
      subject,
      label,
      points: [...bySubject.get(subject)!].sort((a, b) => a[0] - b[0]).map(([week, v]) => ({ week, value: v.value })),
    }));
}
