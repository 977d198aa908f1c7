import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/extract/read-page';
import { querySelectorFirst } from '@/lib/extract/query';
import { requisitionFromSlug, workday } from '@/lib/extract/sites/workday';
import { workdayRoutes } from '../fixtures/workday/routes';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const urlOf = (file: string) => workdayRoutes.find((r) => r.file === `workday/${file}`)!.url;

function load(file: string): Document {
  return parseHTML(readFileSync(join(FIXTURES, 'workday', file), 'utf8')).document as unknown as Document;
}
function read(file: string, url = urlOf(file)) {
  return readPage(load(file), new URL(url));
}

describe('Workday postings', () => {
  it.each([
    {
      file: 'job-mechanical-design-engineer.html',
      title: 'Mechanical Design Engineer II',
      location: 'Houston, TX; Tulsa, OK',
      key: 'workday:ridgewayenergy:R-24817',
      sentence: 'Perform pipe stress analysis in CAESAR II and size relief valves, pumps and heat exchangers.',
    },
    {
      file: 'search-with-job-details.html',
      title: 'Field Service Technician – Compression',
      location: 'Odessa, TX',
      key: 'workday:ridgewayenergy:R25102',
      sentence: 'Record work orders, parts and run hours in SAP Plant Maintenance from a tablet.',
    },
  ])('reads $file as one posting', ({ file, title, location, key, sentence }) => {
    const page = read(file, urlOf(file) + '?timeType=6d5ece62cf5a4f9f');
    expect(page).toMatchObject({ site: 'workday', kind: 'posting', cards: [] });
    const p = page.posting!;
    expect(p).toMatchObject({ title, company: 'Ridgeway Energy', location, key, url: urlOf(file) });
    expect(p.text.split('\n')).toEqual(expect.arrayContaining(['Minimum Qualifications', 'Preferred Qualifications']));
    expect(p.text).toContain(sentence);
    expect(p.anchor?.getAttribute('data-automation-id')).toBe('jobPostingHeader');
    // The posting's own fields, not those of the result cards listed beside it.
    expect(p.text).not.toMatch(/JOBS FOUND|job requisition id|Similar Jobs/);
  });

  it('watches the box the app renders the search and the opened job into', () => {
    const doc = load('search-with-job-details.html');
    const root = querySelectorFirst(doc, workday.spaRoots!)!;
    expect(root.id).toBe('mainContent');
    const page = readPage(doc, new URL(urlOf('search-with-job-details.html')));
    expect(root.contains(doc.querySelector('[data-automation-id="jobResults"]')) && root.contains(page.posting!.anchor!)).toBe(true);
  });

  it('gives a job the same key at its /details/ address beside the results and at its own /job/ address', () => {
    const doc = load('search-with-job-details.html');
    const href = doc.querySelector('a[aria-current="true"][data-automation-id="jobTitle"]')!.getAttribute('href')!;
    expect(href).toBe('/en-US/Ridgeway_Careers/job/Odessa-TX/Field-Service-Technician---Compression_R25102-1');
    const atJob = readPage(doc, new URL(href, urlOf('search-with-job-details.html')));
    expect(atJob.posting?.key).toBe(read('search-with-job-details.html').posting?.key);
  });

  it('keeps the job key on the application steps under the job', () => {
    const doc = load('job-mechanical-design-engineer.html');
    doc.querySelector('#root')!.replaceChildren();
    const page = readPage(doc, new URL(`${urlOf('job-mechanical-design-engineer.html')}/apply/applyManually`));
    expect(page.posting).toMatchObject({ key: 'workday:ridgewayenergy:R-24817', url: urlOf('job-mechanical-design-engineer.html') });
  });

  it('reads the JSON-LD Workday serves before its app has rendered', () => {
    const doc = load('job-mechanical-design-engineer.html');
    doc.querySelector('#root')!.replaceChildren();
    const page = readPage(doc, new URL(urlOf('job-mechanical-design-engineer.html')));
    expect(page.kind).toBe('posting');
    expect(page.posting).toMatchObject({
      title: 'Mechanical Design Engineer II',
      company: 'Ridgeway Energy',
      location: 'Houston, TX, United States of America',
      key: 'workday:ridgewayenergy:R-24817',
    });
    expect(page.posting!.text.split('\n')).toContain('Minimum Qualifications');
    expect(page.posting!.anchor).toBeUndefined();
  });

  it('names the company after the tenant when the page does not', () => {
    const doc = load('job-mechanical-design-engineer.html');
    doc.querySelector('script[type="application/ld+json"]')!.remove();
    const page = readPage(doc, new URL('https://north-star_freight.wd1.myworkdayjobs.com/External/job/Reno-NV/Mechanical-Design-Engineer-II_R-24817'));
    expect(page.posting).toMatchObject({ company: 'North Star Freight', key: 'workday:north-star_freight:R-24817' });
  });
});

describe('Workday pages that are not one posting', () => {
  it('reads a search page with no job opened as none: its cards have nothing to read', () => {
    expect(read('board-search.html')).toMatchObject({ site: 'workday', kind: 'none', cards: [] });
  });

  it.each([
    ['Software-Developer-Full-stack-_25WD84893-1', '25WD84893'],
    ['Mechanical-Design-Engineer-II_R-24817', 'R-24817'],
    ['Gas-Control-Operator_R25011-2', 'R25011'],
    ['Analyst_R-2', 'R-2'],
    ['Senior-Analyst', undefined],
  ])('finds the requisition id in the slug %s', (slug, id) => {
    expect(requisitionFromSlug(slug)).toBe(id);
  });
});
