import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { querySelectorFirst } from '@/lib/extract/query';
import { readPage } from '@/lib/extract/read-page';
import { linkedin } from '@/lib/extract/sites/linkedin';
import { linkedinRoutes } from '../fixtures/linkedin/routes';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const urlOf = (file: string) => linkedinRoutes.find((r) => r.file === `linkedin/${file}`)!.url;

function load(file: string): Document {
  return parseHTML(readFileSync(join(FIXTURES, 'linkedin', file), 'utf8')).document as unknown as Document;
}
function read(file: string, url = urlOf(file)) {
  return readPage(load(file), new URL(url));
}

describe('LinkedIn job pages', () => {
  it.each([
    {
      file: 'job-view-data-engineer.html',
      title: 'Senior Data Engineer',
      company: 'Kestrel Mobility',
      location: 'Berlin, Berlin, Germany',
      key: 'linkedin:4105827364',
      heading: "What you bring",
      sentence: 'Own our Apache Airflow deployment and move the remaining cron jobs into it.',
    },
    {
      file: 'guest-job-view-icu-nurse.html',
      title: 'Registered Nurse – Intensive Care Unit',
      company: 'Riverside Health Partners',
      location: 'Leeds, England, United Kingdom',
      key: 'linkedin:4098765432',
      heading: 'Essential criteria',
      sentence: 'Current registration with the Nursing and Midwifery Council (NMC) as an Adult Nurse.',
    },
  ])('reads $file as one posting', ({ file, title, company, location, key, heading, sentence }) => {
    const page = read(file);
    expect(page.site).toBe('linkedin');
    expect(page.kind).toBe('posting');
    const p = page.posting!;
    expect(p).toMatchObject({ title, company, location, key, url: `https://www.linkedin.com/jobs/view/${key.split(':')[1]}/` });
    expect(p.text.split('\n')).toContain(heading);
    expect(p.text).toContain(sentence);
    expect(p.anchor?.tagName).toBe('H1');
    expect(p.textMap?.nodes.length).toBeGreaterThan(10);
  });

  it('keeps the description apart from the top card, criteria list and company box', () => {
    const p = read('guest-job-view-icu-nurse.html').posting!;
    expect(p.text).not.toMatch(/Seniority level|Show more|54 applicants/);
    const q = read('job-view-data-engineer.html').posting!;
    expect(q.text.startsWith('About the job\nAbout Kestrel Mobility\n')).toBe(true);
    expect(q.text).not.toMatch(/About the company|Easy Apply|See more/);
  });

  it('gives the same key to a guest page on a country host and to the signed-in page', () => {
    const p = read('guest-job-view-icu-nurse.html', 'https://www.linkedin.com/jobs/view/4098765432/').posting!;
    expect(p.key).toBe('linkedin:4098765432');
  });
});

describe('LinkedIn lists', () => {
  it.each([
    ['search', urlOf('search-product-designer.html')],
    ['collections', 'http://www.linkedin.com/jobs/collections/recommended/?currentJobId=4101234567'],
  ])('reads the signed-in %s page as cards plus the detail pane', (_name, url) => {
    const page = read('search-product-designer.html', url);
    expect(page.kind).toBe('list');
    // Twelve list items, two of them occluded shells with no content yet.
    expect(page.cards).toHaveLength(10);
    expect(page.cards.slice(0, 3).map((c) => [c.key, c.title, c.company, c.location])).toEqual([
      ['linkedin:4101234567', 'Senior Product Designer', 'Larchwood Bank', 'London, England, United Kingdom (Hybrid)'],
      ['linkedin:4099871203', 'Product Designer, Payments', 'Tillpoint', 'London, England, United Kingdom (On-site)'],
      ['linkedin:4102456610', 'UX Designer', 'Harbourside Council', 'Bristol, England, United Kingdom (Hybrid)'],
    ]);
    expect(page.cards[0]?.url).toBe('https://www.linkedin.com/jobs/view/4101234567/');
    expect(page.cards[0]?.element.getAttribute('data-occludable-job-id')).toBe('4101234567');
    const p = page.posting!;
    expect(p).toMatchObject({ key: 'linkedin:4101234567', title: 'Senior Product Designer', company: 'Larchwood Bank', location: 'London, England, United Kingdom' });
    expect(p.text.split('\n')).toContain("What you'll need");
    expect(p.text).toContain('Expert use of Figma, including auto layout, variables and component libraries.');
    expect(p.key).toBe(page.cards[0]?.key);
  });

  it('takes the pane key from the job the pane shows, not from a stale currentJobId', () => {
    const page = read('search-product-designer.html', 'https://www.linkedin.com/jobs/search/?currentJobId=4099871203');
    expect(page.posting?.key).toBe('linkedin:4101234567');
  });

  it('puts card badges beside the title and watches one box around list and pane', () => {
    const doc = load('search-product-designer.html');
    const page = readPage(doc, new URL(urlOf('search-product-designer.html')));
    expect(page.cards[1]?.anchor?.classList.contains('artdeco-entity-lockup__title')).toBe(true);
    const root = querySelectorFirst(doc, linkedin.spaRoots!)!;
    expect(root.contains(page.cards[9]!.element) && root.contains(page.posting!.anchor!)).toBe(true);
    const guest = load('guest-search-electrician.html');
    expect(querySelectorFirst(guest, linkedin.spaRoots!)?.id).toBe('main-content');
    expect(readPage(guest, new URL(urlOf('guest-search-electrician.html'))).cards[0]?.anchor?.tagName).toBe('H3');
  });

  it('does not take the pane key from a similar job linked in the pane', () => {
    const doc = load('search-product-designer.html');
    const similar = doc.createElement('a');
    similar.setAttribute('href', '/jobs/view/4099999999/');
    similar.textContent = 'Similar job';
    doc.querySelector('.jobs-search__job-details--container')!.prepend(similar);
    expect(readPage(doc, new URL(urlOf('search-product-designer.html'))).posting?.key).toBe('linkedin:4101234567');
  });

  it('still lists the cards while the pane is loading', () => {
    const doc = load('search-product-designer.html');
    doc.querySelector('#job-details')!.remove();
    const page = readPage(doc, new URL(urlOf('search-product-designer.html')));
    expect(page.kind).toBe('list');
    expect(page.posting).toBeUndefined();
    expect(page.cards).toHaveLength(10);
  });

  it('reads the guest search page', () => {
    const page = read('guest-search-electrician.html');
    expect(page.kind).toBe('list');
    expect(page.posting).toBeUndefined();
    expect(page.cards).toHaveLength(12);
    expect(page.cards.map((c) => c.title)).toContain('Maintenance Electrician – Night Shift');
    expect(page.cards[6]).toMatchObject({
      key: 'linkedin:4102345678',
      title: 'Electrical Estimator',
      company: 'Summit Mechanical & Electrical',
      location: 'Edmonton, Alberta, Canada',
      url: 'https://www.linkedin.com/jobs/view/4102345678/',
    });
    // Cards come as <a class="base-card"> and as <div class="base-card"> with a full-size link inside.
    expect(page.cards.map((c) => c.element.tagName)).toEqual(expect.arrayContaining(['A', 'DIV']));
    expect(page.cards[2]?.company).toBe('Northbay Paper Mills');
  });
});

describe('LinkedIn pages that are not postings', () => {
  it('reads a company page as none', () => {
    const page = read('company-about.html');
    expect(page).toMatchObject({ site: 'linkedin', kind: 'none', cards: [] });
  });
});
