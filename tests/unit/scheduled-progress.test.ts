import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundHandlers } from '@/lib/background/handlers';
import { routeMessage } from '@/lib/background/message-router';
import { currentProgressReadings } from '@/lib/background/progress-readings';
import { PROGRESS_ALARM, PROGRESS_PERIOD_MINUTES, PROGRESS_REFRESH_ALARM, registerProgressAlarm, snapshotProgress } from '@/lib/background/progress-snapshot';
import { SkillGapDatabase } from '@/lib/db/database';
import { missedWeeks, progressRepo, WATCHLIST_SUBJECT, WEEK, weekStart } from '@/lib/db/progress-repo';
import { watchlistRepo } from '@/lib/db/watchlist-repo';
import { goalForRole } from '@/lib/goals/goal';
import { goalSubject } from '@/lib/goals/progress';
import type { SavedSkill } from '@/lib/model/posting';
import { goalsStorage } from '@/lib/storage/goals-storage';
import { profileStorage } from '@/lib/storage/items';

const DAY = 86_400_000;
// Thursday 2026-11-26, 12:00 UTC; its ISO week starts on Monday 2026-11-23.
const NOW = Date.UTC(2026, 10, 26, 12);
const MONDAY = Date.UTC(2026, 10, 23);
const sk = (id: string, requirement: SavedSkill['requirement'] = 'required'): SavedSkill => ({ id, name: id, category: 'lang', requirement, evidence: `${id}.` });
const posting = (key: string, title: string, skills: SavedSkill[]) => ({ key, url: `https://boards.greenhouse.io/acme/jobs/${key.length}`, site: 'greenhouse', title, company: 'Acme', location: 'Remote', skills, text: skills.map((s) => s.id).join(', ') });
const fixed = (values: { subject: string; value: number }[]) => () => Promise.resolve(values);
const weeks = async (db: SkillGapDatabase, subject: string) => (await progressRepo(db).series(subject)).map((s) => [s.week, s.value]);

