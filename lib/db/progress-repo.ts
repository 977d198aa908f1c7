import type { ProgressSnapshot } from '@/lib/model/progress';
import type { SkillGapDatabase } from './database';

const DAY = 86_400_000;

/** Start of the ISO week (Monday 00:00 UTC) a time falls in. */
export function weekStart(time: number): number {
  const day = Math.floor(time / DAY);
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday = 0.
  const weekday = (day + 3) % 7;
  return (day - weekday) * DAY;
}

/** Weekly snapshots of how the person stands, one per subject and week (the latest of the week wins). */
export function progressRepo(db: SkillGapDatabase) {
  return {
    async record(subject: string, value: number, now = Date.now()): Promise<void> {
      const week = weekStart(now);
      const v = Math.max(0, Math.min(100, Math.round(value)));
      await db.transaction('rw', db.progress, async () => {
        const prev = await db.progress.where('[subject+week]').equals([subject, week]).first();
        if (prev) {
          if (prev.value !== v) await db.progress.update(prev.id!, { value: v, takenAt: now });
        } else await db.progress.add({ subject, week, value: v, takenAt: now });
      });
    },
    /** A subject's snapshots, oldest first. */
    async series(subject: string): Promise<ProgressSnapshot[]> {
      return db.progress.where('[subject+week]').between([subject, -Infinity], [subject, Infinity]).toArray();
    },
  };
}
export type ProgressRepo = ReturnType<typeof progressRepo>;

/** The subject under which the mean score of saved postings is recorded. */
export const WATCHLIST_SUBJECT = 'watchlist';
