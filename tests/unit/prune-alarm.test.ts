import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SkillGapDatabase } from '@/lib/db/database';
import { PRUNE_ALARM, PRUNE_PERIOD_MINUTES, registerPruneAlarm } from '@/lib/db/prune-alarm';
import type { SavedSkill } from '@/lib/model/posting';
import { seenRepo } from '@/lib/db/seen-repo';
import { watchlistRepo } from '@/lib/db/watchlist-repo';
import { DEFAULT_SETTINGS } from '@/lib/model/settings';
import { settingsStorage } from '@/lib/storage/items';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 26, 12);
const sk = (id: string): SavedSkill => ({ id, name: id, category: 'lang', requirement: 'required', evidence: `${id}.` });
const report = (key: string, skills: SavedSkill[]) => ({ key, url: `https://boards.greenhouse.io/acme/jobs/${key.length}`, site: 'greenhouse', title: `Job ${key}`, company: 'Acme', location: 'Remote', skills });

describe('the daily alarm that forgets old viewed postings', () => {
  let db: SkillGapDatabase;
  beforeEach(() => {
    db = new SkillGapDatabase(`prune-${Math.random()}`);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await db.delete();
  });

  it('is set once a day, and a restarted service worker keeps the schedule it had', async () => {
    await registerPruneAlarm(db);
    const alarm = await fakeBrowser.alarms.get(PRUNE_ALARM);
    expect(alarm).toMatchObject({ name: PRUNE_ALARM, periodInMinutes: PRUNE_PERIOD_MINUTES, scheduledTime: NOW + 60_000 });
    vi.setSystemTime(NOW + 5 * 60_000);
    await registerPruneAlarm(db);
    expect((await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime])).toEqual([[PRUNE_ALARM, NOW + 60_000]]);
  });

  it('when it fires, forgets viewed postings older than the setting, counts them out of demand, and keeps saved ones', async () => {
    const seen = seenRepo(db);
    await seen.record(report('old', [sk('cobol')]), NOW - 40 * DAY);
    await seen.record(report('old-but-saved', [sk('fortran')]), NOW - 40 * DAY);
    await watchlistRepo(db, { profileIds: async () => [] }).save({ ...report('old-but-saved', [sk('fortran')]), text: 'Fortran.' }, NOW - 40 * DAY);
    await seen.record(report('recent', [sk('python')]), NOW - 10 * DAY);
    await settingsStorage.setValue({ ...DEFAULT_SETTINGS, keepViewedDays: 30 });
    await registerPruneAlarm(db);

    // Another alarm of the extension's does nothing here.
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'something-else', scheduledTime: NOW, persistAcrossSessions: true });
    expect((await db.seen.toCollection().primaryKeys()).sort()).toEqual(['old', 'old-but-saved', 'recent']);

    await fakeBrowser.alarms.onAlarm.trigger({ name: PRUNE_ALARM, scheduledTime: NOW, periodInMinutes: PRUNE_PERIOD_MINUTES, persistAcrossSessions: true });
    expect((await db.seen.toCollection().primaryKeys()).sort()).toEqual(['recent']);
    expect(await db.skillDemand.get('cobol')).toBeUndefined();
    expect(await db.skillDemand.get('fortran')).toMatchObject({ required: 1 });
    expect(await db.watchlist.get('old-but-saved')).toBeDefined();

    // The setting is read when the alarm fires: keeping 5 days forgets the recent one too.
    await settingsStorage.setValue({ ...DEFAULT_SETTINGS, keepViewedDays: 5 });
    await fakeBrowser.alarms.onAlarm.trigger({ name: PRUNE_ALARM, scheduledTime: NOW + DAY, periodInMinutes: PRUNE_PERIOD_MINUTES, persistAcrossSessions: true });
    expect(await db.seen.count()).toBe(0);
  });

  it('forgets at once, without waiting for the alarm, when the setting is shortened in the dashboard', async () => {
    const seen = seenRepo(db);
    await settingsStorage.setValue({ ...DEFAULT_SETTINGS, keepViewedDays: 180 });
    await seen.record(report('old', [sk('cobol')]), NOW - 40 * DAY);
    await seen.record(report('recent', [sk('python')]), NOW - 10 * DAY);
    await registerPruneAlarm(db);
    // A change to another setting forgets nothing.
    await settingsStorage.setValue({ ...DEFAULT_SETTINGS, keepViewedDays: 180, threshold: 60 });
    expect((await db.seen.toCollection().primaryKeys()).sort()).toEqual(['old', 'recent']);
    await settingsStorage.setValue({ ...DEFAULT_SETTINGS, keepViewedDays: 30 });
    await vi.waitFor(async () => expect(await db.seen.toCollection().primaryKeys()).toEqual(['recent']));
    expect(await db.skillDemand.get('cobol')).toBeUndefined();
  });
});
