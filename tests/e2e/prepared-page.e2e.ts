import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, seedProfile, type ExtensionBrowser } from './extension-browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';

// A job page that sets every trap before SkillGap runs (tests/fixtures/hostile/prepared-page.html), against
// the build exactly as shipped: it learns nothing of the person's skills or score, not through the
// elements, not through the box the badge takes. The person still sees and uses the overlay.

const PREPARED_URL = 'http://boards.greenhouse.io/prepared/jobs/6767676';
const PREPARED_HTML = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'hostile', 'prepared-page.html'), 'utf8');
const LIST_URL = 'http://www.linkedin.com/jobs/search/?currentJobId=4101234567&keywords=product%20designer';
/** Words only SkillGap's own drawing contains: if any reaches the page, the page read the overlay. */
const OVERLAY_WORDS = /SkillGap match|% match|skills to learn|You have|I have this|Required \d+\/\d+|Strong fit|Good fit|Stretch/;

/** The names in Chromium's accessibility tree: what a screen reader announces, and what the person sees. */
async function accessibleNames(cdp: CDPSession): Promise<string[]> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { name?: { value?: string } }[] };
  return nodes.map((n) => n.name?.value ?? '').filter(Boolean);
}

async function badgeName(cdp: CDPSession): Promise<string | undefined> {
  return (await accessibleNames(cdp)).find((n) => n.startsWith('SkillGap match: '));
}

/**
 * Which points around the overlay's host the page's own `elementFromPoint` says are SkillGap's: the shape
 * of the badge (and panel) as a page can map it, run in the page's world.
 */
function hitMap(page: Page, height: number): Promise<string> {
  return page.evaluate((h) => {
    const host = document.querySelector('[data-skillgap=overlay]')!;
    const at = host.getBoundingClientRect();
    const rows: string[] = [];
    for (let y = Math.max(0, at.top - 40); y < at.top + h; y += 3) {
      let row = '';
      for (let x = Math.max(0, at.left - 20); x < at.left + 520; x += 3) row += document.elementFromPoint(x, y) === host ? '#' : '.';
      rows.push(row);
    }
    const sizes = [host.scrollWidth, host.scrollHeight, host.clientWidth, host.clientHeight, (host as HTMLElement).offsetWidth, (host as HTMLElement).offsetHeight];
    const title = document.querySelector('h1')!;
    return `${sizes.join(',')}|${title.scrollWidth}x${title.scrollHeight}|${rows.join('\n')}`;
  }, height);
}

