import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '@/lib/extract/read-page';
import { openCounters } from './cdp-counters';
import { launchExtensionBrowser, seedProfile, type ExtensionBrowser } from './extension-browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const read = (file: string, url: string) => readPage(parseHTML(readFileSync(join(FIXTURES, file), 'utf8')).document as unknown as Document, new URL(url));

/** Where a site keeps the posting open in its pane, so a test can swap in another posting as the app would. */
interface Pane {
  title: string;
  description: string;
  /** Changes the page the way the site's app does when another posting is opened. */
  navigate(page: Page, n: number): Promise<string>;
}

const LINKEDIN: Pane = {
  title: '.job-details-jobs-unified-top-card__job-title h1 a',
  description: '#job-details .mt4',
  async navigate(page, n) {
    const id = String(4200000000 + n);
    await page.evaluate(`(() => {
      history.pushState({}, '', '/jobs/search/?currentJobId=${id}&keywords=product%20designer');
      const h1 = document.querySelector('.job-details-jobs-unified-top-card__job-title h1');
      // LinkedIn renders a new top card: the title element itself is replaced.
      const fresh = h1.cloneNode(false);
      const a = document.createElement('a');
      a.href = '/jobs/view/${id}/';
      a.textContent = 'Product Designer ${n}';
      fresh.append(a);
      h1.replaceWith(fresh);
      document.querySelector('#job-details .mt4').innerHTML = '<p><strong>Requirements</strong></p><ul><li>Experience with Figma and ${n % 2 ? 'Sketch' : 'Adobe XD'}.</li><li>Knowledge of HTML and CSS.</li></ul>';
    })()`);
    return `linkedin:${id}`;
  },
};

const INDEED: Pane = {
  title: '#jobsearch-ViewjobPaneWrapper .jobsearch-JobInfoHeader-title a',
  description: '#jobDescriptionText',
  async navigate(page, n) {
    const jk = (0x1000000000000000n + BigInt(n)).toString(16);
    await page.evaluate(`(() => {
      history.replaceState({}, '', '/jobs?q=accountant&l=Chicago%2C+IL&vjk=${jk}');
      const a = document.querySelector('#jobsearch-ViewjobPaneWrapper .jobsearch-JobInfoHeader-title a');
      a.href = '/viewjob?jk=${jk}&from=vjs';
      a.firstElementChild.firstChild.textContent = 'Senior Accountant ${n}';
      document.querySelector('#jobDescriptionText').innerHTML = '<p><b>Qualifications</b></p><ul><li>CPA license and 3+ years with QuickBooks.</li><li>Advanced Excel, including pivot tables.</li></ul>';
    })()`);
    return `indeed:${jk}`;
  },
};

