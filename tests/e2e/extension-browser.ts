import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');

/** A Chromium with the built extension loaded, whose job-site host names resolve to the fixture server. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** Opens the popup in a tab, as a person clicking the toolbar icon would see it. */
  openPopup(): Promise<Page>;
  close(): Promise<void>;
}

/** Fails with an install hint when Chromium or the build is missing, rather than skipping the tests. */
export function assertBrowserReady(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it with "apt-get install -y chromium" (Debian/Ubuntu) or set CHROMIUM_PATH.`);
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first (npm run test:e2e does).`);
  }
}

export interface LaunchOptions {
  hosts: string[];
  port: number;
  userDataDir?: string;
  extensionDir?: string;
  headless?: boolean;
  /**
   * The overlay and card badges live in closed shadow roots, which Playwright's locators cannot enter.
   * By default tests load a copy of the build whose content scripts first make `attachShadow` open every
   * root (in the content script's own world only, nothing else changed), so they can look inside. `false`
   * loads the build exactly as shipped: for what a job page can and cannot see (tests/e2e/hostile.e2e.ts).
   */
  openShadowRoots?: boolean;
}

export async function launchExtensionBrowser(opts: LaunchOptions): Promise<ExtensionBrowser> {
  assertBrowserReady();
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'skillgap-profile-'));
  const shipped = opts.extensionDir ?? EXTENSION_DIR;
  const dir = opts.openShadowRoots === false ? shipped : withOpenShadowRoots(shipped);
  const rules = opts.hosts.map((h) => `MAP ${h} 127.0.0.1:${opts.port}`).join(',');
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: opts.headless ?? true,
    executablePath: CHROMIUM_PATH,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      `--host-resolver-rules=${rules}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const extensionId = unpackedExtensionId(dir);
  return {
    context,
    extensionId,
    userDataDir,
    async openPopup() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    },
    close: () => context.close(),
  };
}

/** Writes the profile the way the popup stores it. */
export async function seedProfile(browser: ExtensionBrowser, skills: { id: string; level?: string }[]): Promise<void> {
  const page = await browser.openPopup();
  await page.evaluate(async (list) => {
    const profile = { skills: list.map((s) => ({ id: s.id, level: s.level ?? 'working', updatedAt: Date.now() })) };
    await (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ profile });
  }, skills);
  await page.close();
}

/**
 * Chromium's id for an unpacked extension: the SHA-256 of its absolute path, first 32 hex digits written
 * with the letters a to p. Computing it avoids waiting for the service worker, which a restarted browser
 * may not start until an event needs it.
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** Put before each content script of the test copy: every shadow root it attaches is open. */
const OPEN_ROOTS_SHIM = `(() => { const attach = Element.prototype.attachShadow; Element.prototype.attachShadow = function (init) { return attach.call(this, { ...init, mode: 'open' }); }; })();\n`;

/**
 * A copy of the build at `dir` with OPEN_ROOTS_SHIM before each content script, kept in the temp folder
 * under a hash of the build's files: the same build always gets the same copy (and the same extension id,
 * which a test that restarts the browser on its profile relies on).
 */
export function withOpenShadowRoots(dir: string): string {
  assertBrowserReady();
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(path.slice(dir.length)).update(readFileSync(path));
    }
  };
  walk(dir);
  const copy = join(tmpdir(), `skillgap-open-roots-${hash.digest('hex').slice(0, 16)}`);
  if (existsSync(join(copy, 'manifest.json'))) return copy;
  // Built beside its final place and renamed, so two test files starting at once never see half a copy.
  const staging = mkdtempSync(`${copy}-staging-`);
  cpSync(dir, staging, { recursive: true });
  const scripts = join(staging, 'content-scripts');
  for (const name of readdirSync(scripts).filter((n) => n.endsWith('.js'))) {
    writeFileSync(join(scripts, name), OPEN_ROOTS_SHIM + readFileSync(join(scripts, name), 'utf8'));
  }
  try {
    renameSync(staging, copy);
  } catch {
    // Another run made the same copy first.
    rmSync(staging, { recursive: true, force: true });
  }
  return copy;
}
