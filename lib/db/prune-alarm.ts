import { browser } from '#imports';
import { readSettings, settingsStorage } from '@/lib/storage/items';
import type { SkillGapDatabase } from './database';
import { seenRepo } from './seen-repo';

/** The alarm that forgets old viewed postings. */
export const PRUNE_ALARM = 'prune-viewed-postings';
/** Once a day; the first run a minute after the alarm is first set (install, or an update that adds it). */
export const PRUNE_PERIOD_MINUTES = 24 * 60;
const FIRST_DELAY_MINUTES = 1;

/**
 * Has the background forget, once a day, the viewed postings not viewed for as long as the "keep viewed
 * postings" setting says (their demand is counted out; saved postings stay), and at once when that setting
 * is changed (so a shorter time takes effect while the dashboard still shows it). Call once, synchronously, when
 * the service worker starts: the listener must be in place before the browser delivers the alarm that woke
 * it. The alarm itself outlives the worker, so it is created only when missing (creating it again would
 * push the next run back each time the worker starts).
 */
export function registerPruneAlarm(db: SkillGapDatabase): Promise<void> {
  browser.alarms.onAlarm.addListener((alarm) => (alarm.name === PRUNE_ALARM ? pruneViewed(db) : undefined));
  settingsStorage.watch((next, previous) => {
    if (next.keepViewedDays !== previous?.keepViewedDays) void pruneViewed(db);
  });
  return browser.alarms.get(PRUNE_ALARM).then(async (existing) => {
    if (!existing) await browser.alarms.create(PRUNE_ALARM, { delayInMinutes: FIRST_DELAY_MINUTES, periodInMinutes: PRUNE_PERIOD_MINUTES });
  });
}

/** Forgets viewed postings older than the retention setting; a failure is logged and waits for the next day. */
async function pruneViewed(db: SkillGapDatabase): Promise<void> {
  try {
    await seenRepo(db).prune((await readSettings()).keepViewedDays);
  } catch (err) {
    console.warn('SkillGap: pruning viewed postings failed', err);
  }
}
