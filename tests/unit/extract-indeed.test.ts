import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { querySelectorFirst } from '@/lib/extract/query';
import { readPage } from '@/lib/extract/read-page';
import { indeed } from '@/lib/extract/sites/indeed';
import { indeedRoutes } from '../fixtures/indeed/routes';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const urlOf = (file: string) => indeedRoutes.find((r) => r.file === `indeed/${file}`)!.url;

function load(file: string): Document {
  return parseHTML(readFileSync(join(FIXTURES, 'indeed', file), 'utf8')).document as unknown as Document;
}
function read(file: string, url = urlOf(file)) {
  return readPage(load(file), new URL(url));
}

describe('Indeed job page', () => {
  it('reads /viewjob as one posting', () => {
    const page = read('viewjob-maintenance-technician.html', 'https://www.indeed.com/viewjob?jk=7c3f9a1e5b2d4068&from=serp&vjs=3&tk=1iq4r7s2b');
    expect(page).toMatchObject({ site: 'indeed', kind: 'posting', cards: [] });
    const p = page.posting!;
    expect(p).toMatchObject({
      // The hidden " - job post" suffix of the heading is not part of the title.
      title: 'Industrial Maintenance Technician - 2nd Shift',
      company: 'Carver Packaging',
      location: 'Gainesville, GA 30501',
      key: 'indeed:7c3f9a1e5b2d4068',
      url: 'https://www.indeed.com/viewjob?jk=7c3f9a1e5b2d4068',
    });
    expect(p.text.split('\n')).toEqual(expect.arrayContaining(['Qualifications', 'Preferred']));
    expect(p.text).toContain('Working knowledge of PLCs, preferably Allen-Bradley.');
    // Only the description: not the "Job details" tiles, the benefits box or the footer.
    expect(p.text).not.toMatch(/Job details|Full job description|Report job|Tuition reimbursement\n/);
    expect(p.anchor?.tagName).toBe('H1');
  });

  it('reads nothing from a /viewjob page without a job key', () => {
    expect(read('viewjob-maintenance-technician.html', 'https://www.indeed.com/viewjob').kind).toBe('none');
  });
});

describe('Indeed searches', () => {
  it('reads a search with the side pane as cards plus the pane posting', () => {
    const page = read('search-accountant-chicago.html');
    expect(page.kind).toBe('list');
    expect(page.cards).toHaveLength(12);
    expect(page.cards[3]).toMatchObject({
      key: 'indeed:c8e1a3b5d7f92046',
      title: 'Tax Accountant',
      company: 'Brennan & Kowalski CPAs',
      location: 'Schaumburg, IL 60173',
      url: 'https://www.indeed.com/viewjob?jk=c8e1a3b5d7f92046',
    });
    expect(page.cards[3]?.snippet).toBe('Prepare individual, partnership and S-corp returns.\nExperience with CCH Axcess or UltraTax a plus.');
    expect(page.cards[3]?.element.classList.contains('job_seen_beacon')).toBe(true);
    const p = page.posting!;
    expect(p).toMatchObject({ key: 'indeed:3b9e6c1d2f4a5870', title: 'Staff Accountant', company: 'Lakefront Property Group', location: 'Chicago, IL 60601' });
    expect(p.text.split('\n')).toContain("What We're Looking For");
    expect(p.text).toContain('Experience with Yardi Voyager or a similar property management accounting system.');
    expect(p.key).toBe(page.cards[0]?.key);
  });

  it('puts card badges in the title heading and watches one box around list and pane', () => {
    const doc = load('search-accountant-chicago.html');
    const page = readPage(doc, new URL(urlOf('search-accountant-chicago.html')));
    expect(page.cards.every((c) => c.anchor?.matches('h2.jobTitle'))).toBe(true);
    const root = querySelectorFirst(doc, indeed.spaRoots!)!;
    expect(root.contains(page.cards[11]!.element) && root.contains(page.posting!.anchor!)).toBe(true);
  });

  it('takes the pane key from the pane title link when vjk is missing or stale', () => {
    for (const url of ['https://www.indeed.com/jobs?q=accountant&l=Chicago%2C+IL', 'https://www.indeed.com/jobs?q=accountant&vjk=a1c4e7f02b5d8e93']) {
      expect(read('search-accountant-chicago.html', url).posting?.key).toBe('indeed:3b9e6c1d2f4a5870');
    }
  });

  it('falls back to the highlighted card with neither a title link nor vjk', () => {
    const doc = load('search-accountant-chicago.html');
    const link = doc.querySelector('#jobsearch-ViewjobPaneWrapper h2 a')!;
    link.replaceWith(...link.childNodes);
    const page = readPage(doc, new URL('https://www.indeed.com/jobs?q=accountant&l=Chicago%2C+IL'));
    expect(page.posting?.key).toBe('indeed:3b9e6c1d2f4a5870');
  });

  it('falls back to vjk when the pane title has no link', () => {
    const doc = load('search-accountant-chicago.html');
    const link = doc.querySelector('#jobsearch-ViewjobPaneWrapper h2 a')!;
    link.replaceWith(...link.childNodes);
    const page = readPage(doc, new URL('https://www.indeed.com/jobs?q=accountant&vjk=3b9e6c1d2f4a5870'));
    expect(page.posting?.key).toBe('indeed:3b9e6c1d2f4a5870');
  });

  it('reads the older /q-…-jobs.html layout on a country host', () => {
    const page = read('uk-q-warehouse-operative.html');
    expect(page.kind).toBe('list');
    expect(page.posting).toBeUndefined();
    expect(page.cards.map((c) => c.title)).toEqual([
      'Warehouse Operative',
      'Forklift Driver (Counterbalance)',
      'Warehouse Team Leader',
      'Picker Packer',
      'Goods In Operative',
      'Stock Controller',
      'HGV Class 2 Driver / Warehouse',
      'Despatch Operative',
      'Warehouse Supervisor',
      'Reach Truck Driver',
    ]);
    expect(page.cards[1]).toMatchObject({
      key: 'indeed:8c2e4a6f1b3d5079',
      company: 'Severn Timber Merchants',
      location: 'Birmingham B11',
      url: 'https://uk.indeed.com/viewjob?jk=8c2e4a6f1b3d5079',
    });
    expect(page.cards[1]?.snippet).toContain('Valid counterbalance licence (RTITB or ITSSAR) essential.');
  });
});

describe('Indeed pages that are not postings', () => {
  it('reads a company page as none', () => {
    expect(read('company-carver-packaging.html')).toMatchObject({ site: 'indeed', kind: 'none', cards: [] });
  });
});
