import { readFile, writeFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weekStart } from '@/lib/db/progress-repo';
import { goalForRole } from '@/lib/goals/goal';
import { EMPTY_PLAN, type Plan } from '@/lib/model/plan';
import { seedProfile, type ExtensionBrowser } from './extension-browser';
import { launchBrowser, openExtensionPage, seedSaved, seedViewed, skillsOf, snapshot, storedProfile } from './popup-helpers';

const dir = mkdtempSync(join(tmpdir(), 'skillgap-export-'));

const BACKEND = snapshot('greenhouse:201', 'Backend Engineer, "Payments"', 'Northwind', skillsOf([['python', 'required'], ['kubernetes', 'required'], ['aws', 'preferred']]),
  'Backend Engineer at Northwind.\nRequirements: Python and Kubernetes.\nNice to have: AWS.');
const ANALYST = snapshot('greenhouse:202', 'Data Analyst', 'Acme', skillsOf([['sql', 'required'], ['tableau', 'required']]));
const VIEWED = snapshot('greenhouse:203', 'Site Reliability Engineer', 'Hooli', skillsOf([['go', 'required'], ['kubernetes', 'required']]));

/** Clicks a button that downloads a file and returns the file's text. */
async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** Chooses a file for the import field of the Data section. */
async function importFile(page: Page, name: string, text: string): Promise<void> {
  const path = join(dir, name);
  await writeFile(path, text);
  await page.getByLabel('Choose a SkillGap export file').setInputFiles(path);
}

const withoutDate = (json: string) => ({ ...JSON.parse(json), exportedAt: 0 });

const GOAL = goalForRole('data-engineer', Date.UTC(2026, 10, 2));
const PLAN: Plan = {
  ...EMPTY_PLAN,
  items: [
    { skillId: 'apache-spark', addedAt: Date.UTC(2026, 10, 2) },
    { skillId: 'apache-airflow', addedAt: Date.UTC(2026, 10, 3) },
  ],
  weeklyHours: 6,
  targetDate: '2027-06-30',
  goalId: GOAL.id,
};

type StorageArea = { get(k: string[]): Promise<Record<string, unknown>>; set(v: object): Promise<void> };

/** Writes goals and plan the way the goals and plan views store them. */
async function seedGoalsAndPlan(page: Page, goals: unknown, plan: unknown): Promise<void> {
  await page.evaluate(async (values) => {
    await (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage.local.set(values);
  }, { goals: { goals }, plan });
}

/** The goals and plan as stored. */
async function storedGoalsAndPlan(page: Page): Promise<{ goals?: unknown; plan?: unknown }> {
  return page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage.local.get(['goals', 'plan']));
}

