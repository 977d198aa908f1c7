import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedProfile, type ExtensionBrowser } from './extension-browser';
import { launchBrowser, openExtensionPage, seedSaved, seedViewed, skillsOf, snapshot, storedProfile } from './popup-helpers';

// A history worked out by hand against the shipped taxonomy. Profile: Python (strong), Docker. Threshold 80%.
// Required slots weigh 2, preferred 1.
//   S1 saved   Kubernetes r, Docker r ✓, Terraform p          2/5 = 40%   Kubernetes → 80% ✓
//   S2 saved   Python r ✓, SQL r, Apache Airflow p            2/5 = 40%   SQL → 80% ✓; PostgreSQL (its parent is SQL) → 80% ✓
//   V1 viewed  PostgreSQL r, Python r ✓                       2/4 = 50%   PostgreSQL → 100% ✓
//   V2 viewed  SQL r, Tableau p                               0/3         nothing reaches 80%
//   V3 viewed  Kubernetes r, Terraform r, Docker r ✓          2/6 = 33%   nothing reaches 80%
// score = 2·required + preferred + 3·saved opened + 2·viewed opened, ×1.5 when close to a skill the person has:
//   Kubernetes (2·2 + 3)·1.5 = 10.5 (related to Docker) · PostgreSQL 2 + 3 + 2 = 7 · SQL 2·2 + 3 = 7 (tie: by name)
//   Terraform 2 + 1 = 3 · Apache Airflow 1·1.5 = 1.5 (builds on Python) · Tableau 1
const S1 = snapshot('greenhouse:101', 'Platform Engineer', 'Initech', skillsOf([['kubernetes', 'required'], ['docker', 'required'], ['terraform', 'preferred']]));
const S2 = snapshot('greenhouse:102', 'Data Engineer', 'Acme', skillsOf([['python', 'required'], ['sql', 'required'], ['apache-airflow', 'preferred']]));
const V1 = snapshot('greenhouse:103', 'Backend Developer', 'Globex', skillsOf([['postgresql', 'required'], ['python', 'required']]));
const V2 = snapshot('greenhouse:104', 'Analytics Engineer', 'Umbrella', skillsOf([['sql', 'required'], ['tableau', 'preferred']]));
const V3 = snapshot('greenhouse:105', 'DevOps Engineer', 'Hooli', skillsOf([['kubernetes', 'required'], ['terraform', 'required'], ['docker', 'required']]));

const EXPECTED: [string, string][] = [
  ['Kubernetes', 'Required in 2 of 5 postings you viewed or saved; learning it would put 1 saved job at 80% or more; close to your Docker'],
  ['PostgreSQL', 'Required in 1 of 5 postings you viewed or saved; learning it would put 1 saved job and 1 other viewed posting at 80% or more'],
  ['SQL', 'Required in 2 of 5 postings you viewed or saved; learning it would put 1 saved job at 80% or more'],
  ['Terraform', 'Required in 1, preferred in 1, of 5 postings you viewed or saved'],
  ['Apache Airflow', 'Preferred in 1 of 5 postings you viewed or saved; builds on your Python'],
  ['Tableau', 'Preferred in 1 of 5 postings you viewed or saved'],
];

describe('what to learn next, in the popup', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
    await seedProfile(browser, [{ id: 'python', level: 'strong' }, { id: 'docker' }]);
    const page = await openExtensionPage(browser, 'popup.html');
    await seedViewed(page, [V1, V2, V3]);
    await seedSaved(page, [S1, S2]);
    await page.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('ranks and explains suggestions for a seeded history as computed by hand', async () => {
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.getByRole('tab', { name: 'Learn next' }).click();
    const list = popup.getByRole('list', { name: 'Suggested skills, best first' });
    await expect.poll(() => list.locator('> li').count(), { timeout: 10_000 }).toBe(EXPECTED.length);
    const names = await list.locator('> li .name').allTextContents();
    const lines = await list.locator('> li .why').allTextContents();
    expect(names.map((n, i) => [n, lines[i]])).toEqual(EXPECTED);
    expect(await popup.getByTestId('learn-basis').textContent()).toContain('From 3 postings you viewed in the last 90 days and 2 saved. Saved jobs match 40% on average.');
    // Each links to somewhere to learn it, opened only by a click.
    const link = list.locator('> li[data-skill="kubernetes"] a');
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/kubernetes\.io\//);
    expect(await link.getAttribute('target')).toBe('_blank');
    await popup.close();
  });

  it.each(['light', 'dark'] as const)('every button keeps WCAG AA text contrast when hovered (%s scheme)', async (colorScheme) => {
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.emulateMedia({ colorScheme });
    await popup.getByRole('tab', { name: 'Learn next' }).click();
    await popup.getByRole('button', { name: 'Start learning' }).first().waitFor();
    const buttons = popup.locator('button:visible');
    const count = await buttons.count();
    const low: string[] = [];
    let primaries = 0;
    for (let i = 0; i < count; i++) {
      const button = buttons.nth(i);
      await button.hover();
      // The text colour against the first opaque background behind it, as the hovered button shows it.
      const { label, ratio, primary } = await button.evaluate((el) => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
        const lum = ([r, g, b]: number[]) => {
          const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
          return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
        };
        let bg = [255, 255, 255];
        for (let n: Element | null = el; n; n = n.parentElement) {
          const c = rgb(getComputedStyle(n).backgroundColor);
          if (c.length === 3 || (c.length === 4 && c[3] === 1)) {
            bg = c.slice(0, 3);
            break;
          }
        }
        const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(bg)].sort((x, y) => y - x);
        return { label: el.textContent ?? '', ratio: (a! + 0.05) / (b! + 0.05), primary: el.classList.contains('primary') };
      });
      if (primary) primaries++;
      if (ratio < 4.5) low.push(`${label}: ${ratio.toFixed(2)}`);
    }
    expect(primaries).toBeGreaterThan(0);
    expect(low).toEqual([]);
    await popup.close();
  });

  it('“Start learning” marks the skill as learning in the profile and lists it under “Learning now”', async () => {
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.getByRole('tab', { name: 'Learn next' }).click();
    const first = popup.getByRole('list', { name: 'Suggested skills, best first' }).locator('> li').first();
    await expect.poll(() => first.locator('.name').textContent(), { timeout: 10_000 }).toBe('Kubernetes');
    await first.getByRole('button', { name: 'Start learning' }).click();
    const learning = popup.getByRole('list', { name: 'Skills you are learning' });
    await expect.poll(() => learning.locator('> li .name').allTextContents()).toEqual(['Kubernetes']);
    expect(await learning.locator('> li .since').textContent()).toMatch(/^Learning since .+ \(0 days\)$/);
    expect(await storedProfile(popup)).toContainEqual(['kubernetes', 'learning']);
    await expect.poll(() => popup.getByRole('list', { name: 'Suggested skills, best first' }).locator('> li .name').first().textContent()).toBe('PostgreSQL');

    // Learning it for real: the saved posting it opened now scores 80%, and says a gap was closed.
    await learning.getByRole('button', { name: 'I know it now' }).click();
    await popup.getByRole('tab', { name: 'Watchlist' }).click();
    const s1 = popup.locator('.watchlist li[data-key="greenhouse:101"]');
    await expect.poll(() => s1.getByTestId('watchlist-match').textContent()).toBe('Required 2/2 · Preferred 0/1 · 80%');
    expect(await s1.getByTestId('gaps-closed').textContent()).toBe('1 gap closed since you saved this');
    await popup.close();
  });
});
