import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { querySelectorFirst } from '@/lib/extract/query';
import { readPage } from '@/lib/extract/read-page';
import { glassdoor } from '@/lib/extract/sites/glassdoor';
import { glassdoorRoutes } from '../fixtures/glassdoor/routes';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const urlOf = (file: string) => glassdoorRoutes.find((r) => r.file === `glassdoor/${file}`)!.url;

function load(file: string): Document {
  return parseHTML(readFileSync(join(FIXTURES, 'glassdoor', file), 'utf8')).document as unknown as Document;
}
function read(file: string, url = urlOf(file)) {
  return readPage(load(file), new URL(url));
}

describe('Glassdoor job page', () => {
  it('reads /job-listing/ as one posting', () => {
    const page = read('job-listing-physical-therapist.html', `${urlOf('job-listing-physical-therapist.html')}&src=GD_JOB_AD&ao=1136043&jrtk=5-yul1`);
    expect(page).toMatchObject({ site: 'glassdoor', kind: 'posting', cards: [] });
    const p = page.posting!;
    expect(p).toMatchObject({
      title: 'Physical Therapist - Outpatient Orthopedics',
      company: 'Summit Ridge Physical Therapy',
      location: 'Denver, CO',
      key: 'glassdoor:1009512345678',
      url: 'https://www.glassdoor.com/job-listing/j?jl=1009512345678',
    });
    expect(p.text.split('\n')).toEqual(expect.arrayContaining(['Requirements', 'Preferred']));
    expect(p.text).toContain('Current Colorado physical therapy license, or eligibility for licensure.');
    // Only the employer's text: not the rating, the "Show more" button or the company overview.
    expect(p.text).not.toMatch(/Show more|Company overview|4\.3|Employer provided/);
    expect(p.anchor?.id).toBe('jd-job-title-1009512345678');
  });
});

describe('Glassdoor search', () => {
  it('reads the cards and the detail pane', () => {
    const page = read('search-marketing-manager-denver.html');
    expect(page.kind).toBe('list');
    // Ten job cards; the job-alert box between them is not one.
    expect(page.cards).toHaveLength(10);
    expect(page.cards[2]).toMatchObject({
      key: 'glassdoor:1009476543210',
      title: 'Product Marketing Manager',
      company: 'Peakline Software',
      location: 'Denver, CO',
      url: 'https://www.glassdoor.com/job-listing/j?jl=1009476543210',
    });
    expect(page.cards[2]?.snippet).toBe('Own positioning, messaging and launches for our scheduling product.\nSkills: B2B, SaaS, Go-to-market strategy');
    expect(page.cards[2]?.element.getAttribute('data-test')).toBe('jobListing');
    const p = page.posting!;
    expect(p).toMatchObject({ key: 'glassdoor:1009498765432', title: 'Marketing Manager', company: 'Aspen Trail Outfitters', location: 'Denver, CO' });
    expect(p.text.split('\n')).toContain('What You Bring');
    expect(p.text).toContain('Hands-on experience with Klaviyo or a similar email platform (Braze, Iterable, Salesforce Marketing Cloud).');
    expect(p.key).toBe(page.cards[0]?.key);
  });

  it('puts card badges on the title and watches one box around list and pane', () => {
    const doc = load('search-marketing-manager-denver.html');
    const page = readPage(doc, new URL(urlOf('search-marketing-manager-denver.html')));
    expect(page.cards[4]?.anchor?.getAttribute('data-test')).toBe('job-title');
    const root = querySelectorFirst(doc, glassdoor.spaRoots!)!;
    expect(root.contains(page.cards[9]!.element) && root.contains(page.posting!.anchor!)).toBe(true);
  });

  it('keys the pane by the selected card when its title has no id', () => {
    const doc = load('search-marketing-manager-denver.html');
    doc.querySelector('[id^="jd-job-title-"]')!.removeAttribute('id');
    expect(readPage(doc, new URL(urlOf('search-marketing-manager-denver.html'))).posting?.key).toBe('glassdoor:1009498765432');
  });

  it('keys each card by the listing its title links to, as the job page is keyed', () => {
    for (const card of read('search-marketing-manager-denver.html').cards) {
      const href = card.element.querySelector('a[data-test="job-title"]')!.getAttribute('href')!;
      expect(card.key).toBe(`glassdoor:${new URL(href).searchParams.get('jl')}`);
    }
  });
});

describe('Glassdoor pages that are not postings', () => {
  it('reads a company overview as none', () => {
    expect(read('company-overview.html')).toMatchObject({ site: 'glassdoor', kind: 'none', cards: [] });
  });
});
