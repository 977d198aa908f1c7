import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, EXTENSION_DIR, assertBrowserReady, unpackedExtensionId, withOpenShadowRoots } from './extension-browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';

// The extension makes no network request of its own. Chromium runs behind a recording proxy that answers
// the fixture hosts from 127.0.0.1 and refuses everything else, so nothing can leave the machine; every
// request of every page and of the service worker is recorded with who made it, while the test browses
// job sites, opens the panel, saves postings and goes through the popup and every dashboard section.

/** One request seen by the proxy: a plain HTTP request, or a CONNECT tunnel (HTTPS, WebSocket over TLS). */
interface ProxyRecord {
  method: string;
  host: string;
  url: string;
}

/** Who made a request, as the browser reports it. */
type Maker = 'web page' | 'content script' | 'extension page' | 'service worker';
interface MadeRequest {
  maker: Maker;
  url: string;
  /** The page, extension page or worker it came from. */
  from: string;
}

/** A proxy that records every request; fixture hosts are answered by the fixture server, nothing else goes out. */
async function startRecordingProxy(fixtures: FixtureServer): Promise<{ port: number; records: ProxyRecord[]; close(): Promise<void> }> {
  const records: ProxyRecord[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://unknown');
    records.push({ method: req.method ?? 'GET', host: url.hostname, url: url.href });
    if (!fixtures.hosts.includes(url.hostname)) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('refused by the test proxy');
      return;
    }
    const forward = httpRequest(
      { host: '127.0.0.1', port: fixtures.port, path: url.pathname + url.search, method: req.method, headers: { ...req.headers, host: url.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  server.on('connect', (req, socket) => {
    const [host = ''] = (req.url ?? '').split(':');
    records.push({ method: 'CONNECT', host, url: req.url ?? '' });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    records,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The build with its shadow roots open, so the test can press the overlay's buttons; it is the shipped build
 * but for one line before the content script (see `withOpenShadowRoots`), and the files checked below for
 * eval and remote addresses are the shipped ones.
 */
const BROWSED_BUILD = withOpenShadowRoots(EXTENSION_DIR);

/**
 * Chromium with the extension, behind the proxy (loopback included, so even 127.0.0.1 goes through it), and
 * with the browser's own background services turned off or parked on a closed local port, so that what the
 * proxy sees is the pages' and the extension's doing.
 */
async function launchBehindProxy(proxyPort: number, build: string): Promise<BrowserContext> {
  assertBrowserReady();
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'skillgap-privacy-')), {
    headless: true,
    executablePath: CHROMIUM_PATH,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
      '--proxy-bypass-list=<-loopback>',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
      '--component-updater=url-source=http://127.0.0.1:9/',
      '--gaia-url=http://127.0.0.1:9',
      '--disable-features=AutofillServerCommunication,OptimizationHints,OptimizationHintsFetching,OptimizationGuideModelDownloading,MediaRouter,Translate,HttpsUpgrades,NetworkTimeServiceQuerying',
      '--disable-client-side-phishing-detection',
      '--disable-default-apps',
      '--disable-domain-reliability',
      '--no-pings',
      '--metrics-recording-only',
    ],
  });
}

/** One posting or list page per site family, and pages without a posting, as [address, badged?]. */
const BROWSED: [string, boolean][] = [
  ['http://boards.greenhouse.io/northwindlogistics/jobs/4012345', true],
  ['http://boards.greenhouse.io/northwindlogistics', false],
  ['http://job-boards.greenhouse.io/harborhealth/jobs/5124680', true],
  ['http://www.linkedin.com/jobs/view/4105827364/', true],
  ['http://www.linkedin.com/jobs/search/?currentJobId=4101234567&keywords=product%20designer&location=London%20Area%2C%20United%20Kingdom', true],
  ['http://www.linkedin.com/company/kestrel-mobility/about/', false],
  ['http://www.indeed.com/jobs?q=accountant&l=Chicago%2C+IL&vjk=3b9e6c1d2f4a5870', true],
  ['http://jobs.lever.co/juniperandrye/5f3c9e2a-7b41-4d8e-9a06-c1e2f3a4b5d6', true],
  ['http://jobs.lever.co/no-such-board', false],
];

/** A browser with a build loaded behind the recording proxy, and every request it saw with who made it. */
interface RecordingSession {
  context: BrowserContext;
  proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
  extensionId: string;
  made: MadeRequest[];
  /** When the extension was installed (the browser started): alarms count their first run from here. */
  startedAt: number;
  openTab(url: string): Promise<Page>;
  close(): Promise<void>;
}

async function startRecordingSession(fixtures: FixtureServer, build: string): Promise<RecordingSession> {
  const proxy = await startRecordingProxy(fixtures);
  const startedAt = Date.now();
  const context = await launchBehindProxy(proxy.port, build);
  const extensionId = unpackedExtensionId(build);
  const made: MadeRequest[] = [];
  context.on('request', (r) => {
    const worker = r.serviceWorker();
    if (worker) return void made.push({ maker: 'service worker', url: r.url(), from: worker.url() });
    let frameUrl = '';
    try {
      frameUrl = r.frame().url();
    } catch {
      // A navigation request before its frame exists: the page's own.
    }
    const maker: Maker = frameUrl.startsWith('chrome-extension://') || r.url().startsWith(`chrome-extension://${extensionId}/`) ? 'extension page' : 'web page';
    made.push({ maker, url: r.url(), from: frameUrl });
  });

  /** Opens a tab that reports its requests, with who initiated each, from its very first one. */
  async function openTab(url: string): Promise<Page> {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (e: { request: { url: string }; initiator: { url?: string; stack?: { callFrames: { url: string }[]; parent?: unknown } } }) => {
      // A request whose initiating script is one of the extension's files was made by a content script.
      const frames: string[] = [];
      for (let s: typeof e.initiator.stack | undefined = e.initiator.stack; s; s = s.parent as typeof s) frames.push(...s.callFrames.map((f) => f.url));
      if (e.initiator.url) frames.push(e.initiator.url);
      if (frames.some((f) => f.startsWith('chrome-extension://')) && !page.url().startsWith('chrome-extension://')) {
        made.push({ maker: 'content script', url: e.request.url, from: page.url() });
      }
    });
    await cdp.send('Network.enable');
    await page.goto(url);
    return page;
  }

  return {
    context,
    proxy,
    extensionId,
    made,
    startedAt,
    openTab,
    async close() {
      await context.close();
      await proxy.close();
    },
  };
}

/**
 * Waits until every alarm the extension set to run soon after install (the daily prune's first run is a
 * minute after) has run once, so that what an alarm's work might send falls inside the recording.
 * An alarm has run when its next time has moved (a periodic one) or it is gone (a one-off).
 */
async function waitForFirstAlarms(session: RecordingSession, only?: string): Promise<string[]> {
  const page = await session.openTab(`chrome-extension://${session.extensionId}/popup.html`);
  const alarms = () =>
    page.evaluate(() => (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> } } }).chrome.alarms.getAll());
  const first = new Map((await alarms()).filter((a) => a.scheduledTime < session.startedAt + 5 * 60_000 && (!only || a.name === only)).map((a) => [a.name, a.scheduledTime]));
  const pending = async () => (await alarms()).filter((a) => first.get(a.name) === a.scheduledTime).map((a) => a.name);
  for (const deadline = Date.now() + 150_000; (await pending()).length > 0; await new Promise((r) => setTimeout(r, 1_000))) {
    if (Date.now() > deadline) throw new Error(`alarms never ran: ${(await pending()).join(', ')}`);
  }
  // The work an alarm starts (a database pass, a request) gets a moment to happen.
  await new Promise((r) => setTimeout(r, 1_000));
  const soon = [...first.keys()];
  await page.close();
  return soon;
}

