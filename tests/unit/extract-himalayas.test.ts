import { describe, expect, it } from 'vitest';
import { himalayas } from '@/lib/extract/sites/himalayas';
import { himalayasRoutes } from '../fixtures/himalayas/routes';
import { loadFixture, siteFixtureSuite } from './site-fixture-suite';

const KEY = 'himalayas:northstar-payroll/staff-accountant-8231657';

siteFixtureSuite(himalayas, himalayasRoutes, {
  postings: [
    {
      file: 'job-staff-accountant.html',
      title: 'Staff Accountant',
      company: 'Northstar Payroll',
      location: 'United States, Canada',
      key: KEY,
      url: 'https://himalayas.app/companies/northstar-payroll/jobs/staff-accountant-8231657',
      heading: 'Qualifications',
      sentence: 'Advanced Excel skills: VLOOKUP or XLOOKUP, pivot tables and SUMIFS.',
      description: 'main article .prose',
      anchorTag: 'H1',
      jsonLdSentence: 'Hands-on experience with NetSuite or QuickBooks Online.',
    },
  ],
  lists: [
    {
      file: 'jobs-finance.html',
      count: 9,
      first: [
        [KEY, 'Staff Accountant', 'Northstar Payroll', 'United States, Canada'],
        ['himalayas:tallybook/senior-accountant-8229910', 'Senior Accountant', 'Tallybook', 'United States'],
        ['himalayas:brightmile/accounts-payable-specialist-8230422', 'Accounts Payable Specialist', 'Brightmile', 'Worldwide'],
      ],
      includes: [KEY, 'himalayas:pocketly/bookkeeper-part-time-8231415'],
    },
  ],
  nones: ['company-tech-stack.html'],
  foreignUrls: ['https://remoteok.com/remote-dev-jobs', 'https://himalayas.example.com/jobs'],
});

describe('Himalayas specifics', () => {
  it('makes each card the box around its own job links only, with the excerpt as the snippet', () => {
    const cards = himalayas.read(loadFixture('himalayas/jobs-finance.html'), new URL(himalayasRoutes[1]!.url)).cards;
    expect(cards.every((c) => c.element.tagName === 'ARTICLE')).toBe(true);
    expect(cards[0]?.snippet).toBe('Own a large part of our month-end close: journal entries, reconciliations and the fixed asset register, in NetSuite.');
  });

  it('does not count the apply page as a second job, nor the similar jobs of a job page as a list', () => {
    const page = himalayas.read(loadFixture('himalayas/job-staff-accountant.html'), new URL(himalayasRoutes[0]!.url));
    expect(page.kind).toBe('posting');
    expect(page.posting?.text).not.toContain('Similar jobs');
  });
});
