import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/extract/read-page';
import { smartrecruitersRoutes } from '../fixtures/smartrecruiters/routes';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const urlOf = (file: string) => smartrecruitersRoutes.find((r) => r.file === `smartrecruiters/${file}`)!.url;

function load(file: string): Document {
  return parseHTML(readFileSync(join(FIXTURES, 'smartrecruiters', file), 'utf8')).document as unknown as Document;
}
function read(file: string, url = urlOf(file)) {
  return readPage(load(file), new URL(url));
}

describe('SmartRecruiters job page', () => {
  it('reads the posting and all its sections', () => {
    const page = read('job-staff-pharmacist.html', `${urlOf('job-staff-pharmacist.html')}?trid=2b4c6d8e&dcr_ci=NorthgateHealthPharmacies`);
    expect(page).toMatchObject({ site: 'smartrecruiters', kind: 'posting', cards: [] });
    const p = page.posting!;
    expect(p).toMatchObject({
      title: 'Staff Pharmacist',
      company: 'Northgate Health Pharmacies',
      location: 'Milwaukee, WI, US',
      key: 'smartrecruiters:744000052817364',
      url: 'https://jobs.smartrecruiters.com/NorthgateHealthPharmacies/744000052817364-staff-pharmacist',
    });
    // Every section, in page order.
    const lines = p.text.split('\n');
    const at = ['Company Description', 'Job Description', 'Qualifications', 'Additional Information'].map((h) => lines.indexOf(h));
    expect(Math.min(...at)).toBeGreaterThanOrEqual(0);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(p.text).toContain('Doctor of Pharmacy (PharmD) degree from an ACPE-accredited college of pharmacy.');
    expect(p.text).not.toMatch(/I'm interested|Full-time\nPharmacy/);
    expect(p.anchor?.tagName).toBe('H1');
  });

  it('falls back to the printed address without microdata', () => {
    const doc = load('job-staff-pharmacist.html');
    doc.querySelector('[itemprop="address"]')!.remove();
    expect(readPage(doc, new URL(urlOf('job-staff-pharmacist.html'))).posting?.location).toBe('2745 S Kinnickinnic Ave, Milwaukee, WI 53207, USA');
  });
});

describe('SmartRecruiters careers page', () => {
  it('reads the openings as cards, each placed by its group', () => {
    const page = read('careers-northgate.html');
    expect(page.kind).toBe('list');
    expect(page.cards).toHaveLength(9);
    expect(page.cards[0]).toMatchObject({ key: 'smartrecruiters:744000052817364', title: 'Staff Pharmacist', company: 'Northgate Health Pharmacies' });
    expect(page.cards[5]).toMatchObject({
      key: 'smartrecruiters:744000052688412',
      title: 'Certified Pharmacy Technician – Long-Term Care',
      location: 'Madison, WI, United States',
      url: 'https://jobs.smartrecruiters.com/NorthgateHealthPharmacies/744000052688412-certified-pharmacy-technician-long-term-care',
    });
    expect(page.cards.at(-1)!.location).toBe('Rockford, IL, United States');
    expect(page.cards[2]?.anchor?.tagName).toBe('H4');
  });
});

describe('SmartRecruiters pages that are not postings', () => {
  it('reads an expired job as none', () => {
    expect(read('expired-job.html')).toMatchObject({ site: 'smartrecruiters', kind: 'none', cards: [] });
  });
});