describe('a page that prepares for SkillGap before it runs', () => {
  let server: FixtureServer;
  let shipped: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.route(PREPARED_URL, PREPARED_HTML);
    shipped = await launchExtensionBrowser({ hosts: server.hosts, port: server.port, openShadowRoots: false });
    await seedProfile(shipped, ['python', 'docker'].map((id) => ({ id })));
  });
  afterAll(async () => {
    await shipped?.close();
    await server?.close();
  });

  it('learns nothing of the skills or the score through pre-defined elements, patched prototypes or mutations', async () => {
    const page = await shipped.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(PREPARED_URL);
    const cdp = await shipped.context.newCDPSession(page);
    // The person's view: the badge names the score, and opening it lists the skills they have.
    await expect.poll(() => badgeName(cdp), { timeout: 15_000 }).toMatch(/^SkillGap match: /);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: unknown };
    expect(JSON.stringify(root)).toContain('skillgap-badge');
    const caught = await page.evaluate(() => {
      const p = (window as unknown as { __prepared: { texts: string[]; roots: ShadowRoot[]; internals: { shadowRoot: ShadowRoot | null }[]; defined: string[]; mutations: number; control: string } }).__prepared;
      const host = document.querySelector('[data-skillgap=overlay]');
      return {
        control: p.control,
        texts: p.texts.slice(),
        rootTexts: p.roots.map((r) => r.textContent ?? ''),
        internalRoots: p.internals.map((i) => i.shadowRoot?.textContent ?? '').filter((t) => !t.startsWith('control:')),
        defined: p.defined.slice(),
        mutations: p.mutations,
        host: host ? { tag: host.localName, ctor: host.constructor.name, open: host.shadowRoot !== null, text: host.textContent } : null,
      };
    });
    // The traps work: the page's own element, made the way SkillGap's used to be, gave up its closed root…
    expect(caught.control).toBe('control: 3 of 5 skills you have');
    // …and the page saw SkillGap add its host…
    expect(caught.mutations).toBeGreaterThan(0);
    // …but caught nothing drawn inside it: no root, no internals, no text, no definition.
    expect(caught.rootTexts).toEqual([]);
    expect(caught.internalRoots).toEqual([]);
    expect(caught.defined).toEqual([]);
    expect(caught.texts.filter((t) => OVERLAY_WORDS.test(t))).toEqual([]);
    // The host is the plain element the content script's own world made, its root closed and its text empty.
    expect(caught.host).toEqual({ tag: 'span', ctor: 'HTMLSpanElement', open: false, text: '' });
    await page.close();
  });

  it('cannot tell two scores apart by the badge’s box or the panel’s, measured from the page', async () => {
    const page = await shipped.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    // Without the panel's 120 ms slide-in, so that a measure taken just as it opens is of its place.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(PREPARED_URL);
    const cdp = await shipped.context.newCDPSession(page);
    await expect.poll(() => badgeName(cdp), { timeout: 15_000 }).toMatch(/^SkillGap match: /);
    const lowName = await badgeName(cdp);
    const lowBadge = await hitMap(page, 60);
    expect(lowBadge).toContain('#');

    // The person adds skills: the same posting now scores higher, and its badge says so.
    await seedProfile(shipped, ['python', 'docker', 'kubernetes', 'postgresql', 'sql', 'aws', 'terraform'].map((id) => ({ id })));
    await expect.poll(() => badgeName(cdp)).not.toBe(lowName);
    const highBadge = await hitMap(page, 60);
    expect(highBadge).toBe(lowBadge);

    // Open, the panel takes the same box whatever it lists.
    const box = (await page.evaluate(() => {
      const r = document.querySelector('[data-skillgap=overlay]')!.getBoundingClientRect();
      return { x: r.left, y: r.top };
    })) as { x: number; y: number };
    await page.mouse.click(box.x + 60, box.y);
    await expect.poll(async () => (await accessibleNames(cdp)).includes('Skill gaps for this posting')).toBe(true);
    const highPanel = await hitMap(page, 620);
    const highName = await badgeName(cdp);
    await seedProfile(shipped, [{ id: 'python' }]);
    await expect.poll(() => badgeName(cdp)).not.toBe(highName);
    expect(await accessibleNames(cdp)).toContain('Skill gaps for this posting');
    expect(await hitMap(page, 620)).toBe(highPanel);
    await page.close();
  });

  it('draws every card badge in the same box, whatever its score', async () => {
    const list = await shipped.context.newPage();
    await list.goto(LIST_URL);
    await expect.poll(() => list.locator('span[data-skillgap=card]').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(8);
    const cdp = await shipped.context.newCDPSession(list);
    const scores = async () => (await accessibleNames(cdp)).filter((n) => n.startsWith('SkillGap: '));
    await expect.poll(async () => (await scores()).length).toBe(await list.locator('span[data-skillgap=card]').count());
    // The cards score differently for this person…
    expect(new Set(await scores()).size).toBeGreaterThan(1);
    // …and every one is the same shape to the page's hit testing.
    const shapes = await list.evaluate(() =>
      [...document.querySelectorAll('span[data-skillgap=card]')].map((host) => {
        host.scrollIntoView({ block: 'center' });
        const at = host.getBoundingClientRect();
        let hits = '';
        for (let y = at.top - 15; y < at.top + 15; y += 2) for (let x = at.left - 4; x < at.left + 80; x += 2) hits += document.elementFromPoint(x, y) === host ? '#' : '.';
        return hits;
      }),
    );
    expect(shapes[0]).toContain('#');
    expect(new Set(shapes).size).toBe(1);
    await list.close();
  });
});
