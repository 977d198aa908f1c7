import { browser } from '#imports';
import type { SkillGapDatabase } from '@/lib/db/database';
import { nextWeekStart, progressRepo, WEEK } from '@/lib/db/progress-repo';
import { goalsStorage } from '@/lib/storage/goals-storage';
import { profileStorage } from '@/lib/storage/items';
import { currentProgressReadings, type ProgressReading } from './progress-readings';

/** The alarm that takes the weekly progress snapshot. */
export const PROGRESS_ALARM = 'weekly-progress-snapshot';
/** Once a week, at the start of each ISO week (Monday 00:00 UTC), the unit the progress chart counts in. */
export const PROGRESS_PERIOD_MINUTES = WEEK / 60_000;
/** The alarm that retakes this week's snapshot soon after the profile or the goals change. */
export const PROGRESS_REFRESH_ALARM = 'progress-snapshot-refresh';
/** Long enough that a run of changes (levels set one after another in the panel) costs one snapshot. */
export const REFRESH_DELAY_MINUTES = 1;

/** Where the readings come from; the stored data by default, a fixed list in tests. */
export type ReadingsSource = (db: SkillGapDatabase, now: number) => Promise<ProgressReading[]>;

/**
 * Records this week's snapshot of every reading (the latest of the week wins; weeks missed since a
 * subject's last snapshot are filled by the repository). Returns how many readings were recorded.
 */
export async function snapshotProgress(db: SkillGapDatabase, now = Date.now(), readings: ReadingsSource = currentProgressReadings): Promise<number> {
  const values = await readings(db, now);
  const repo = progressRepo(db);
  for (const r of values) await repo.record(r.subject, r.value, now);
  return values.length;
}

/**
 * Has the background take the progress snapshot every week, whether or not a view is opened. Call once,
 * synchronously, when the service worker starts (the listener must be in place before the browser delivers
 * the alarm that woke it). The alarm outlives the worker, so it is created only when missing. A week the
 * alarm could not fire in (the browser was closed at its start) is caught up here: when the worker starts
 * and this week has no snapshot yet, it takes one at once. The `onStartup` listener has the browser start the
 * worker when the browser starts, so that catch-up does not wait for the first job page. A change of the
 * profile or the goals (from the panel, with no view open) retakes this week's snapshot a minute later, so
 * the week's point is its latest state, as when a view was open; each change moves that alarm back.
 */
export function registerProgressAlarm(db: SkillGapDatabase, readings: ReadingsSource = currentProgressReadings): Promise<void> {
  const take = () =>
    snapshotProgress(db, Date.now(), readings).catch((err: unknown) => {
      console.warn('SkillGap: the weekly progress snapshot failed', err);
      return 0;
    });
  browser.alarms.onAlarm.addListener((alarm) => (alarm.name === PROGRESS_ALARM || alarm.name === PROGRESS_REFRESH_ALARM ? take().then(() => undefined) : undefined));
  const refreshSoon = () => void browser.alarms.create(PROGRESS_REFRESH_ALARM, { delayInMinutes: REFRESH_DELAY_MINUTES });
  profileStorage.watch(refreshSoon);
  goalsStorage.watch(refreshSoon);
  const started = (async () => {
    const now = Date.now();
    if (!(await browser.alarms.get(PROGRESS_ALARM))) await browser.alarms.create(PROGRESS_ALARM, { when: nextWeekStart(now), periodInMinutes: PROGRESS_PERIOD_MINUTES });
    if (!(await progressRepo(db).hasWeek(now))) await take();
  })();
  // The catch-up above already runs in the worker this event woke; waiting for it is all there is to do.
  browser.runtime.onStartup.addListener(() => void started);
  return started;
}
