import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { goalForRole } from '@/lib/goals/goal';
import { goalFits, goalTargetsFromTemplates } from '@/lib/goals/goal-fit';
import { readPage } from '@/lib/extract/read-page';
import { findSkills, sharedMatcher } from '@/lib/skills/skill-engine';
import { launchExtensionBrowser, seedProfile, type ExtensionBrowser } from './extension-browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { pageMarkupWithoutOverlay, registeredHighlights, seriousA11yViolations } from './page-helpers';

const BACKEND_URL = 'http://boards.greenhouse.io/northwindlogistics/jobs/4012345';
const ANALYST_URL = 'http://job-boards.greenhouse.io/harborhealth/jobs/5124680';
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

describe('the gap panel', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchExtensionBrowser({ hosts: server.hosts, port: server.port });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPanel(url: string, profile: string[]): Promise<Page> {
    await seedProfile(browser, profile.map((id) => ({ id })));
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.getByTestId('skillgap-badge').click();
    await page.getByTestId('skillgap-panel').waitFor();
    return page;
  }
  /** chrome.storage of the extension, read or written from one of its own pages (a job page has no access). */
  let extPage: Page | undefined;
  const storage = async <T>(code: string): Promise<T> => {
    extPage ??= await browser.openPopup();
    return extPage.evaluate(code) as Promise<T>;
  };
  const storedProfile = async (_page?: Page) => storage<{ profile?: { skills: { id: string; level: string }[] } }>(`chrome.storage.local.get('profile')`);
  const missingIds = (page: Page) => page.locator('[data-testid^="skillgap-missing"] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-skill')));

  it('shows the two-tier score and lists missing required skills first, then preferred, then matched', async () => {
    const page = await openPanel(BACKEND_URL, ['python', 'go', 'postgresql', 'docker']);
    expect(await page.getByTestId('skillgap-tiers').textContent()).toMatch(/^Required \d+\/\d+ · Preferred \d+\/\d+$/);
    expect(await page.getByTestId('skillgap-verdict').textContent()).toMatch(/^(Strong fit|Good fit|Close|Stretch)/);
    const headings = await page.locator('#sg-panel h3').allTextContents();
    expect(headings[0]).toMatch(/^Required skills to learn/);
    expect(headings.findIndex((t) => t.startsWith('Preferred'))).toBeGreaterThan(0);
    expect(headings.at(-1)).toMatch(/^You have/);
    const k8s = page.locator('[data-testid="skillgap-missing-required"] [data-skill="kubernetes"]');
    expect(await k8s.locator('.sg-req').textContent()).toBe('Required');
    expect(await k8s.locator('.sg-evidence').textContent()).toContain('Kubernetes');
    expect(await page.locator('[data-testid="skillgap-matched"] [data-skill="python"] .sg-req').textContent()).toBe('Required');
    await page.close();
    // Years asked for are shown with the skill.
    const marketing = await openPanel('http://job-boards.greenhouse.io/brightleaffoods/jobs/5098765', []);
    expect(await marketing.locator('.sg-years').allTextContents()).toContain('3+ years');
    await marketing.close();
  });

  it('"I have this" adds the skill to the profile at the chosen level and moves it to "You have"', async () => {
    const page = await openPanel(BACKEND_URL, ['python']);
    const before = await page.getByTestId('skillgap-tiers').textContent();
    await page.locator('[data-skill="kubernetes"] [data-testid="skillgap-i-have"]').selectOption('strong');
    await expect.poll(async () => (await storedProfile(page)).profile?.skills.find((s) => s.id === 'kubernetes')?.level).toBe('strong');
    await expect.poll(() => page.locator('[data-testid="skillgap-matched"] [data-skill="kubernetes"]').count()).toBe(1);
    expect(await page.getByTestId('skillgap-tiers').textContent()).not.toBe(before);
    await page.close();
  });

  it('"Learning it" marks the skill as being learned without counting it as had', async () => {
    const page = await openPanel(BACKEND_URL, ['python']);
    await page.locator('[data-skill="aws"] [data-testid="skillgap-learning"]').first().click();
    await expect.poll(async () => (await storedProfile(page)).profile?.skills.find((s) => s.id === 'aws')?.level).toBe('learning');
    await expect.poll(() => page.locator('[data-testid="skillgap-missing-required"] [data-skill="aws"] .sg-learning').count()).toBe(1);
    await page.close();
  });

  it('"Not a skill here" remembers the word for this site and the score updates at once', async () => {
    const page = await openPanel(ANALYST_URL, ['sql']);
    const before = await page.getByTestId('skillgap-tiers').textContent();
    expect(await missingIds(page)).toContain('tableau');
    await page.locator('[data-skill="tableau"] [data-testid="skillgap-not-skill"]').first().click();
    await expect.poll(() => missingIds(page)).not.toContain('tableau');
    expect(await page.getByTestId('skillgap-tiers').textContent()).not.toBe(before);
    const stored = await storage<{ stoplist: Record<string, string[]> }>(`chrome.storage.local.get('stoplist')`);
    expect(stored.stoplist['job-boards.greenhouse.io']).toContain('tableau');
    // Another posting on the same site honours it too, after a reload.
    await page.reload();
    await page.getByTestId('skillgap-badge').click();
    expect(await missingIds(page)).not.toContain('tableau');
    await storage(`chrome.storage.local.set({ stoplist: {} })`);
    await page.close();
  });

  it('saves to the watchlist and shows the saved state', async () => {
    const page = await openPanel(ANALYST_URL, []);
    const save = page.getByTestId('skillgap-save');
    expect(await save.getAttribute('aria-pressed')).toBe('false');
    await save.click();
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');
    expect(await save.textContent()).toContain('Saved to watchlist');
    await save.click();
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('false');
    await page.close();
  });

  it('highlights matched and missing skills with CSS highlights and leaves the page DOM as it was', async () => {
    const page = await openPanel(ANALYST_URL, ['sql', 'python']);
    const markup = await pageMarkupWithoutOverlay(page);
    await page.getByTestId('skillgap-highlight').click();
    await expect.poll(async () => Object.keys(await registeredHighlights(page))).toEqual(expect.arrayContaining(['skillgap-have', 'skillgap-missing']));
    const highlights = await registeredHighlights(page);
    expect(highlights['skillgap-have']).toEqual(expect.arrayContaining(['SQL', 'Python']));
    expect(highlights['skillgap-missing']).toEqual(expect.arrayContaining(['Tableau']));
    expect(await pageMarkupWithoutOverlay(page)).toBe(markup);
    await page.getByTestId('skillgap-highlight').click();
    await expect.poll(async () => Object.keys(await registeredHighlights(page))).toEqual([]);
    await page.close();
  });

  it('clicking a skill’s evidence scrolls to its sentence and flashes it', async () => {
    const page = await openPanel(BACKEND_URL, []);
    await page.evaluate('window.scrollTo(0, 0)');
    const evidence = page.locator('[data-skill="terraform"] [data-testid="skillgap-evidence"]').first();
    await evidence.click();
    await expect.poll(async () => (await registeredHighlights(page))['skillgap-flash']?.[0]).toBe('Terraform');
    await expect.poll(() => page.evaluate('window.scrollY')).toBeGreaterThan(0);
    await page.close();
  });

  it('is reachable by keyboard: Enter opens, Escape closes and returns focus to the badge', async () => {
    await seedProfile(browser, [{ id: 'python' }]);
    const page = await browser.context.newPage();
    await page.goto(BACKEND_URL);
    const badge = page.getByTestId('skillgap-badge');
    await badge.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('skillgap-panel').waitFor();
    expect(await badge.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('skillgap-panel').count()).toBe(0);
    expect(await page.evaluate(`document.activeElement?.shadowRoot?.activeElement?.getAttribute('data-testid') ?? null`)).toBe('skillgap-badge');
    await page.close();
  });

  it('has no serious or critical accessibility violations in the open panel or the popup', async () => {
    const page = await openPanel(BACKEND_URL, ['python', 'go']);
    const violations = await seriousA11yViolations(page, 'span[data-skillgap=overlay]');
    console.log(JSON.stringify(violations));
    expect(violations).toEqual([]);
    const popup = await browser.openPopup();
    await popup.locator('main').waitFor();
    const popupViolations = await seriousA11yViolations(popup);
    console.log(JSON.stringify(popupViolations));
    expect(popupViolations).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('can be minimised and hidden on a site', async () => {
    const page = await openPanel(BACKEND_URL, ['python']);
    await page.getByTestId('skillgap-minimize').click();
    await expect.poll(() => page.getByTestId('skillgap-badge').locator('.sg-summary').textContent()).toMatch(/^\d+%$/);
    // The panel stays open; its button now offers the full badge back.
    expect(await page.getByTestId('skillgap-minimize').textContent()).toBe('Show the full badge');
    await page.getByTestId('skillgap-minimize').click();
    await expect.poll(() => page.getByTestId('skillgap-tiers').count()).toBe(1);
    await page.getByTestId('skillgap-hide-site').click();
    await expect.poll(() => page.getByTestId('skillgap-badge').count()).toBe(0);
    await storage(`chrome.storage.local.set({ overlayPrefs: { minimized: false, highlights: false, hiddenSites: [] } })`);
    await expect.poll(() => page.getByTestId('skillgap-badge').count(), { timeout: 10_000 }).toBe(1);
    await page.close();
  });

  it('shows the active tab’s score on the toolbar icon', async () => {
    const page = await openPanel(BACKEND_URL, ['python']);
    const percent = await page.getByTestId('skillgap-badge').getAttribute('data-percent');
    const popup = await browser.openPopup();
    // Without the "tabs" permission tab URLs are hidden, so read every tab's badge text.
    const badgeTexts = () => popup.evaluate(`chrome.tabs.query({}).then((tabs) => Promise.all(tabs.map((t) => chrome.action.getBadgeText({ tabId: t.id }))))`);
    await expect.poll(badgeTexts).toContain(percent);
    await popup.close();
    await page.close();
  });

  it('says which of the person’s goals the posting fits, and counts a skill marked “I have this” at once', async () => {
    const goal = goalForRole('backend-developer', 0);
    const profile = ['python', 'postgresql'];
    // What the overlay should say, worked out with the same library over the fixture as the browser reads it.
    const posting = readPage(parseHTML(readFileSync(join(FIXTURES, 'greenhouse/classic-backend-engineer.html'), 'utf8')).document as unknown as Document, new URL(BACKEND_URL)).posting!;
    const person = { skills: profile.map((id) => ({ id, level: 'working' as const, updatedAt: 0 })) };
    const [fit] = goalFits({ title: posting.title, mentions: findSkills(posting.text) }, goalTargetsFromTemplates([goal]), person, sharedMatcher().byId);
    expect(fit?.byTitle).toBe(true);
    expect(fit!.have).toBeLessThan(fit!.total);

    await storage(`chrome.storage.local.set({ goals: { goals: [${JSON.stringify(goal)}] } })`);
    try {
      const page = await openPanel(BACKEND_URL, profile);
      const line = page.getByTestId('skillgap-goals');
      await expect.poll(() => line.textContent()).toBe(`fits your Backend Developer goal: ${fit!.have} of ${fit!.total}`);
      // One of the goal's skills the person lacks, marked as had in the panel: the line counts it.
      const missing = await missingIds(page);
      const next = missing.find((id) => id && id !== 'kubernetes' && goalFits({ title: posting.title, mentions: findSkills(posting.text) }, goalTargetsFromTemplates([goal]), { skills: [...person.skills, { id, level: 'working', updatedAt: 0 }] }, sharedMatcher().byId)[0]!.have > fit!.have)!;
      expect(next).toBeTruthy();
      await page.locator(`[data-skill="${next}"] [data-testid="skillgap-i-have"]`).first().selectOption('working');
      await expect.poll(() => line.textContent()).toBe(`fits your Backend Developer goal: ${fit!.have + 1} of ${fit!.total}`);
      await page.close();
      // Without goals, no line.
      await storage(`chrome.storage.local.remove('goals')`);
      const plain = await openPanel(BACKEND_URL, profile);
      await plain.getByTestId('skillgap-tiers').waitFor();
      expect(await plain.getByTestId('skillgap-goals').count()).toBe(0);
      await plain.close();
    } finally {
      await storage(`chrome.storage.local.remove('goals')`);
    }
  });
});
