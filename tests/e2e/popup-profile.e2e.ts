import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedProfile, type ExtensionBrowser } from './extension-browser';
import { launchBrowser, openExtensionPage, storedProfile } from './popup-helpers';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical accessibility violations axe-core finds on the page as it stands. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document);
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('the profile tab of the popup', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
    await seedProfile(browser, [{ id: 'sql', level: 'strong' }]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('adds a skill by an alias, sets its years, and undoes the last change', async () => {
    const popup = await openExtensionPage(browser, 'popup.html');
    const input = popup.getByRole('combobox', { name: 'Add a skill' });
    await input.fill('golang');
    const option = popup.getByRole('option', { name: /^Go \(Golang\)/ });
    await option.waitFor();
    await input.press('Enter');
    const item = popup.locator('.profile-skills li[data-skill="go"]');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.locator('.name').textContent()).toBe('Go');
    await expect.poll(() => storedProfile(popup)).toEqual([['sql', 'strong'], ['go', 'working']]);

    await popup.getByRole('spinbutton', { name: 'Years of Go' }).fill('3');
    await popup.getByRole('spinbutton', { name: 'Years of Go' }).press('Enter');
    await expect.poll(() => popup.evaluate(async () => {
      const { profile } = await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<{ profile: { skills: { id: string; years?: number }[] } }> } } } }).chrome.storage.local.get('profile');
      return profile.skills.find((s) => s.id === 'go')?.years;
    })).toBe(3);

    await popup.getByRole('button', { name: 'Remove SQL' }).click();
    await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Removed SQL.' }).count()).toBe(1);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => storedProfile(popup)).toEqual([['sql', 'strong'], ['go', 'working']]);
    expect(await popup.locator('.profile-skills li[data-skill="sql"] select').inputValue()).toBe('strong');
    await popup.close();
  });

  it('imports skills from a pasted resume: proposes what it finds, adds only the ones left ticked', async () => {
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.getByText('Import from a resume or a skills list').click();
    await popup.getByLabel('Paste your resume or your LinkedIn skills (one per line)').fill(
      'Data engineer with 5 years of Python and SQL. Built pipelines with Apache Airflow and dbt on AWS; dashboards in Tableau.',
    );
    await popup.getByRole('button', { name: 'Find skills' }).click();
    const found = popup.locator('.proposed li');
    await expect.poll(() => found.count()).toBeGreaterThanOrEqual(6);
    const labels = await found.allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['Python · 5 years', 'SQL · 5 years · in your profile', 'Apache Airflow', 'dbt', 'AWS', 'Tableau']));
    // SQL is already there: shown ticked and locked. Untick Tableau.
    expect(await popup.getByRole('checkbox', { name: /^SQL/ }).isDisabled()).toBe(true);
    await popup.getByRole('checkbox', { name: 'Tableau' }).uncheck();
    await popup.getByRole('button', { name: /^Add \d+ skills$/ }).click();
    await expect.poll(() => popup.getByRole('status').filter({ hasText: /^Added \d+ skills to your profile\.$/ }).count()).toBe(1);
    const ids = (await storedProfile(popup)).map(([id]) => id);
    expect(ids).toEqual(expect.arrayContaining(['python', 'apache-airflow', 'dbt', 'aws']));
    expect(ids).not.toContain('tableau');
    expect(await popup.locator('.profile-skills li[data-skill="python"] input.years').inputValue()).toBe('5');
    await popup.close();
  });

  it('has no serious accessibility problems on any tab, and the tabs work from the keyboard', async () => {
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.locator('.profile-skills').waitFor();
    const tabs = popup.getByRole('tab');
    const names = await tabs.allTextContents();
    expect(names.slice(0, 2)).toEqual(['Profile', 'Learn next']);
    expect(names).toContain('Watchlist');
    const selected = async () => (await tabs.evaluateAll((els) => els.map((e) => e.getAttribute('aria-selected')))).indexOf('true');
    // Arrow keys move along the tabs and wrap around; Home and End jump to the ends.
    await popup.getByRole('tab', { name: 'Profile' }).focus();
    for (let i = 1; i <= names.length; i++) {
      await popup.keyboard.press('ArrowRight');
      await expect.poll(selected).toBe(i % names.length);
      expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-selected'))).toBe('true');
      await popup.getByRole('tabpanel', { name: names[i % names.length] }).waitFor();
      expect(await axeViolations(popup), names[i % names.length]).toEqual([]);
    }
    await popup.keyboard.press('End');
    await expect.poll(selected).toBe(names.length - 1);
    await popup.keyboard.press('Home');
    await expect.poll(selected).toBe(0);
    await popup.close();
  });
});
