import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { goalForRole } from '@/lib/goals/goal';
import { buildRoleProfile, goalCoverage, type RolePosting } from '@/lib/goals/role-profile';
import { loadTaxonomy } from '@/lib/taxonomy/load-taxonomy';
import { seedProfile, type ExtensionBrowser } from './extension-browser';
import { seriousA11yViolations } from './page-helpers';
import { launchBrowser, openExtensionPage, seedSaved, seedViewed, skillsOf, snapshot, storedProfile } from './popup-helpers';

const byId = new Map(loadTaxonomy().skills.map((s) => [s.id, s]));

// Profile: Python, SQL. The saved Data Engineer posting asks for Python, SQL and Spark (required) and Airflow
// (preferred): required slots weigh 2, so 4 of 7 = 57%; with Spark learned 6 of 7 = 86%.
const SAVED = snapshot('greenhouse:801', 'Data Engineer', 'Acme Analytics', skillsOf([['python', 'required'], ['sql', 'required'], ['apache-spark', 'required'], ['apache-airflow', 'preferred']]));
const VIEWED = snapshot('greenhouse:802', 'Sr. Data Engineer (Remote)', 'Globex', skillsOf([['python', 'required'], ['kafka', 'required'], ['aws', 'preferred']]));
const OTHER = snapshot('greenhouse:803', 'Product Designer', 'Initech', skillsOf([['figma', 'required']]));
const PROFILE = ['python', 'sql'];

/** What the goal card must show, worked out in Node by the same code over the same postings. */
function expectedGoal(profileIds: string[]) {
  const postings: RolePosting[] = [
    { ...SAVED, saved: true },
    { ...VIEWED, saved: false },
    { ...OTHER, saved: false },
  ];
  const rp = buildRoleProfile(goalForRole('data-engineer'), postings);
  const c = goalCoverage(rp, { skills: profileIds.map((id) => ({ id, level: 'working' as const, updatedAt: 0 })) }, byId);
  return { rp, required: `${c.required.have} of ${c.required.total}`, requiredHave: c.required.have, score: `You cover ${c.score}% of what these postings ask for.` };
}

async function storedPlanOrder(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const { plan } = (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('plan')) as { plan?: { items: { skillId: string }[] } };
    return (plan?.items ?? []).map((i) => i.skillId);
  });
}

