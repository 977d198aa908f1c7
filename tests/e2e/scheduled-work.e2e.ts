import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { seedProfile, type ExtensionBrowser } from './extension-browser';
import { launchBrowser, openExtensionPage, seedSaved, skillsOf, snapshot } from './popup-helpers';

const WEEK = 7 * 86_400_000;
/** Monday 00:00 UTC of the ISO week a time falls in (1970-01-01 was a Thursday). */
const weekStart = (t: number) => {
  const day = Math.floor(t / 86_400_000);
  return (day - ((day + 3) % 7)) * 86_400_000;
};
// Profile: Python (strong), Docker. Required slots weigh 2, preferred 1:
//   S1 saved   Kubernetes r, Docker r ✓, Terraform p    2/5 = 40%
//   S2 saved   Python r ✓, SQL r                        2/4 = 50%     mean 45%
const S1 = snapshot('greenhouse:201', 'Platform Engineer', 'Initech', skillsOf([['kubernetes', 'required'], ['docker', 'required'], ['terraform', 'preferred']]));
const S2 = snapshot('greenhouse:202', 'Data Engineer', 'Acme', skillsOf([['python', 'required'], ['sql', 'required']]));

async function backgroundWorker(browser: ExtensionBrowser): Promise<Worker> {
  const isOurs = (w: Worker) => w.url() === `chrome-extension://${browser.extensionId}/background.js`;
  return browser.context.serviceWorkers().find(isOurs) ?? browser.context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 20_000 });
}

/** The progress snapshots, read with plain IndexedDB inside the service worker. */
function snapshots(worker: Worker): Promise<{ subject: string; week: number; value: number; takenAt: number }[]> {
  return worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('skillgap');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('progress', 'readonly').objectStore('progress').getAll();
          all.onsuccess = () => {
            resolve(all.result);
            open.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

type Alarm = { name: string; scheduledTime: number; periodInMinutes?: number };
const alarms = (worker: Worker) => worker.evaluate(() => (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<Alarm[]> } } }).chrome.alarms.getAll());

describe('scheduled work, owned by the background', () => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'skillgap-scheduled-'));
  let browser: ExtensionBrowser | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it('registers the weekly snapshot and the daily pruning alarms when the worker starts', async () => {
    browser = await launchBrowser({ userDataDir });
    const worker = await backgroundWorker(browser);
    await expect.poll(async () => (await alarms(worker)).map((a) => a.name).sort(), { timeout: 10_000 }).toEqual(['prune-viewed-postings', 'weekly-progress-snapshot']);
    const weekly = (await alarms(worker)).find((a) => a.name === 'weekly-progress-snapshot')!;
    expect(weekly.periodInMinutes).toBe(7 * 24 * 60);
    // Due at the start of next ISO week (Monday 00:00 UTC).
    expect(weekly.scheduledTime).toBe(weekStart(Date.now()) + WEEK);
    // Nothing is saved yet, so there is nothing to snapshot.
    expect(await snapshots(worker)).toEqual([]);
  });

  it('takes this week’s snapshot when the browser starts again, though neither Learn next nor Goals was opened', async () => {
    await seedProfile(browser!, [{ id: 'python', level: 'strong' }, { id: 'docker' }]);
    const page = await openExtensionPage(browser!, 'popup.html');
    await seedSaved(page, [S1, S2]);
    // The popup opens on the profile tab, which asks for no snapshot.
    expect(await page.getByRole('tab', { name: 'Learn next' }).getAttribute('aria-selected')).not.toBe('true');
    await page.close();
    expect(await snapshots(await backgroundWorker(browser!))).toEqual([]);
    await browser!.close();

    browser = await launchBrowser({ userDataDir });
    const worker = await backgroundWorker(browser);
    await expect.poll(() => snapshots(worker), { timeout: 15_000 }).toEqual([expect.objectContaining({ subject: 'watchlist', week: weekStart(Date.now()), value: 45 })]);
  });

  it('takes the snapshot when the weekly alarm fires, with no extension page open', async () => {
    const worker = await backgroundWorker(browser!);
    expect(browser!.context.pages().filter((p) => p.url().startsWith('chrome-extension://'))).toEqual([]);
    // Learning SQL (now at working level) brings S2 to 100%: the mean becomes 70%. The alarm is brought
    // forward to fire now, keeping its weekly period.
    await worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<{ profile: { skills: object[] } }>; set(v: object): Promise<void> } }; alarms: { create(n: string, a: object): Promise<void> } } }).chrome;
      const { profile } = await chrome.storage.local.get('profile');
      await chrome.storage.local.set({ profile: { skills: [...profile.skills, { id: 'sql', level: 'working', updatedAt: Date.now() }] } });
      await chrome.alarms.create('weekly-progress-snapshot', { when: Date.now() + 500, periodInMinutes: 7 * 24 * 60 });
    });
    await expect.poll(async () => (await snapshots(worker)).map((s) => [s.subject, s.value]), { timeout: 15_000 }).toEqual([['watchlist', 70]]);
  });

  it('syncs the profile from the background once the setting is on, and the dashboard shows the background’s word', async () => {
    const worker = await backgroundWorker(browser!);
    type SyncArea = { get(k: null): Promise<Record<string, unknown>> };
    const syncItems = () => worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: SyncArea } } }).chrome.storage.sync.get(null));
    expect(await syncItems()).toEqual({});
    const page = await openExtensionPage(browser!, 'options.html#settings');
    await page.getByRole('checkbox', { name: /Keep my skill profile in this browser’s own sync storage/ }).check();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'In sync' }).count(), { timeout: 10_000 }).toBe(1);
    // Python, Docker and SQL, compactly, in one part.
    expect((await syncItems())['profileSync:0']).toBe('python:s,docker:w,sql:w');
    await page.close();
  });
});
