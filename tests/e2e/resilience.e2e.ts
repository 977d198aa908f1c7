import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexedPosting } from '@/lib/db/database';
import type { SkillDemand } from '@/lib/model/demand';
import { applyDemandChanges, monthOf } from '@/lib/db/demand';
import { indexRowFor } from '@/lib/db/posting-index';
import type { PostingSnapshot, SavedPosting, SavedSkill } from '@/lib/model/posting';
import type { SeenPosting } from '@/lib/model/seen-posting';
import { loadTaxonomy } from '@/lib/taxonomy/load-taxonomy';
import { bigPostingHtml } from '../fixtures/hostile/big-posting';
import { launchExtensionBrowser, seedProfile, type ExtensionBrowser } from './extension-browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';

// Failures a person never sees coming: the browser stops the service worker in the middle of a save (MV3
// does so whenever it likes), two tabs write at once, the disk is full, and pages that are huge, deeply
// nested or never stop changing. Nothing half-written, nothing lost, and the page stays responsive.

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const TAXONOMY = loadTaxonomy().skills;

/** A posting as heavy as a save can be: 100k characters of text and 500 skills, each with its sentence. */
function heavySnapshot(key: string, version: string, textLength = 100_000): PostingSnapshot {
  const skills: SavedSkill[] = TAXONOMY.slice(0, 500).map((s, i) => ({
    id: s.id,
    name: s.name,
    category: s.category,
    requirement: (['required', 'preferred', 'mentioned'] as const)[i % 3]!,
    evidence: `Version ${version}: experience with ${s.name}. `.padEnd(300, '.'),
  }));
  const head = `Version ${version}\n`;
  return {
    key,
    url: `https://boards.greenhouse.io/heavy/jobs/${key.replace(/\D/g, '') || '1'}`,
    site: 'greenhouse',
    title: `Heavy posting ${version}`,
    company: 'Heavy Industries',
    location: 'Remote',
    text: head + 'x'.repeat(textLength - head.length),
    skills,
  };
}

/** Sends a message to the background from an extension page; resolves with its answer or the send error. */
async function send(page: Page, message: unknown): Promise<{ ok: boolean; error?: string; value?: unknown }> {
  return page.evaluate(async (m) => {
    try {
      return (await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage(m)) ?? { ok: false, error: 'no answer' };
    } catch (err) {
      return { ok: false, error: `send failed: ${(err as Error).message}` };
    }
  }, message);
}

interface Dump {
  watchlist: SavedPosting[];
  seen: SeenPosting[];
  postingText: { key: string; text: string }[];
  postingIndex: IndexedPosting[];
  skillDemand: SkillDemand[];
}

