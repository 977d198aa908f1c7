import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchExtensionBrowser, seedProfile, withOpenShadowRoots, type ExtensionBrowser } from './extension-browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { sendFromExtensionPage } from './page-helpers';

// A company's own careers site, which no adapter knows: SkillGap does not run there until the person enables
// it from the popup. The browser's permission prompt is browser UI that a headless test cannot answer (and
// the popup learns the tab's address from activeTab, granted only by a real click on the toolbar button), so
// the enabling test loads a copy of the build whose manifest already holds that one origin (what the
// person's "Allow" gives), then goes through what follows in the extension for real: registering the
// content script, running it in the open tab, the generic reader, the badge; and disabling it again.

const CAREERS_HOST = 'careers.fernhill.test';
const POSTING_URL = `http://${CAREERS_HOST}/jobs/payroll-specialist`;
const ORIGIN = `http://${CAREERS_HOST}`;
const POSTING_HTML = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'generic', 'company-careers-posting.html'), 'utf8');
// A board SkillGap always runs on: its content script is the one that tries to enable the careers site.
const BOARD_URL = 'http://boards.greenhouse.io/northwindlogistics/jobs/4012345';
const BOARD_HTML = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'greenhouse', 'classic-backend-engineer.html'), 'utf8');

/** The test build plus the careers origin as granted, as after the person allowed it. */
function buildWithOriginGranted(): string {
  const dir = mkdtempSync(join(tmpdir(), 'skillgap-granted-'));
  cpSync(withOpenShadowRoots(EXTENSION_DIR), dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), `${ORIGIN}/*`];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

/** Sends a message to the background from an extension page, as the popup does. */
const send = sendFromExtensionPage;

/**
 * Sends a message from SkillGap's content script in `page`: evaluated in the content script's own world
 * (found through the DevTools protocol), so the background sees a real content-script sender.
 */
async function sendFromContentScript(page: Page, message: unknown): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; type?: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; name: string; auxData?: { type?: string } } }) =>
    contexts.push({ id: e.context.id, name: e.context.name, type: e.context.auxData?.type }));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.type === 'isolated' && c.name === 'SkillGap');
  if (!world) throw new Error(`SkillGap's content-script world not found among ${contexts.map((c) => c.name).join(', ')}`);
  const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
    expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value?: unknown }; exceptionDetails?: { text: string } };
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value;
}

/**
 * Asserts that SkillGap shows nothing in `page`, after a positive signal rather than a fixed wait: a board it
 * does run on, opened in a new tab after `page` loaded, gets its badge (content script, background, engine
 * and all). A script registered or injected for `page` would have shown its badge by then, so none there
 * means SkillGap does not run on it, not that it is slow.
 */
async function expectNoBadge(browser: ExtensionBrowser, page: Page): Promise<void> {
  await page.waitForLoadState('load');
  const board = await browser.context.newPage();
  await board.goto(BOARD_URL);
  await board.locator('span[data-skillgap=overlay]').waitFor({ state: 'attached' });
  await board.close();
  expect(await page.locator('span[data-skillgap=overlay]').count()).toBe(0);
}

/** The ids of the content scripts registered at run time, as an extension page sees them. */
const registered = (page: Page) =>
  page.evaluate(async () => (await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } } }).chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));

/** The id of the tab showing `url`, as the popup knows it. */
const tabIdOf = (page: Page, url: string) =>
  page.evaluate(async (u) => (await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome.tabs.query({})).find((t) => t.url === u)?.id, url);

/**
 * The popup as it opens over `url`'s tab: it asks for the active tab of its own window, so it is opened in
 * that tab's window, in the background, with that tab made the active one.
 */
async function popupBeside(browser: ExtensionBrowser, url: string): Promise<Page> {
  const ext = await browser.openPopup();
  const opened = browser.context.waitForEvent('page', (p) => p.url().endsWith('/popup.html?over-tab'));
  await ext.evaluate(async (u) => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string; windowId: number }[]>; update(id: number, p: object): Promise<unknown>; create(p: object): Promise<unknown> }; runtime: { getURL(p: string): string } } }).chrome;
    const tab = (await chrome.tabs.query({})).find((t) => t.url === u)!;
    await chrome.tabs.update(tab.id, { active: true });
    await chrome.tabs.create({ url: chrome.runtime.getURL('popup.html?over-tab'), windowId: tab.windowId, active: false });
  }, url);
  const popup = await opened;
  await ext.close();
  return popup;
}