describe('privacy: the extension makes no network request', () => {
  let fixtures: FixtureServer;
  let session: RecordingSession;
  let context: BrowserContext;
  let proxy: RecordingSession['proxy'];
  let extensionId: string;
  let made: MadeRequest[];
  let firstAlarms: string[] = [];
  const openTab = (url: string) => session.openTab(url);

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    session = await startRecordingSession(fixtures, BROWSED_BUILD);
    ({ context, proxy, extensionId, made } = session);

    // A profile, set as the popup stores it, so badges and panels have something to compare.
    const popup = await openTab(`chrome-extension://${extensionId}/popup.html`);
    await popup.evaluate(async () => {
      const profile = { skills: ['python', 'sql', 'figma', 'docker'].map((id) => ({ id, level: 'working', updatedAt: Date.now() })) };
      await (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ profile });
    });
    await popup.close();

    // Browse: each page gets its badge or card badges (or nothing, where there is no posting).
    for (const [url, badged] of BROWSED) {
      const page = await openTab(url);
      if (!badged) await page.waitForTimeout(1_000);
      else {
        await page
          .locator('span[data-skillgap=overlay], span[data-skillgap=card]')
          .first()
          .waitFor({ state: 'attached', timeout: 10_000 })
          .catch((err: Error) => Promise.reject(new Error(`no SkillGap badge on ${url}: ${err.message}`)));
      }
      await page.waitForTimeout(300);
      await page.close();
    }

    // Open the panel, act on a skill, save the posting, follow a single-page app to another posting.
    const posting = await openTab(BROWSED[0]![0]);
    await posting.getByTestId('skillgap-badge').click();
    await posting.getByTestId('skillgap-panel').waitFor();
    await posting.getByTestId('skillgap-save').click();
    await posting.locator('[data-testid="skillgap-save"][aria-pressed="true"]').waitFor();
    await posting.getByTestId('skillgap-highlight').click();
    await posting.getByTestId('skillgap-evidence').first().click();
    await posting.close();
    const app = await openTab(BROWSED[4]![0]);
    await app.locator('span[data-skillgap=overlay]').waitFor({ state: 'attached' });
    await app.evaluate(() => {
      history.pushState({}, '', '/jobs/search/?currentJobId=4200000001&keywords=product%20designer');
      const h1 = document.querySelector('.job-details-jobs-unified-top-card__job-title h1');
      const a = h1?.querySelector('a');
      if (a) {
        a.href = '/jobs/view/4200000001/';
        a.textContent = 'Product Designer II';
      }
    });
    await app.locator('span[data-skillgap=overlay][data-key="linkedin:4200000001"]').waitFor({ state: 'attached' });
    await app.close();

    // The popup and every dashboard section, as a person would look through them.
    const pop = await openTab(`chrome-extension://${extensionId}/popup.html`);
    for (const tab of await pop.getByRole('tab').all()) {
      await tab.click();
      await pop.waitForTimeout(200);
    }
    await pop.close();
    const dashboard = await openTab(`chrome-extension://${extensionId}/options.html`);
    for (const href of await dashboard.locator('nav a[href^="#"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')!))) {
      await dashboard.goto(`chrome-extension://${extensionId}/options.html${href}`);
      await dashboard.locator('#section-heading').waitFor();
      await dashboard.waitForTimeout(250);
    }
    await dashboard.close();
    // A while with nothing happening, through the first run of the extension's alarms: no timer of the
    // extension phones home either.
    firstAlarms = await waitForFirstAlarms(session);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }, 300_000);

  afterAll(async () => {
    await session?.close();
    await fixtures?.close();
  });

  it('saw the extension at work, so the recording covers it', () => {
    // The browsing above went through the extension's pages and worker; an empty record would prove nothing.
    expect(made.some((r) => r.maker === 'extension page' && r.url.endsWith('/popup.html'))).toBe(true);
    expect(made.some((r) => r.maker === 'extension page' && r.url.includes('/options.html'))).toBe(true);
    expect(context.serviceWorkers().some((w) => w.url() === `chrome-extension://${extensionId}/background.js`)).toBe(true);
    expect(proxy.records.some((r) => r.host === 'boards.greenhouse.io')).toBe(true);
    // The recording lasted past the first run of the daily prune alarm.
    expect(firstAlarms).toContain('prune-viewed-postings');
  });

  it("put nothing in the browser's sync storage: profile sync is off unless the person turns it on", async () => {
    const page = await openTab(`chrome-extension://${extensionId}/popup.html`);
    const synced = await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<object> } } } }).chrome.storage.sync.get(null));
    expect(synced).toEqual({});
    await page.close();
  });

  it('the service worker requested nothing', () => {
    expect(made.filter((r) => r.maker === 'service worker' && !r.url.startsWith(`chrome-extension://${extensionId}/`))).toEqual([]);
  });

  it("the extension's pages loaded only their own files", () => {
    const outside = made.filter((r) => r.maker === 'extension page' && !/^(chrome-extension:\/\/[a-p]{32}\/|data:|blob:)/.test(r.url));
    expect(outside).toEqual([]);
  });

  it('content scripts requested nothing, not even from the page they run on', () => {
    expect(made.filter((r) => r.maker === 'content script')).toEqual([]);
  });

  it('everything that reached the proxy was a web page loading itself; nothing left 127.0.0.1', () => {
    const pageUrls = made.filter((r) => r.maker === 'web page').map((r) => r.url);
    const unexplained = proxy.records.filter((r) => {
      // The browser's own services were parked on 127.0.0.1:9 above; they never leave the machine either.
      if (r.host === '127.0.0.1') return false;
      if (r.method === 'CONNECT') return !pageUrls.some((u) => new URL(u).hostname === r.host);
      // The browser fetches a page's icon on the page's behalf; it is the site's file, not the extension's.
      if (new URL(r.url).pathname === '/favicon.ico') return false;
      return !pageUrls.includes(r.url);
    });
    expect(unexplained).toEqual([]);
    // Only fixture hosts were answered, and the fixture server listens on 127.0.0.1 alone.
    for (const r of proxy.records) if (r.method !== 'CONNECT' && r.host !== '127.0.0.1') expect(fixtures.hosts).toContain(r.host);
  });

  it('extension pages cannot run code from strings: the CSP refuses eval, new Function and inline scripts', async () => {
    const page = await openTab(`chrome-extension://${extensionId}/popup.html`);
    // DevTools evaluation is exempt from the CSP, so the attempts run later, from the page's own task queue.
    const outcome = await page.evaluate(`new Promise((resolve) => setTimeout(() => {
      const tryIt = (f) => { try { f(); return 'ran'; } catch (e) { return e.name; } };
      const inline = document.createElement('script');
      inline.textContent = 'window.inlineRan = true';
      document.head.append(inline);
      resolve({ eval: tryIt(() => (0, eval)('1 + 1')), fn: tryIt(() => new Function('return 1')()), inline: window.inlineRan === true ? 'ran' : 'blocked' });
    }, 0))`);
    expect(outcome).toEqual({ eval: 'EvalError', fn: 'EvalError', inline: 'blocked' });
    await page.close();
  });
});

