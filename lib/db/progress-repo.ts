import type { ProgressSnapshot } from '@/lib/model/progress';
import type { SkillGapDatabase } from './database';

const DAY = 86_400_000;
/** A week in milliseconds. */
export const WEEK = 7 * DAY;

/** Start of the ISO week (Monday 00:00 UTC) a time falls in. */
export function weekStart(time: number): number {
  const day = Math.floor(time / DAY);
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday = 0.
  const weekday = (day + 3) % 7;
  return (day - weekday) * DAY;
}

/** Start of the ISO week after the one a time falls in: when the next weekly snapshot is due. */
export function nextWeekStart(time: number): number {
  return weekStart(time) + WEEK;
}

/**
 * The snapshots for the weeks a subject missed between its last snapshot and `week` (both left out). A week
 * is missed only when SkillGap did not run at all that week (the background takes a snapshot every week it
 * runs), so nothing the reading depends on could change: each missed week carries the last value. It keeps
 * the last snapshot's `takenAt`, which falls before the missed week's start, so a carried week can always be
 * told from a measured one.
 */
export function missedWeeks(last: Pick<ProgressSnapshot, 'subject' | 'week' | 'value' | 'takenAt'> | undefined, week: number): ProgressSnapshot[] {
  const out: ProgressSnapshot[] = [];
  if (!last) return out;
  for (let w = last.week + WEEK; w < week; w += WEEK) out.push({ subject: last.subject, week: w, value: last.value, takenAt: last.takenAt });
  return out;
}

/**
 * Weekly snapshots of how the person stands, one per subject and week (the latest of the week wins), with
 * no holes: recording a week first fills the weeks since the subject's last snapshot (see `missedWeeks`).
 */
export function progressRepo(db: SkillGapDatabase) {
  return {
    async record(subject: string, value: number, now = Date.now()): Promise<void> {
      const week = weekStart(now);
      const v = Math.max(0, Math.min(100, Math.round(value)));
      await db.transaction('rw', db.progress, async () => {
        const prev = await db.progress.where('[subject+week]').equals([subject, week]).first();
        if (prev) {
          if (prev.value !== v && prev.id !== undefined) await db.progress.update(prev.id, { value: v, takenAt: now });
          return;
        }
        const last = await db.progress.where('[subject+week]').between([subject, -Infinity], [subject, week]).last();
        await db.progress.bulkAdd([...missedWeeks(last, week), { subject, week, value: v, takenAt: now }]);
      });
    },
    /** A subject's snapshots, oldest first. */
    async series(subject: string): Promise<ProgressSnapshot[]> {
      return db.progress.where('[subject+week]').between([subject, -Infinity], [subject, Infinity]).toArray();
    },
    /** Whether any subject has a snapshot for the week `now` falls in. */
    async hasWeek(now = Date.now()): Promise<boolean> {
      return (await db.progress.where('week').equals(weekStart(now)).count()) > 0;
    },
  };
}
export type ProgressRepo = ReturnType<typeof progressRepo>;

/** The subject under which the mean score of saved postings is recorded. */
export const WATCHLIST_SUBJECT = 'watchlist';