describe('enabling SkillGap on a site it does not know', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser | undefined;

  beforeAll(async () => {
    server = await startFixtureServer([]);
    server.route(POSTING_URL, POSTING_HTML);
    server.route(BOARD_URL, BOARD_HTML);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('does not run on the site, and will not be registered there, before the person allows it', async () => {
    browser = await launchExtensionBrowser({ hosts: [CAREERS_HOST, 'boards.greenhouse.io'], port: server.port });
    const page = await browser.context.newPage();
    await page.goto(POSTING_URL);
    await expectNoBadge(browser, page);
    // Without the person's permission the background refuses to register anything…
    const ext = await browser.openPopup();
    expect(await send(ext, { type: 'site:enable', origin: ORIGIN })).toEqual({ ok: false, error: `SkillGap has not been allowed on ${ORIGIN}` });
    // …and it cannot even see the tab's address (no "tabs" permission; the popup gets it from activeTab).
    expect(await tabIdOf(ext, POSTING_URL)).toBeUndefined();
    await page.reload();
    await expectNoBadge(browser, page);
    await browser.close();
    browser = undefined;
  });

  it('refuses site:enable from a job page (its content script, or a script of the page), and takes it from the popup', async () => {
    browser = await launchExtensionBrowser({ hosts: [CAREERS_HOST, 'boards.greenhouse.io'], port: server.port, extensionDir: buildWithOriginGranted(), openShadowRoots: false });
    const careers = await browser.context.newPage();
    await careers.goto(POSTING_URL);
    const board = await browser.context.newPage();
    await board.goto(BOARD_URL);
    await board.locator('span[data-skillgap=overlay]').waitFor({ state: 'attached' });
    const popup = await browser.openPopup();
    const careersTab = await tabIdOf(popup, POSTING_URL);

    // The board's content script asks to run SkillGap on the careers site (already allowed, so only the
    // sender stands in the way): refused, nothing registered, nothing run in the careers tab.
    const forged = { type: 'site:enable', origin: ORIGIN, tabId: careersTab };
    expect(await sendFromContentScript(board, forged)).toEqual({ ok: false, error: 'refused message site:enable from a web page: only SkillGap’s own pages may send it' });
    expect(await sendFromContentScript(board, { type: 'site:disable', origin: ORIGIN })).toMatchObject({ ok: false });
    // Its own messages still work from there.
    expect(await sendFromContentScript(board, { type: 'watchlist:has', key: 'greenhouse:4012345' })).toEqual({ ok: true, value: { saved: false } });
    // The page's own scripts cannot even try: the runtime API does not exist in the page's world.
    expect(await board.evaluate(() => typeof (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
    expect(await registered(popup)).toEqual([]);
    await expectNoBadge(browser, careers);

    // The same request from the popup is carried out.
    expect(await send(popup, forged)).toEqual({ ok: true, value: { enabled: true } });
    expect(await registered(popup)).toHaveLength(1);
    await careers.locator('span[data-skillgap=overlay]').waitFor({ state: 'attached' });
    expect(await send(popup, { type: 'site:disable', origin: ORIGIN })).toEqual({ ok: true, value: { enabled: false } });
    expect(await registered(popup)).toEqual([]);
    await browser.close();
    browser = undefined;
  });

  it('once allowed: reads the open page at once and on every later visit, the popup says so; disabling stops it', async () => {
    browser = await launchExtensionBrowser({ hosts: [CAREERS_HOST, 'boards.greenhouse.io'], port: server.port, extensionDir: buildWithOriginGranted(), openShadowRoots: false });
    await seedProfile(browser, [{ id: 'microsoft-excel' }]);
    const page = await browser.context.newPage();
    await page.goto(POSTING_URL);
    const popup = await browser.openPopup();
    await expectNoBadge(browser, page);

    // What the popup sends once the browser says the permission was given.
    expect(await send(popup, { type: 'site:enable', origin: ORIGIN, tabId: await tabIdOf(popup, POSTING_URL) })).toEqual({ ok: true, value: { enabled: true } });
    // The open tab gets the badge without a reload, read by the generic reader.
    await page.locator('span[data-skillgap=overlay]').waitFor({ state: 'attached' });
    expect(await page.getByTestId('skillgap-badge').textContent()).toMatch(/SkillGap match/);
    // The content script stays registered: a later visit is read too.
    await page.reload();
    await page.locator('span[data-skillgap=overlay]').waitFor({ state: 'attached' });
    expect(await page.locator('span[data-skillgap=overlay]').count()).toBe(1);
    // The popup on that tab says SkillGap is enabled here.
    const beside = await popupBeside(browser, POSTING_URL);
    await beside.getByText(`Enabled on ${CAREERS_HOST}.`).waitFor();

    // Disabling unregisters the script (the manifest-held permission of this test build stays).
    expect(await send(popup, { type: 'site:disable', origin: ORIGIN })).toEqual({ ok: true, value: { enabled: false } });
    await page.reload();
    await expectNoBadge(browser, page);
  });
});