/** Every record of the tables a save touches, read with plain IndexedDB from an extension page. */
async function dumpDatabase(page: Page): Promise<Dump> {
  return page.evaluate(
    (stores) =>
      new Promise<Dump>((resolve, reject) => {
        const open = indexedDB.open('skillgap');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(stores, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const s of stores) {
            const all = tx.objectStore(s).getAll();
            all.onsuccess = () => (out[s] = all.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out as unknown as Dump);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    ['watchlist', 'seen', 'postingText', 'postingIndex', 'skillDemand'],
  );
}

/**
 * The database's own consistency: a saved posting has its text and its index row, an index row stands for
 * a saved or viewed posting, and skill demand is exactly what the index rows add up to (as a rebuild would
 * count it). A half-written save breaks one of these.
 */
function expectConsistent(d: Dump): void {
  const saved = new Map(d.watchlist.map((p) => [p.key, p]));
  const seen = new Map(d.seen.map((p) => [p.key, p]));
  expect(d.postingText.map((t) => t.key).sort()).toEqual([...saved.keys()].sort());
  const keys = [...new Set([...saved.keys(), ...seen.keys()])].sort();
  expect([...d.postingIndex].sort((a, b) => a.key.localeCompare(b.key))).toEqual(keys.map((k) => indexRowFor(k, saved.get(k), seen.get(k))));
  const demand = new Map<string, SkillDemand>();
  applyDemandChanges(demand, d.postingIndex.map((r) => ({ skills: r.skills, month: monthOf(r.firstAt), sign: 1 as const })));
  const expected = [...demand.values()].filter((r) => r.required + r.preferred + r.mentioned > 0).sort((a, b) => a.id.localeCompare(b.id));
  expect([...d.skillDemand].sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected);
}

/**
 * Watches the page for long tasks (the content script runs on the page's thread). Tasks before the page's
 * own scripts say they are done (`__pageReadyAt`, for pages that build themselves) are the page's.
 */
function watchLongTasks(): void {
  const w = window as unknown as { __longest: number; __pageReadyAt: number };
  w.__longest = 0;
  w.__pageReadyAt = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.startTime >= w.__pageReadyAt) w.__longest = Math.max(w.__longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
}
const longestTask = (page: Page) => page.evaluate(() => (window as unknown as { __longest: number }).__longest);

describe('resilience', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let ext: Page;
  let cdp: CDPSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchExtensionBrowser({ hosts: server.hosts, port: server.port });
    await seedProfile(browser, ['python', 'postgresql', 'figma'].map((id) => ({ id })));
    ext = await browser.openPopup();
    cdp = await browser.context.newCDPSession(ext);
    await cdp.send('ServiceWorker.enable');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const stopWorker = () => cdp.send('ServiceWorker.stopAllWorkers');

  describe('the service worker stopped at any moment', () => {
    it('leaves every save either not done or complete, never half-written, and wakes on the next message', async () => {
      // How long one heavy save takes here, so the stops below fall before, during and after it.
      const t = performance.now();
      expect(await send(ext, { type: 'watchlist:save', posting: heavySnapshot('greenhouse:900000', 'A') })).toMatchObject({ ok: true });
      const saveMs = Math.max(20, performance.now() - t);
      const outcomes: string[] = [];
      const RUNS = 14;
      for (let i = 0; i < RUNS; i++) {
        // Half the runs save a new posting, half save a new version of one already saved.
        const key = i % 2 ? `greenhouse:90${String(i).padStart(4, '0')}` : 'greenhouse:900000';
        const version = `v${i}`;
        await ext.evaluate((m) => {
          (window as unknown as { __pending: Promise<unknown> }).__pending = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime
            .sendMessage(m)
            .catch((err: Error) => ({ ok: false, error: err.message }));
        }, { type: 'watchlist:save', posting: heavySnapshot(key, version) });
        await new Promise((resolve) => setTimeout(resolve, Math.round((i / (RUNS - 1)) * saveMs * 1.5)));
        await stopWorker();
        await ext.evaluate(() => (window as unknown as { __pending: Promise<unknown> }).__pending);
        // The next message wakes the worker and is answered.
        const has = await send(ext, { type: 'watchlist:has', key });
        expect(has.ok, has.error).toBe(true);
        const d = await dumpDatabase(ext);
        expectConsistent(d);
        const stored = d.watchlist.find((p) => p.key === key);
        const text = d.postingText.find((p) => p.key === key)?.text;
        if (stored?.title === `Heavy posting ${version}`) {
          // Complete: the new title, its whole text and all its skills, together.
          expect(text?.startsWith(`Version ${version}\n`)).toBe(true);
          expect(text?.length).toBe(100_000);
          expect(stored.skills.every((s) => s.evidence.startsWith(`Version ${version}:`))).toBe(true);
          outcomes.push('complete');
        } else {
          // Not done: the posting is as it was before (absent, or the previous version, whole).
          if (stored) {
            const before = /^Heavy posting (\S+)$/.exec(stored.title)![1];
            expect(text?.startsWith(`Version ${before}\n`)).toBe(true);
            expect(stored.skills.every((s) => s.evidence.startsWith(`Version ${before}:`))).toBe(true);
          } else expect(text).toBeUndefined();
          outcomes.push('not done');
        }
      }
      // The stops fell both before and after the writes, so both outcomes were seen, and never a third.
      expect(new Set(outcomes)).toEqual(new Set(['complete', 'not done']));
    }, 120_000);

    it('a job page opened after the worker stopped still gets its badge: the content script wakes it', async () => {
      await stopWorker();
      const page = await browser.context.newPage();
      await page.goto('http://boards.greenhouse.io/northwindlogistics/jobs/4012345');
      await page.locator('span[data-skillgap=overlay][data-key="greenhouse:4012345"]').waitFor({ state: 'attached', timeout: 15_000 });
      await page.getByTestId('skillgap-badge').click();
      await page.getByTestId('skillgap-save').click();
      await page.locator('[data-testid="skillgap-save"][aria-pressed="true"]').waitFor();
      await page.close();
    });
  });

  it('two tabs saving, viewing and removing at the same time leave consistent data', async () => {
    const tabA = await browser.openPopup();
    const tabB = await browser.openPopup();
    const snap = (n: number, who: string) => heavySnapshot(`lever:${String(n).padStart(4, '0')}`, `${who}${n}`, 5_000);
    const { text: _t, ...seenOf } = snap(0, 'x');
    const burst = (who: string, from: number, to: number, removeBelow: number) => {
      const messages: unknown[] = [];
      for (let n = from; n <= to; n++) {
        messages.push({ type: 'watchlist:save', posting: snap(n, who) });
        messages.push({ type: 'posting:seen', posting: { ...seenOf, key: snap(n, who).key, title: `Viewed by ${who}` } });
        if (n < removeBelow) messages.push({ type: 'watchlist:remove', key: snap(n, who).key });
      }
      return messages;
    };
    // Each tab does one thing after another, as a person's tab does; the two tabs run at the same time.
    // A alone touches 1–4 and removes them again; both tabs save and view 5–15, interleaved.
    const run = (tab: Page, messages: unknown[]) =>
      tab.evaluate(async (list) => {
        const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime;
        const answers = [];
        for (const m of list) answers.push(await runtime.sendMessage(m));
        return answers;
      }, messages);
    const [a, b] = await Promise.all([run(tabA, burst('A', 1, 15, 5)), run(tabB, burst('B', 5, 15, 0))]);
    expect([...a, ...b].every((r) => r.ok)).toBe(true);
    const d = await dumpDatabase(ext);
    expectConsistent(d);
    const lever = d.watchlist.filter((p) => p.key.startsWith('lever:')).map((p) => p.key).sort();
    expect(lever).toEqual(Array.from({ length: 11 }, (_, i) => `lever:${String(i + 5).padStart(4, '0')}`));
    // Each saved posting is one tab's version, whole: its title, text and skills agree.
    for (const p of d.watchlist.filter((x) => x.key.startsWith('lever:'))) {
      const version = /^Heavy posting (\S+)$/.exec(p.title)![1];
      expect(d.postingText.find((t) => t.key === p.key)?.text.startsWith(`Version ${version}\n`)).toBe(true);
      expect(p.skills.every((s) => s.evidence.startsWith(`Version ${version}:`))).toBe(true);
    }
    // Every view was counted once per message, whichever tab sent it.
    for (let n = 5; n <= 15; n++) expect(d.seen.find((s) => s.key === `lever:${String(n).padStart(4, '0')}`)?.timesSeen).toBe(2);
    await tabA.close();
    await tabB.close();
  }, 60_000);

  it('a full disk gives a clear sentence and loses nothing already stored', async () => {
    // Chromium does not enforce a quota override on extension origins, so the worker's IndexedDB is made to
    // fail the way a full disk does: the write of the posting's text throws QuotaExceededError, after its
    // watchlist record was already written in the same transaction.
    expect((await send(ext, { type: 'watchlist:has', key: 'wake' })).ok).toBe(true);
    const worker = browser.context.serviceWorkers().find((w) => w.url().endsWith('/background.js'))!;
    const before = await dumpDatabase(ext);
    await worker.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      (globalThis as unknown as { __restorePut: () => void }).__restorePut = () => (IDBObjectStore.prototype.put = put);
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (this.name === 'postingText') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    try {
      const answer = await send(ext, { type: 'watchlist:save', posting: heavySnapshot('greenhouse:990001', 'full') });
      expect(answer.ok).toBe(false);
      expect(answer.error).toMatch(/^Your browser has no room left for SkillGap’s data: this change was not saved, and everything saved before is still there\./);
      expect(await dumpDatabase(ext)).toEqual(before);
    } finally {
      await worker.evaluate(() => (globalThis as unknown as { __restorePut: () => void }).__restorePut());
    }
    // With room again, the same save goes through.
    expect(await send(ext, { type: 'watchlist:save', posting: heavySnapshot('greenhouse:990001', 'full') })).toMatchObject({ ok: true });
  });

  describe('pages that are huge, deeply nested, or never stop changing', () => {
    const profilers = new WeakMap<Page, CDPSession>();
    /** Opens a page with the long-task watch installed before any of its scripts, and the CPU profiler running. */
    async function open(url: string): Promise<Page> {
      const page = await browser.context.newPage();
      await page.addInitScript(watchLongTasks);
      const profiler = await browser.context.newCDPSession(page);
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.start');
      profilers.set(page, profiler);
      await page.goto(url, { timeout: 60_000 });
      return page;
    }
    /** Milliseconds the content script's own code ran on the page since it opened (from the CPU profile). */
    async function contentScriptMs(page: Page): Promise<number> {
      const { profile } = (await profilers.get(page)!.send('Profiler.stop')) as {
        profile: { nodes: { id: number; callFrame: { url: string } }[]; samples: number[]; timeDeltas: number[] };
      };
      const ours = new Set(profile.nodes.filter((n) => n.callFrame.url.endsWith('/content-scripts/job-page.js')).map((n) => n.id));
      let micros = 0;
      profile.samples.forEach((id, i) => {
        if (ours.has(id)) micros += profile.timeDeltas[i + 1] ?? 0;
      });
      return micros / 1000;
    }
    /** A stall a person would notice is a second or more; the content script's own budget on normal pages is 50 ms. */
    const RESPONSIVE_MS = 1_000;
    /** The content script's total work on a huge page: its reading is capped, so it stays bounded (normal pages: 50 ms). */
    const HUGE_PAGE_BUDGET_MS = 2_000;

    it('a 5 MB posting: the badge comes, and no task stalls the page', async () => {
      const url = 'http://boards.greenhouse.io/bigcorp/jobs/5555555';
      server.route(url, bigPostingHtml(5_000_000));
      const page = await open(url);
      await page.locator('span[data-skillgap=overlay][data-key="greenhouse:5555555"]').waitFor({ state: 'attached', timeout: 30_000 });
      await page.waitForTimeout(500);
      expect(await longestTask(page)).toBeLessThan(RESPONSIVE_MS);
      expect(await contentScriptMs(page)).toBeLessThan(HUGE_PAGE_BUDGET_MS);
      await page.close();
    }, 90_000);

    // A posting of 12,000 short paragraphs (280 KB, the 200k-character cap reached after ~10,000) once kept the
    // content script busy for seconds (text reading was quadratic in the number of text nodes);
    // tests/unit/property-readers.test.ts has the same case.
    it('a long posting of 12,000 short paragraphs: the content script stays within its budget', async () => {
      const url = 'http://boards.greenhouse.io/shortlines/jobs/5050505';
      server.route(url, `<!DOCTYPE html><html><body><div id="header"><h1 class="app-title">Line Engineer</h1></div><div id="content">${'<p>Python and SQL.</p>\n'.repeat(12_000)}</div></body></html>`);
      const page = await open(url);
      try {
        await page.locator('span[data-skillgap=overlay][data-key="greenhouse:5050505"]').waitFor({ state: 'attached', timeout: 30_000 });
        expect(await contentScriptMs(page)).toBeLessThan(HUGE_PAGE_BUDGET_MS);
      } finally {
        await page.close();
      }
    }, 60_000);

    it('5,000 cards: at most 500 are badged, and no task stalls the page', async () => {
      // A path of its own: the fixture server keys routes by host and path, and /jobs/search is the real fixture.
      const url = 'http://www.linkedin.com/jobs/collections/many/?currentJobId=4101234567';
      const html = readFileSync(join(FIXTURES, 'linkedin/search-product-designer.html'), 'utf8').replace(
        '</body>',
        `<script>
          (() => {
            const card = document.querySelector('li[data-occludable-job-id]');
            const list = card.parentElement;
            const more = document.createDocumentFragment();
            for (let i = 0; i < 5000; i++) {
              const c = card.cloneNode(true);
              const id = String(5000000000 + i);
              c.setAttribute('data-occludable-job-id', id);
              c.querySelector('[data-job-id]')?.setAttribute('data-job-id', id);
              c.querySelector('a[href*="/jobs/view/"]')?.setAttribute('href', '/jobs/view/' + id + '/');
              more.append(c);
            }
            list.append(more);
            window.__pageReadyAt = performance.now();
          })();
        </script></body>`,
      );
      server.route(url, html);
      const page = await open(url);
      expect(await page.locator('li[data-occludable-job-id]').count()).toBeGreaterThan(5000);
      await expect.poll(() => page.locator('span[data-skillgap=card]').count(), { timeout: 30_000 }).toBe(500);
      await page.waitForTimeout(1_000);
      expect(await page.locator('span[data-skillgap=card]').count()).toBe(500);
      expect(await longestTask(page)).toBeLessThan(RESPONSIVE_MS);
      expect(await contentScriptMs(page)).toBeLessThan(HUGE_PAGE_BUDGET_MS);
      await page.close();
    }, 90_000);

    it('markup nested 10,000 deep (the parser stops nesting at 512): the badge comes', async () => {
      const url = 'http://boards.greenhouse.io/deep/jobs/1010101';
      const deep = `${'<div>'.repeat(10_000)}<p>Requirements: 5+ years of experience with Python and PostgreSQL.</p>${'</div>'.repeat(10_000)}`;
      server.route(url, `<!DOCTYPE html><html><body><div id="header"><h1 class="app-title">Deep Engineer</h1></div><div id="content">${deep}</div></body></html>`);
      const page = await open(url);
      await page.locator('span[data-skillgap=overlay][data-key="greenhouse:1010101"]').waitFor({ state: 'attached', timeout: 15_000 });
      expect(await longestTask(page)).toBeLessThan(RESPONSIVE_MS);
      await page.close();
    });

    it('a description a script nested 2,000 deep: the badge comes', async () => {
      // Deeper than about 4,000 levels Chromium's own renderer crashes, with or without the extension; the
      // reader's limit (tests/unit/property-readers.test.ts) lies beyond that.
      const url = 'http://boards.greenhouse.io/deeper/jobs/2020202';
      server.route(
        url,
        `<!DOCTYPE html><html><body><div id="header"><h1 class="app-title">Deeper Engineer</h1></div><div id="content"></div>
        <script>
          let el = document.getElementById('content');
          for (let i = 0; i < 2000; i++) { const d = document.createElement('div'); if (i % 100 === 0) d.textContent = 'Requirements: Python and PostgreSQL. '; el.append(d); el = d; }
          window.__pageReadyAt = performance.now();
        </script></body></html>`,
      );
      const page = await open(url);
      await page.locator('span[data-skillgap=overlay][data-key="greenhouse:2020202"]').waitFor({ state: 'attached', timeout: 15_000 });
      expect(await longestTask(page)).toBeLessThan(RESPONSIVE_MS);
      await page.close();
    });

    it('a page that changes every 10 ms: the content script coalesces its reads, the page stays responsive, the badge follows', async () => {
      const page = await open('http://www.linkedin.com/jobs/search/?currentJobId=4101234567&keywords=product%20designer&location=London%20Area%2C%20United%20Kingdom');
      await page.locator('span[data-skillgap=overlay]').waitFor({ state: 'attached' });
      const metrics = await browser.context.newCDPSession(page);
      await metrics.send('Performance.enable');
      const scriptTime = async () => ((await metrics.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.find((m) => m.name === 'ScriptDuration')!.value;
      const before = await scriptTime();
      const started = performance.now();
      // Three seconds of an app that rewrites its detail pane every 10 ms, then settles on one posting.
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            let n = 0;
            const timer = setInterval(() => {
              n++;
              const id = String(4300000000 + n);
              history.replaceState({}, '', `/jobs/search/?currentJobId=${id}&keywords=product%20designer`);
              const a = document.querySelector('.job-details-jobs-unified-top-card__job-title h1 a') as HTMLAnchorElement;
              a.href = `/jobs/view/${id}/`;
              a.textContent = `Product Designer ${n}`;
              const pane = document.querySelector('#job-details .mt4');
              if (pane) pane.textContent = `Requirements: ${n % 2 ? 'Figma' : 'Sketch'} and ${n % 3 ? 'Python' : 'SQL'}. Update ${n}.`;
              if (n === 300) {
                clearInterval(timer);
                resolve();
              }
            }, 10);
          }),
      );
      const wall = (performance.now() - started) / 1000;
      const spent = (await scriptTime()) - before;
      // The final posting gets its badge once the page settles.
      await page.locator('span[data-skillgap=overlay][data-key="linkedin:4300000300"]').waitFor({ state: 'attached', timeout: 10_000 });
      // All scripts together (the page's own 300 updates included) used well under half of the main thread.
      expect(spent / wall).toBeLessThan(0.5);
      expect(await longestTask(page)).toBeLessThan(RESPONSIVE_MS);
      await page.close();
    }, 60_000);
  });
});