describe('the weekly progress snapshot, taken by the background', () => {
  let db: SkillGapDatabase;
  beforeEach(() => {
    db = new SkillGapDatabase(`progress-${Math.random()}`);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await db.delete();
  });

  it('sets a weekly alarm at the start of next ISO week, once: a restarted worker keeps the schedule it had', async () => {
    expect(weekStart(NOW)).toBe(MONDAY);
    await registerProgressAlarm(db, fixed([]));
    expect(await fakeBrowser.alarms.get(PROGRESS_ALARM)).toMatchObject({ periodInMinutes: 7 * 24 * 60, scheduledTime: MONDAY + WEEK });
    expect(PROGRESS_PERIOD_MINUTES).toBe(7 * 24 * 60);
    vi.setSystemTime(NOW + DAY);
    await registerProgressAlarm(db, fixed([]));
    expect((await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime])).toEqual([[PROGRESS_ALARM, MONDAY + WEEK]]);
  });

  it('when the worker starts in a week without a snapshot, takes one at once from the stored data, without any view open', async () => {
    // SQL known, Python not: the saved posting asks for both (required), so it matches 50%.
    await profileStorage.setValue({ skills: [{ id: 'sql', level: 'working', updatedAt: 1 }] });
    await watchlistRepo(db, { profileIds: async () => ['sql'] }).save(posting('greenhouse:1', 'Data Engineer', [sk('sql'), sk('python')]), NOW - DAY);
    await registerProgressAlarm(db);
    expect(await progressRepo(db).series(WATCHLIST_SUBJECT)).toEqual([expect.objectContaining({ week: MONDAY, value: 50, takenAt: NOW })]);

    // Started again the same week: it already has its snapshot, so nothing is computed or written.
    const readings = vi.fn(fixed([{ subject: WATCHLIST_SUBJECT, value: 99 }]));
    await registerProgressAlarm(db, readings);
    expect(readings).not.toHaveBeenCalled();
    expect(await weeks(db, WATCHLIST_SUBJECT)).toEqual([[MONDAY, 50]]);
  });

  it('reads each goal’s coverage as Goals shows it, and nothing for the watchlist while nothing is saved', async () => {
    const goal = goalForRole('data-engineer', 0);
    await goalsStorage.setValue({ goals: [goal] });
    expect(await currentProgressReadings(db, NOW)).toEqual([{ subject: goalSubject(goal.id), value: expect.any(Number) }]);
    // Knowing more of the role's skills can only raise the coverage.
    const before = (await currentProgressReadings(db, NOW))[0]!.value;
    await profileStorage.setValue({ skills: ['sql', 'python', 'apache-spark', 'apache-airflow', 'aws', 'docker'].map((id) => ({ id, level: 'working' as const, updatedAt: 1 })) });
    const after = (await currentProgressReadings(db, NOW))[0]!.value;
    expect(before).toBe(0);
    expect(after).toBeGreaterThan(before);
  });

  it('when the alarm fires next week, records that week; other alarms do nothing', async () => {
    let value = 40;
    await registerProgressAlarm(db, () => Promise.resolve([{ subject: WATCHLIST_SUBJECT, value }]));
    expect(await weeks(db, WATCHLIST_SUBJECT)).toEqual([[MONDAY, 40]]);

    value = 55;
    vi.setSystemTime(MONDAY + WEEK);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'prune-viewed-postings', scheduledTime: MONDAY + WEEK, persistAcrossSessions: true });
    await vi.waitFor(async () => expect(await weeks(db, WATCHLIST_SUBJECT)).toEqual([[MONDAY, 40]]));
    await fakeBrowser.alarms.onAlarm.trigger({ name: PROGRESS_ALARM, scheduledTime: MONDAY + WEEK, periodInMinutes: PROGRESS_PERIOD_MINUTES, persistAcrossSessions: true });
    await vi.waitFor(async () => expect(await weeks(db, WATCHLIST_SUBJECT)).toEqual([[MONDAY, 40], [MONDAY + WEEK, 55]]));
  });

  it('a minute after the profile changes, with no view open, retakes this week’s snapshot; each change moves it back', async () => {
    await profileStorage.setValue({ skills: [{ id: 'sql', level: 'working', updatedAt: 1 }] });
    await watchlistRepo(db, { profileIds: async () => ['sql'] }).save(posting('greenhouse:1', 'Data Engineer', [sk('sql'), sk('python')]), NOW - DAY);
    await registerProgressAlarm(db);
    expect(await weeks(db, WATCHLIST_SUBJECT)).toEqual([[MONDAY, 50]]);

    await profileStorage.setValue({ skills: [{ id: 'sql', level: 'working', updatedAt: 1 }, { id: 'python', level: 'learning', updatedAt: 2 }] });
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(PROGRESS_REFRESH_ALARM))?.scheduledTime).toBe(NOW + 60_000));
    vi.setSystemTime(NOW + 30_000);
    await profileStorage.setValue({ skills: [{ id: 'sql', level: 'working', updatedAt: 1 }, { id: 'python', level: 'working', updatedAt: 3 }] });
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(PROGRESS_REFRESH_ALARM))?.scheduledTime).toBe(NOW + 90_000));
    // Not yet due: the week still shows the old figure.
    expect(await weeks(db, WATCHLIST_SUBJECT)).toEqual([[MONDAY, 50]]);

    vi.setSystemTime(NOW + 90_000);
    await fakeBrowser.alarms.onAlarm.trigger({ name: PROGRESS_REFRESH_ALARM, scheduledTime: NOW + 90_000, persistAcrossSessions: true });
    await vi.waitFor(async () => expect(await weeks(db, WATCHLIST_SUBJECT)).toEqual([[MONDAY, 100]]));
  });

  it('fills the weeks the browser was closed with the last value, marked by a takenAt before their week', async () => {
    await snapshotProgress(db, NOW, fixed([{ subject: 'goal:role:data-engineer', value: 30 }]));
    const later = NOW + 3 * WEEK;
    await snapshotProgress(db, later, fixed([{ subject: 'goal:role:data-engineer', value: 45 }]));
    const series = await progressRepo(db).series('goal:role:data-engineer');
    expect(series.map((s) => [s.week, s.value])).toEqual([[MONDAY, 30], [MONDAY + WEEK, 30], [MONDAY + 2 * WEEK, 30], [MONDAY + 3 * WEEK, 45]]);
    expect(series.map((s) => s.takenAt < s.week)).toEqual([false, true, true, false]);
    // A subject seen for the first time starts this week: nothing is invented before it.
    expect(missedWeeks(undefined, MONDAY)).toEqual([]);
  });

  it('takes a snapshot when Learn next or Goals asks, and refuses the request from a web page', async () => {
    const options = { handlers: backgroundHandlers(db), runtimeId: 'skillgap', extensionOrigin: 'chrome-extension://skillgap/', warn: () => undefined };
    await profileStorage.setValue({ skills: [{ id: 'sql', level: 'working', updatedAt: 1 }] });
    await watchlistRepo(db, { profileIds: async () => ['sql'] }).save(posting('greenhouse:1', 'Data Engineer', [sk('sql'), sk('python')]), NOW - DAY);

    const fromPage = await routeMessage({ type: 'progress:snapshot' }, { id: 'skillgap', url: 'https://boards.greenhouse.io/acme/jobs/1', tab: { id: 4 } }, options);
    expect(fromPage).toMatchObject({ ok: false, error: expect.stringContaining('refused message progress:snapshot from a web page') });
    expect(await db.progress.count()).toBe(0);

    const fromPopup = await routeMessage({ type: 'progress:snapshot' }, { id: 'skillgap', url: 'chrome-extension://skillgap/popup.html' }, options);
    expect(fromPopup).toEqual({ ok: true, value: { recorded: 1 } });
    expect(await weeks(db, WATCHLIST_SUBJECT)).toEqual([[MONDAY, 50]]);
  });
});