describe('job sites in a real browser', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    // Workday renders the posting with script after the page loads; serve a page that does just that.
    const workday = readFileSync(join(FIXTURES, 'workday/job-mechanical-design-engineer.html'), 'utf8');
    const main = /<div id="mainContent"[\s\S]*<\/main>|<main[\s\S]*<\/main>/.exec(workday)?.[0] ?? '';
    const shell = workday.replace(main, '<div id="mainContent"></div><template id="later">' + main + '</template><script>setTimeout(() => { const t = document.getElementById("later"); document.getElementById("mainContent").replaceWith(t.content.cloneNode(true)); }, 400);</script>');
    server.route('http://ridgewayenergy.wd5.myworkdayjobs.com/en-US/Ridgeway_Careers/job/Houston-TX/Rendered-Later_R-30001', shell);
    browser = await launchExtensionBrowser({ hosts: server.hosts, port: server.port });
    await seedProfile(browser, ['python', 'figma', 'sql', 'microsoft-excel'].map((id) => ({ id })));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['LinkedIn search with its detail pane', 'linkedin/search-product-designer.html', 'http://www.linkedin.com/jobs/search/?currentJobId=4101234567&keywords=product%20designer'],
    ['Indeed search with its side pane', 'indeed/search-accountant-chicago.html', 'http://www.indeed.com/jobs?q=accountant&l=Chicago%2C+IL&vjk=3b9e6c1d2f4a5870'],
    ['LinkedIn guest search', 'linkedin/guest-search-electrician.html', 'http://ca.linkedin.com/jobs/search?keywords=Electrician&location=Canada'],
  ])('%s: a badge on the open posting and on every card', async (_name, file, url) => {
    const expected = read(file, url);
    expect(expected.cards.length).toBeGreaterThanOrEqual(8);
    const page = await browser.context.newPage();
    await page.goto(url);
    if (expected.posting) {
      await expect.poll(() => page.locator('span[data-skillgap=overlay]').getAttribute('data-key')).toBe(expected.posting.key);
    }
    await expect.poll(() => page.locator('span[data-skillgap=card]').count()).toBe(expected.cards.length);
    const keys = await page.locator('span[data-skillgap=card]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(new Set(keys)).toEqual(new Set(expected.cards.map((c) => c.key)));
    const text = await page.locator('span[data-skillgap=card]').first().evaluate((el) => el.shadowRoot!.textContent);
    expect(text).toMatch(/^(~?\d+%|–)$/);
    await page.close();
  });

  it.each([
    ['Greenhouse posting', 'greenhouse/classic-backend-engineer.html', 'http://boards.greenhouse.io/northwindlogistics/jobs/4012345'],
    ['Workday posting', 'workday/job-mechanical-design-engineer.html', 'http://ridgewayenergy.wd5.myworkdayjobs.com/en-US/Ridgeway_Careers/job/Houston-TX/Mechanical-Design-Engineer-II_R-24817'],
  ])('%s: one badge beside the title', async (_name, file, url) => {
    const expected = read(file, url).posting!;
    const page = await browser.context.newPage();
    await page.goto(url);
    await expect.poll(() => page.locator('span[data-skillgap=overlay]').getAttribute('data-key')).toBe(expected.key);
    expect(await page.locator('span[data-skillgap=overlay]').count()).toBe(1);
    await page.close();
  });

  it('Workday: a posting rendered by script after load still gets its badge', async () => {
    const page = await browser.context.newPage();
    await page.goto('http://ridgewayenergy.wd5.myworkdayjobs.com/en-US/Ridgeway_Careers/job/Houston-TX/Rendered-Later_R-30001');
    await expect.poll(() => page.locator('[data-automation-id="jobPostingHeader"] span[data-skillgap=overlay]').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('span[data-skillgap=overlay]').getAttribute('data-key')).toMatch(/^workday:ridgewayenergy:/);
    await page.close();
  });

  it.each([
    ['LinkedIn', 'http://www.linkedin.com/jobs/search/?currentJobId=4101234567&keywords=product%20designer', LINKEDIN],
    ['Indeed', 'http://www.indeed.com/jobs?q=accountant&l=Chicago%2C+IL&vjk=3b9e6c1d2f4a5870', INDEED],
  ])('%s: in-app navigation replaces the badge; 50 in a row leave one badge and no leaked listeners or observers', async (_name, url, pane) => {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.locator('span[data-skillgap=overlay]').waitFor({ state: 'attached' });
    const counters = await openCounters(page);
    const first = await pane.navigate(page, 1);
    await expect.poll(() => page.locator('span[data-skillgap=overlay]').getAttribute('data-key')).toBe(first);
    // The new posting's skills are the ones scored.
    await page.getByTestId('skillgap-badge').click();
    expect(await page.getByTestId('skillgap-panel').textContent()).toMatch(pane === LINKEDIN ? /Figma/ : /QuickBooks/);
    await page.getByTestId('skillgap-close').click();
    const listenersBefore = await counters.eventListeners();
    const observersBefore = await counters.mutationObservers();
    for (let n = 2; n <= 51; n++) {
      const key = await pane.navigate(page, n);
      await expect.poll(() => page.locator('span[data-skillgap=overlay]').getAttribute('data-key'), { interval: 20 }).toBe(key);
    }
    expect(await page.locator('span[data-skillgap=overlay]').count()).toBe(1);
    expect(await counters.mutationObservers()).toBe(observersBefore);
    expect(await counters.eventListeners()).toBeLessThanOrEqual(listenersBefore);
    await counters.close();
    await page.close();
  });
});
