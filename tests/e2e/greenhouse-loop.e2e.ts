import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '@/lib/extract/read-page';
import { matchProfile } from '@/lib/match/match-profile';
import { tierLine } from '@/lib/overlay/score-tiers';
import { findSkills, sharedMatcher } from '@/lib/skills/skill-engine';
import { launchExtensionBrowser, seedProfile, type ExtensionBrowser } from './extension-browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';

const BACKEND_URL = 'http://boards.greenhouse.io/northwindlogistics/jobs/4012345';
const PROFILE = ['python', 'go', 'postgresql', 'docker'];

/** What the engine, run in Node on the same fixture, says the badge must show for a profile. */
function expectedSummary(profileIds: string[]): { line: string; missing: string[]; missingRequired: string[]; matched: string[] } {
  const { document } = parseHTML(readFileSync(join(import.meta.dirname, '../fixtures/greenhouse/classic-backend-engineer.html'), 'utf8'));
  const posting = readPage(document as unknown as Document, new URL(BACKEND_URL)).posting!;
  const result = matchProfile(
    findSkills(posting.text),
    { skills: profileIds.map((id) => ({ id, level: 'working' as const, updatedAt: 0 })) },
    sharedMatcher().byId,
    { countSoftSkills: false },
  );
  return {
    line: tierLine(result.score),
    missing: result.missing.map((s) => s.name),
    missingRequired: result.missing.filter((s) => s.requirement === 'required').map((s) => s.name),
    matched: result.matched.map((s) => s.name) };
}

describe('the whole loop on a Greenhouse posting', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchExtensionBrowser({ hosts: server.hosts, port: server.port });
    await seedProfile(browser, PROFILE.map((id) => ({ id })));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a badge with the numbers for a known profile, and the panel lists what is missing', async () => {
    const page = await browser.context.newPage();
    await page.goto(BACKEND_URL);
    const badge = page.getByTestId('skillgap-badge');
    const expected = expectedSummary(PROFILE);
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toContain(expected.line);
    // The profile holds Python, Go, PostgreSQL and Docker; the posting also requires Kubernetes and AWS.
    expect(expected.matched).toEqual(expect.arrayContaining(['Python', 'Go', 'PostgreSQL', 'Docker']));
    expect(expected.missing).toEqual(expect.arrayContaining(['Kubernetes', 'AWS']));
    await badge.click();
    const missing = page.getByTestId('skillgap-missing-required');
    await expect.poll(() => missing.textContent()).toContain('Kubernetes');
    const missingNames = await missing.locator('.sg-skill-name').allTextContents();
    expect(missingNames).toEqual(expected.missingRequired);
    expect(missingNames).not.toContain('Python');
    // The evidence sentence is shown with each skill.
    expect(await missing.locator('[data-skill="kubernetes"] .sg-evidence').textContent()).toMatch(/Kubernetes/);
    // The trap "react to customer needs" in the blurb is not a skill.
    expect(await page.getByTestId('skillgap-panel').textContent()).not.toMatch(/\bReact\b/);
    await page.close();
  });

  it('updates the open page’s badge when the profile changes in the popup, without a reload', async () => {
    const page = await browser.context.newPage();
    await page.goto(BACKEND_URL);
    const badge = page.getByTestId('skillgap-badge');
    const before = expectedSummary(PROFILE).line;
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toContain(before);
    const navigations: string[] = [];
    page.on('framenavigated', (f) => f === page.mainFrame() && navigations.push(f.url()));

    const popup = await browser.openPopup();
    const input = popup.getByRole('combobox', { name: 'Add a skill' });
    await input.fill('k8s');
    await popup.getByRole('option', { name: /Kubernetes/ }).first().waitFor();
    await input.press('Enter');
    await expect.poll(() => popup.locator('.profile-skills li[data-skill="kubernetes"]').count()).toBe(1);

    const after = expectedSummary([...PROFILE, 'kubernetes']).line;
    expect(after).not.toBe(before);
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toContain(after);
    expect(navigations).toEqual([]);

    // Removing it again brings the old numbers back.
    await popup.getByRole('button', { name: 'Remove Kubernetes' }).click();
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toContain(before);
    await popup.close();
    await page.close();
  });
});

describe('the watchlist survives a browser restart', () => {
  it('lists a posting saved from the panel after the browser is closed and reopened on the same profile', async () => {
    const server = await startFixtureServer();
    let browser = await launchExtensionBrowser({ hosts: server.hosts, port: server.port });
    try {
      const page = await browser.context.newPage();
      await page.goto(BACKEND_URL);
      await page.getByTestId('skillgap-badge').click();
      const save = page.getByTestId('skillgap-save');
      await save.click();
      await expect.poll(() => save.textContent()).toContain('Saved to watchlist');
      const userDataDir = browser.userDataDir;
      await browser.close();

      browser = await launchExtensionBrowser({ hosts: server.hosts, port: server.port, userDataDir });
      const popup = await browser.openPopup();
      await popup.getByRole('tab', { name: 'Watchlist' }).click();
      const item = popup.locator('.watchlist li[data-key="greenhouse:4012345"]');
      await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
      expect(await item.locator('.title').textContent()).toBe('Senior Backend Engineer');
      expect(await item.locator('.meta').textContent()).toContain('Northwind Logistics');
      expect(await item.getByTestId('watchlist-match').textContent()).toMatch(/^Required 0\/\d+.* 0%$/);

      // Opening the posting again shows it as saved.
      const again = await browser.context.newPage();
      await again.goto(BACKEND_URL);
      await again.getByTestId('skillgap-badge').click();
      await expect.poll(() => again.getByTestId('skillgap-save').textContent()).toContain('Saved to watchlist');
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
