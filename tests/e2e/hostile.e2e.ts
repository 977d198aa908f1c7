import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigPostingHtml } from '../fixtures/hostile/big-posting';
import { launchExtensionBrowser, seedProfile, type ExtensionBrowser } from './extension-browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';

// A job page that attacks the extension, and a posting of 2 MB. The page's own scripts cannot reach the
// extension's messages, storage or files; text that looks like markup stays text everywhere it is shown;
// a message of the wrong shape is refused with its reason logged; a huge posting is cut, not choked on.

const HOSTILE_URL = 'http://boards.greenhouse.io/mallory/jobs/6666666';
const BIG_URL = 'http://boards.greenhouse.io/bigcorp/jobs/7777777';
const HOSTILE_HTML = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'hostile', 'hostile-posting.html'), 'utf8');

/** Sends a message to the background from an extension page and returns its raw answer. */
async function send(page: Page, message: unknown): Promise<{ ok: boolean; error?: string; value?: unknown }> {
  return page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage(m), message);
}

/** One record of the extension's database, read with plain IndexedDB from one of its pages. */
async function readRecord(page: Page, store: string, key: string): Promise<unknown> {
  return page.evaluate(
    ([s, k]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('skillgap');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction(s, 'readonly').objectStore(s).get(k);
          get.onsuccess = () => {
            resolve(get.result);
            open.result.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    [store, key] as const,
  );
}

describe('a hostile page and bad input', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let ext: Page;
  const workerLogs: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    server.route(HOSTILE_URL, HOSTILE_HTML);
    server.route(BIG_URL, bigPostingHtml(2_000_000));
    browser = await launchExtensionBrowser({ hosts: server.hosts, port: server.port });
    browser.context.on('console', (m: ConsoleMessage) => {
      if (m.worker()) workerLogs.push(m.text());
    });
    await seedProfile(browser, ['python', 'docker'].map((id) => ({ id })));
    ext = await browser.openPopup();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openHostile(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(`${HOSTILE_URL}?ext=${browser.extensionId}`);
    await page.locator('skillgap-overlay[data-key="greenhouse:6666666"]').waitFor({ state: 'attached' });
    await page.waitForFunction(() => (window as unknown as { __hostile?: { done?: boolean } }).__hostile?.done === true);
    return page;
  }
  const attempts = (page: Page) => page.evaluate(() => (window as unknown as { __hostile: { attempts: Record<string, unknown> } }).__hostile.attempts);

  it("works on a page that poisons its own prototypes: the content script's world is its own", async () => {
    const page = await openHostile();
    await page.getByTestId('skillgap-badge').click();
    await page.getByTestId('skillgap-panel').waitFor();
    expect(await page.locator('[data-testid="skillgap-matched"] [data-skill="python"]').count()).toBe(1);
    await page.close();
  });

  it("cannot reach the extension's messages: no runtime API, and spoofed window messages change nothing", async () => {
    const page = await openHostile();
    const tried = await attempts(page);
    expect(tried.chromeRuntime).toBe('undefined');
    expect(tried.sendMessage).toMatch(/^threw TypeError/);
    expect(tried.postMessage).toBe('sent');
    await page.waitForTimeout(500);
    expect((await send(ext, { type: 'watchlist:has', key: 'greenhouse:spoofed' })).value).toEqual({ saved: false });
    expect((await send(ext, { type: 'seen:lookup', keys: ['greenhouse:spoofed', 'greenhouse:spoofed-seen'] })).value).toEqual({ skills: {} });
    await page.close();
  });

  it("cannot reach the extension's storage or files", async () => {
    const page = await openHostile();
    const tried = await attempts(page);
    expect(tried.chromeStorage).toBe('undefined');
    // The page's "skillgap" database is its own origin's, and empty; the extension's is out of reach.
    expect(tried.indexedDbStores).toEqual([]);
    // No web-accessible resources: the extension's files cannot even be probed to fingerprint it.
    expect(tried.extensionFile).toMatch(/^refused/);
    await page.close();
  });

  it('keeps text that looks like markup as text: in the badge, the panel, the watchlist and the dashboard', async () => {
    const page = await openHostile();
    await page.getByTestId('skillgap-badge').click();
    await page.getByTestId('skillgap-panel').waitFor();
    const panel = page.getByTestId('skillgap-panel');
    expect(await panel.textContent()).toContain('<script>window.__pwned=\'evidence\'</script>');
    // Not one element came out of the page's text: no image, script, frame or link in the overlay.
    expect(await page.locator('skillgap-overlay').evaluate((host) => host.shadowRoot!.querySelectorAll('img, script, iframe, svg, a[href^="javascript:"]').length)).toBe(0);
    await page.getByTestId('skillgap-save').click();
    await page.locator('[data-testid="skillgap-save"][aria-pressed="true"]').waitFor();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    await page.close();

    const saved = (await readRecord(ext, 'watchlist', 'greenhouse:6666666')) as { title: string; company: string };
    expect(saved.title).toBe('<img src=x onerror="window.__pwned=\'title\'">Platform Engineer');
    for (const path of ['popup.html', 'options.html#watchlist']) {
      const view = await browser.context.newPage();
      await view.goto(`chrome-extension://${browser.extensionId}/${path}`);
      if (path === 'popup.html') await view.getByRole('tab', { name: /watchlist/i }).click();
      await view.getByText('Platform Engineer', { exact: false }).first().waitFor();
      expect(await view.locator('body').textContent()).toContain('<img src=x onerror="window.__pwned=\'title\'">Platform Engineer');
      expect(await view.locator('img[src="x"], script:not([src]), iframe').count()).toBe(0);
      expect(await view.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
      await view.close();
    }
  });

  // Known privacy gap for the lead: the overlay and card badges use open shadow roots (WXT's default and
  // `attachShadow({ mode: 'open' })` in card-badges.ts), so the job site's scripts can read the person's
  // score, matched and missing skills. Closed roots stop that (the isolated world keeps its own reference);
  // the e2e tests that query inside the overlay would then need another way in. The CSS highlights, when
  // turned on, are readable by the page too (CSS.highlights is shared). Fails until the roots are closed.
  it.fails("cannot read the person's skills from the overlay", async () => {
    const page = await openHostile();
    await page.getByTestId('skillgap-badge').click().catch(() => undefined);
    // page.evaluate runs in the page's own world, with exactly the reach of the page's scripts.
    const readable = await page.evaluate(() => {
      const root = document.querySelector('skillgap-overlay')?.shadowRoot;
      return { skills: [...(root?.querySelectorAll('[data-skill]') ?? [])].map((el) => el.getAttribute('data-skill')), badge: root?.querySelector('[data-testid="skillgap-badge"]')?.textContent ?? '' };
    });
    await page.close();
    expect(readable).toEqual({ skills: [], badge: '' });
  });

  it('refuses a message of the wrong shape, answers with the reason, and logs it in the background', async () => {
    const answer = await send(ext, { type: 'watchlist:save', posting: { key: 'x', url: 'not a url', title: 1 } });
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/^refused message at posting\.\w+: /);
    await expect.poll(() => workerLogs.some((l) => l.includes(answer.error!))).toBe(true);
    const unknown = await send(ext, { type: 'storage:dump' });
    expect(unknown).toMatchObject({ ok: false, error: expect.stringMatching(/^refused message at type: /) });
    // Nothing was stored by either.
    expect((await send(ext, { type: 'watchlist:has', key: 'x' })).value).toEqual({ saved: false });
  });

  it('reads a 2 MB posting only up to its cap and saves 100k characters of it, as text', async () => {
    // How the page stays responsive on huge pages is measured in resilience.e2e.ts.
    const page = await browser.context.newPage();
    await page.goto(BIG_URL);
    await page.locator('skillgap-overlay[data-key="greenhouse:7777777"]').waitFor({ state: 'attached', timeout: 30_000 });
    await page.getByTestId('skillgap-badge').click();
    await page.getByTestId('skillgap-save').click();
    await page.locator('[data-testid="skillgap-save"][aria-pressed="true"]').waitFor({ timeout: 30_000 });
    const text = (await readRecord(ext, 'postingText', 'greenhouse:7777777')) as { text: string };
    expect(text.text.length).toBe(100_000);
    expect(text.text).toContain('<img src=x onerror="window.__pwned=0">');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });
});