/** Where the leaky test build sends its deliberate requests: a host no fixture answers. */
const LEAK_HOST = 'leak.skillgap.invalid';

/**
 * A copy of the shipped build that does what SkillGap must never do: its service worker and its content
 * script each make one request, the worker's from an alarm's first run (as scheduled work would), so that
 * the control below shows the recording catches both kinds of maker.
 */
function withDeliberateRequests(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'skillgap-leaky-'));
  cpSync(dir, copy, { recursive: true });
  const worker = join(copy, 'background.js');
  writeFileSync(
    worker,
    `${readFileSync(worker, 'utf8')}
;chrome.alarms.onAlarm.addListener((a) => { if (a.name === 'leak-test') fetch('http://${LEAK_HOST}/from-worker-alarm').catch(() => {}); });
chrome.alarms.create('leak-test', { delayInMinutes: 0.5 });
`,
  );
  const scripts = join(copy, 'content-scripts');
  for (const name of readdirSync(scripts).filter((n) => n.endsWith('.js'))) {
    writeFileSync(join(scripts, name), `${readFileSync(join(scripts, name), 'utf8')}
;fetch('http://${LEAK_HOST}/from-content-script').catch(() => {});
`);
  }
  return copy;
}

// The positive control: the same recording, against a build that does make requests, catches each one,
// with the right maker, both in the browser's report and at the proxy. Without it, "nothing recorded"
// could mean "nothing recordable".
describe('privacy: the recording catches a request when the extension does make one', () => {
  let fixtures: FixtureServer;
  let session: RecordingSession;
  let firstAlarms: string[] = [];

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    session = await startRecordingSession(fixtures, withOpenShadowRoots(withDeliberateRequests(EXTENSION_DIR)));
    const page = await session.openTab(BROWSED[0]![0]);
    await page.locator('span[data-skillgap=overlay]').waitFor({ state: 'attached', timeout: 10_000 });
    firstAlarms = await waitForFirstAlarms(session, 'leak-test');
    await page.close();
  }, 200_000);

  afterAll(async () => {
    await session?.close();
    await fixtures?.close();
  });

  it("catches the service worker's request, made from an alarm's first run", () => {
    expect(firstAlarms).toContain('leak-test');
    expect(session.made.filter((r) => r.maker === 'service worker' && r.url.includes(LEAK_HOST)).map((r) => new URL(r.url).pathname)).toEqual(['/from-worker-alarm']);
    expect(session.proxy.records.some((r) => r.host === LEAK_HOST && r.url.endsWith('/from-worker-alarm'))).toBe(true);
  });

  it("catches the content script's request, told apart from the page's own", () => {
    const fromContent = session.made.filter((r) => r.maker === 'content script' && r.url.includes(LEAK_HOST));
    expect(fromContent.map((r) => new URL(r.url).pathname)).toContain('/from-content-script');
    expect(session.proxy.records.some((r) => r.host === LEAK_HOST && r.url.endsWith('/from-content-script'))).toBe(true);
  });
});