describe('the dashboard: watchlist and data', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
    await seedProfile(browser, [{ id: 'python', level: 'strong' }, { id: 'sql' }]);
    const page = await openExtensionPage(browser, 'popup.html');
    await seedViewed(page, [BACKEND, VIEWED]);
    await seedSaved(page, [BACKEND, ANALYST]);
    await seedGoalsAndPlan(page, [GOAL], PLAN);
    await page.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('exports the watchlist as CSV with each posting’s status, score and skills to learn', async () => {
    const dash = await openExtensionPage(browser, 'options.html#watchlist');
    await dash.locator('.watch-row[data-key="greenhouse:201"]').waitFor();
    await dash.getByRole('combobox', { name: 'Status of Data Analyst' }).selectOption('applied');
    await dash.locator('.watch-row[data-key="greenhouse:201"]').getByRole('button', { name: /Details/ }).click();
    await dash.locator('#posting-details').getByText(/^Notes and history/).click();
    await dash.getByLabel(/Notes on Backend Engineer/).fill('Call Ana, =SUM(1)');
    await dash.getByLabel(/Notes on Backend Engineer/).blur();
    await dash.getByText('Notes saved.').waitFor();
    const { name, text } = await download(dash, 'Export these as CSV');
    expect(name).toMatch(/^skillgap-watchlist-\d{4}-\d{2}-\d{2}\.csv$/);
    const today = new Date().toISOString().slice(0, 10);
    // Sorted by match: Data Analyst has SQL (required 2/4 → 50%), the backend job Python (2/5 → 40%).
    expect(text.split('\r\n')).toEqual([
      'Title,Company,Location,Link,Status,Status changed,Saved,Match %,Skills to learn,Notes',
      `Data Analyst,Acme,Remote,https://boards.greenhouse.io/acme/jobs/202,Applied,${today},${today},50,Tableau,`,
      `"Backend Engineer, ""Payments""",Northwind,Remote,https://boards.greenhouse.io/northwind/jobs/201,Saved,${today},${today},40,Kubernetes; AWS,"Call Ana, =SUM(1)"`,
      '',
    ]);
    // The snapshot kept at saving shows the description as it was.
    await dash.getByText('The posting as saved').click();
    expect(await dash.locator('.snapshot-text').textContent()).toBe('Backend Engineer at Northwind.\nRequirements: Python and Kubernetes.\nNice to have: AWS.');
    await dash.close();
  });

  it('rejects a malformed import with a message naming the first problem, and changes nothing', async () => {
    const dash = await openExtensionPage(browser, 'options.html#data');
    const profileBefore = await storedProfile(dash);
    const bad = JSON.stringify({ format: 'skillgap-export', version: 2, exportedAt: 1, scope: 'profile', profile: { skills: [{ id: 'rust', level: 'wizard', updatedAt: 1 }] } });
    await importFile(dash, 'bad.json', bad);
    const error = dash.getByRole('alert');
    await expect.poll(() => error.textContent()).toBe(
      'The file does not match export format version 2: at profile.skills[0].level, invalid option: expected one of "learning"|"working"|"strong"|"expert".',
    );
    expect(await dash.getByTestId('import-preview').count()).toBe(0);
    await importFile(dash, 'notes.json', '{"hello": ');
    await expect.poll(() => error.textContent()).toMatch(/^The file is not valid JSON \(/);
    // A file of everything whose goals are malformed: the first bad goal is named, and goals and plan stay as they were.
    const goalsBefore = await storedGoalsAndPlan(dash);
    const badGoals = JSON.stringify({
      format: 'skillgap-export', version: 3, exportedAt: 1, scope: 'everything', profile: { skills: [] },
      settings: { threshold: 80, countSoftSkills: false }, watchlist: [], viewed: [], progress: [],
      goals: [{ ...GOAL, title: 'Data Engineer (mine)' }, { id: 'Data Engineer', title: 'Data Engineer', roleId: null, createdAt: 1 }], plan: EMPTY_PLAN,
    });
    await importFile(dash, 'bad-goals.json', badGoals);
    await expect.poll(() => error.textContent()).toBe('The file does not match export format version 3: at goals[1].id, a goal id is "role:…" or "own:…".');
    expect(await dash.getByTestId('import-preview').count()).toBe(0);
    expect(await storedGoalsAndPlan(dash)).toEqual(goalsBefore);
    expect(goalsBefore).toEqual({ goals: { goals: [GOAL] }, plan: PLAN });
    expect(await storedProfile(dash)).toEqual(profileBefore);
    await dash.goto(dash.url().replace('#data', '#watchlist'));
    await dash.reload();
    await expect.poll(() => dash.locator('.watch-row[data-key]').count()).toBe(2);
    await dash.close();
  });

  it('exports everything and imports it into a fresh browser profile: the second export equals the first, but for the background’s snapshot of this week', async () => {
    const dash = await openExtensionPage(browser, 'options.html#data');
    const first = await download(dash, 'Export everything');
    expect(first.name).toMatch(/^skillgap-everything-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(first.text);
    expect(doc).toMatchObject({ format: 'skillgap-export', version: 3, scope: 'everything' });
    expect(doc.watchlist.map((p: { key: string }) => p.key).sort()).toEqual(['greenhouse:201', 'greenhouse:202']);
    expect(doc.viewed.map((p: { key: string }) => p.key).sort()).toEqual(['greenhouse:201', 'greenhouse:203']);
    expect(doc.goals).toEqual([GOAL]);
    expect(doc.plan).toEqual(PLAN);
    await dash.close();

    const fresh = await launchBrowser();
    try {
      const page = await openExtensionPage(fresh, 'options.html#data');
      await importFile(page, first.name, first.text);
      const preview = page.getByTestId('import-preview');
      await preview.waitFor();
      await page.getByRole('radio', { name: /^Replace:/ }).check();
      await expect.poll(() => preview.getByRole('list', { name: 'What the import will change' }).textContent()).toContain('Saved postings: adds 2.');
      expect(await preview.textContent()).toContain('Profile: adds 2 skills (Python, SQL).');
      expect(await preview.textContent()).toContain('Goals: adds 1 goal (Data Engineer).');
      expect(await preview.textContent()).toContain('Learning plan: adds 2 skills (Apache Spark, Apache Airflow), sets the weekly hours, target date and goal to the file’s.');
      await page.getByRole('button', { name: 'Replace with it' }).click();
      await expect.poll(() => page.getByTestId('import-done').textContent()).toContain(`Imported ${first.name}.`);
      const second = await download(page, 'Export everything');
      // The background owns the weekly progress snapshot: once the import has brought a profile and goals, it may
      // take this week's snapshot of them on its own. Everything else is equal; the file's own snapshots are kept,
      // and any extra one is the background's, for this week.
      const { progress: secondProgress, ...secondRest } = withoutDate(second.text) as { progress: { week: number }[] };
      const { progress: firstProgress, ...firstRest } = withoutDate(first.text) as { progress: { week: number }[] };
      expect(secondRest).toEqual(firstRest);
      expect(secondProgress).toEqual(expect.arrayContaining(firstProgress));
      const thisWeek = weekStart(Date.now());
      for (const extra of secondProgress.filter((p) => !firstProgress.some((q) => JSON.stringify(q) === JSON.stringify(p)))) expect(extra.week).toBe(thisWeek);
      expect(await storedGoalsAndPlan(page)).toEqual({ goals: { goals: [GOAL] }, plan: PLAN });
      // The replaced (empty) data was kept as a backup first.
      expect(await page.locator('.backups li').count()).toBe(1);

      // The goals view shows the imported goal, and the plan view its two skills in order.
      await page.goto(page.url().replace('#data', '#goals'));
      await page.reload();
      await page.getByRole('article', { name: 'Data Engineer' }).waitFor();
      await page.goto(page.url().replace('#goals', '#plan'));
      await page.reload();
      await expect.poll(() => page.locator('ol.plan-items > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-skill')))).toEqual(['apache-spark', 'apache-airflow']);
    } finally {
      await fresh.close();
    }
  });
});