describe('goals and the learning plan, in the dashboard', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
    await seedProfile(browser, PROFILE.map((id) => ({ id })));
    const page = await openExtensionPage(browser, 'popup.html');
    await seedViewed(page, [VIEWED, OTHER]);
    await seedSaved(page, [SAVED]);
    await page.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sets a goal and shows its coverage, its missing skills and the postings that match it', async () => {
    const page = await openExtensionPage(browser, 'options.html#goals');
    await page.getByLabel('Target role').selectOption({ label: 'Data Engineer' });
    await page.getByRole('button', { name: 'Add goal' }).click();
    const card = page.getByRole('article', { name: 'Data Engineer' });
    const before = expectedGoal(PROFILE);
    // Spark is one of the role's required skills, and the person lacks it.
    expect(before.rp.required.map((s) => s.id)).toContain('apache-spark');
    await expect.poll(() => card.getByTestId('goal-required').textContent(), { timeout: 10_000 }).toBe(before.required);
    expect(await card.getByTestId('goal-score').textContent()).toBe(before.score);
    expect(await card.textContent()).toContain('From the 2 postings for this role you viewed or saved, blended with SkillGap’s template');
    expect(await card.getByTestId('goal-missing-required').locator('li[data-skill="apache-spark"]').count()).toBe(1);
    // The matching postings, saved first; the designer posting is not one of them.
    const postings = card.getByRole('list', { name: 'Postings for Data Engineer' }).locator('> li');
    expect(await postings.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toEqual(['greenhouse:801', 'greenhouse:802']);
    expect(await postings.first().getByTestId('goal-posting-score').textContent()).toBe('2 of 4 skills (57%)');
    expect(await seriousA11yViolations(page, 'main')).toEqual([]);
    // The goal is kept: a reload shows it again.
    await page.reload();
    await expect.poll(() => page.getByRole('article', { name: 'Data Engineer' }).getByTestId('goal-required').textContent(), { timeout: 10_000 }).toBe(before.required);
    await page.close();
  });

  it('adds skills to a plan with prerequisites first, reorders them, and marking one learned updates the profile, the goal and a saved posting', async () => {
    const page = await openExtensionPage(browser, 'options.html#goals');
    const card = page.getByRole('article', { name: 'Data Engineer' });
    await card.getByRole('button', { name: 'Add to plan: Apache Kafka' }).click();
    await expect.poll(() => card.getByTestId('goal-missing-required').locator('li[data-skill="kafka"]').textContent()).toContain('in your plan');

    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    const plan = page.getByRole('region', { name: 'Learning plan' });
    // The plan works toward the goal the first skill came from.
    expect(await plan.getByLabel('Working toward').inputValue()).toBe('role:data-engineer');
    // PySpark builds on Spark, which the plan puts first.
    const search = plan.getByRole('combobox', { name: 'Add a skill' });
    await search.fill('PySpark');
    await plan.getByRole('option', { name: /^PySpark/ }).first().waitFor();
    await search.press('Enter');
    const items = plan.getByRole('list', { name: 'Your plan, in order' }).locator('> li');
    const order = () => items.evaluateAll((els) => els.map((e) => e.getAttribute('data-skill')));
    await expect.poll(order).toEqual(['kafka', 'apache-spark', 'pyspark']);
    expect(await items.nth(1).textContent()).toContain('needed for PySpark');

    // Reorder with a button, then with the keyboard.
    await plan.getByRole('button', { name: 'Move Apache Kafka down' }).click();
    await expect.poll(order).toEqual(['apache-spark', 'kafka', 'pyspark']);
    await plan.getByRole('button', { name: 'Move Apache Kafka down' }).click();
    await expect.poll(order).toEqual(['apache-spark', 'pyspark', 'kafka']);
    const kafka = plan.locator('li[data-skill="kafka"]');
    await kafka.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(order).toEqual(['apache-spark', 'kafka', 'pyspark']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-skill'))).toBe('kafka');
    expect(await storedPlanOrder(page)).toEqual(['apache-spark', 'kafka', 'pyspark']);

    // Pace and date: three week-sized skills, 120 hours at 10 hours a week.
    await plan.getByLabel('Hours a week').fill('10');
    await expect.poll(() => plan.getByTestId('plan-summary').textContent()).toContain('About 120 hours of learning. At 10 hours a week you finish around');
    expect(await seriousA11yViolations(page, 'main')).toEqual([]);

    await plan.getByRole('button', { name: 'I learned it: Apache Spark' }).click();
    await expect.poll(order).toEqual(['kafka', 'pyspark']);
    await expect.poll(() => storedProfile(page)).toContainEqual(['apache-spark', 'working']);
    expect(await plan.getByTestId('plan-learned').textContent()).toContain('Learned from your plan: Apache Spark');

    // The goal's coverage and the saved posting's score follow.
    await page.getByRole('link', { name: 'Goals', exact: true }).click();
    const after = expectedGoal([...PROFILE, 'apache-spark']);
    expect(after.requiredHave).toBe(expectedGoal(PROFILE).requiredHave + 1);
    const card2 = page.getByRole('article', { name: 'Data Engineer' });
    await expect.poll(() => card2.getByTestId('goal-required').textContent(), { timeout: 10_000 }).toBe(after.required);
    expect(await card2.getByTestId('goal-score').textContent()).toBe(after.score);
    expect(await card2.locator('li[data-key="greenhouse:801"]').getByTestId('goal-posting-score').textContent()).toBe('3 of 4 skills (86%)');
    // This week's snapshot of the goal holds the new coverage, for the progress chart.
    const chart = page.getByTestId('progress-chart');
    await expect.poll(() => chart.locator('table tr', { hasText: 'Data Engineer' }).textContent()).toContain(`${after.score.match(/(\d+)%/)![1]}%`);
    await page.close();

    // The watchlist, read by its own view, scores the saved posting anew.
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.getByRole('tab', { name: 'Watchlist' }).click();
    await expect.poll(() => popup.locator('.watchlist li[data-key="greenhouse:801"]').getByTestId('watchlist-match').textContent(), { timeout: 10_000 }).toBe('Required 3/3 · Preferred 0/1 · 86%');
    await popup.close();
  });

  it('shows the goals and the plan in the popup too', async () => {
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.getByRole('tab', { name: 'Goals' }).click();
    await expect.poll(() => popup.getByRole('article', { name: 'Data Engineer' }).getByTestId('goal-required').textContent(), { timeout: 10_000 }).toBe(expectedGoal([...PROFILE, 'apache-spark']).required);
    await popup.getByRole('tab', { name: 'Plan' }).click();
    await expect.poll(() => popup.getByRole('list', { name: 'Your plan, in order' }).locator('> li').count()).toBe(2);
    await popup.close();
  });
});