/** Every JavaScript file of the build, as [path relative to the build, source]. */
function builtScripts(): [string, string][] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(EXTENSION_DIR)
    .filter((p) => /\.(m?js|html|css)$/.test(p))
    .map((p) => [relative(EXTENSION_DIR, p), readFileSync(p, 'utf8')]);
}

describe('the built extension (no remote code, no eval, a strict CSP)', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const files = builtScripts();

  it('declares a strict content security policy for its pages', () => {
    const csp: string = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/object-src 'self'/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
  });

  it('loads no remote script or style: every <script>, <link> and import is one of its own files', () => {
    for (const [path, source] of files) {
      if (path.endsWith('.html')) {
        for (const [, src] of source.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)) expect(src, path).toMatch(/^\/|^\.\.?\//);
      }
      expect(source.match(/\bimport\s*\(\s*["'`]https?:/g) ?? [], path).toEqual([]);
      expect(source.match(/\bimportScripts\s*\(/g) ?? [], path).toEqual([]);
      expect(source.match(/@import\s+(?:url\()?["']?https?:|url\(\s*["']?https?:/g) ?? [], path).toEqual([]);
    }
  });

  it('has no eval, and no Function constructor that could run a string', () => {
    for (const [path, source] of files) {
      expect(source.match(/\beval\s*\(/g) ?? [], path).toEqual([]);
      // Zod ships a feature probe, `Function("")`, that builds an empty function to see whether the CSP allows
      // it (it does not, and lib/zod-config.ts switches the probe off). Any other use would be code from data.
      const uses = [...source.matchAll(/\bFunction\s*\(([^)]*)\)/g)].map((m) => m[1]!.trim()).filter((arg) => !/^(""|''|``)$/.test(arg));
      expect(uses, path).toEqual([]);
      expect(source.match(/\bsetTimeout\s*\(\s*["'`]|\bsetInterval\s*\(\s*["'`]/g) ?? [], path).toEqual([]);
    }
  });

  it('sends nothing anywhere: no fetch, beacon, socket or request to an http(s) address in its code', () => {
    const calls = /\b(fetch|sendBeacon|WebSocket|EventSource|XMLHttpRequest)\b\s*\(([^)]{0,200})/g;
    for (const [path, source] of files) {
      for (const [, api, args] of source.matchAll(calls)) {
        // The only fetch in the build is WXT's loader of the extension's own stylesheet (runtime.getURL).
        expect(`${api}(${args}`, path).not.toMatch(/https?:|wss?:/);
      }
      expect(source.match(/\.open\(\s*["'`](?:GET|POST|PUT)["'`]\s*,\s*["'`]https?:/gi) ?? [], path).toEqual([]);
    }
  });

  it('asks for the fewest permissions: no host permission granted up front, no tabs, no webRequest, no cookies', () => {
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'activeTab', 'alarms']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    // Content scripts run on the supported job sites only.
    for (const script of manifest.content_scripts) for (const match of script.matches) expect(match).toMatch(/^\*:\/\/(\*\.)?[a-z0-9.-]+\.[a-z]+\/\*$/);
  });
});