describe('the watchlist survives a browser restart', () => {
  it('keeps a status change made in the dashboard, with its date', async () => {
    let browser = await launchBrowser();
    try {
      const page = await openExtensionPage(browser, 'popup.html');
      await seedSaved(page, [ANALYST]);
      await page.getByRole('tab', { name: 'Watchlist' }).click();
      await page.getByRole('combobox', { name: 'Status of Data Analyst' }).selectOption('interviewing');
      await expect.poll(() => page.evaluate(() => new Promise<string>((resolve) => {
        const req = indexedDB.open('skillgap');
        req.onsuccess = () => {
          const get = req.result.transaction('watchlist').objectStore('watchlist').get('greenhouse:202');
          get.onsuccess = () => resolve(get.result.status);
        };
      }))).toBe('interviewing');
      const userDataDir = browser.userDataDir;
      await browser.close();

      browser = await launchBrowser({ userDataDir });
      const dash = await openExtensionPage(browser, 'options.html#watchlist');
      const status = dash.getByRole('combobox', { name: 'Status of Data Analyst' });
      await expect.poll(() => status.inputValue(), { timeout: 10_000 }).toBe('interviewing');
      await dash.locator('.watch-row[data-key="greenhouse:202"]').getByRole('button', { name: /Details/ }).click();
      await dash.getByText(/^Notes and history/).click();
      const history = await dash.getByRole('list', { name: 'Status history' }).locator('li').allTextContents();
      expect(history.map((h) => h.split(' · ')[0])).toEqual(['Saved', 'Interviewing']);
    } finally {
      await browser.close();
    }
  });
});
