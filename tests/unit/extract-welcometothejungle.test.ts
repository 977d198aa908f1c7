import { describe, expect, it } from 'vitest';
import { welcometothejungle } from '@/lib/extract/sites/welcometothejungle';
import { welcometothejungleRoutes } from '../fixtures/welcometothejungle/routes';
import { loadFixture, siteFixtureSuite } from './site-fixture-suite';

const KEY = 'welcometothejungle:pivette/senior-data-engineer_paris_PIVET_a7Kq2Lm';

siteFixtureSuite(welcometothejungle, welcometothejungleRoutes, {
  postings: [
    {
      file: 'job-senior-data-engineer.html',
      title: 'Senior Data Engineer',
      company: 'Pivette',
      location: 'Paris',
      key: KEY,
      url: 'https://www.welcometothejungle.com/en/companies/pivette/jobs/senior-data-engineer_paris_PIVET_a7Kq2Lm',
      heading: 'Preferred experience',
      sentence: 'Hands-on experience with dbt and Airflow in production.',
      description: '#the-position-section',
      anchorTag: 'H2',
      // Welcome to the Jungle's JSON-LD holds the job description section only, not the profile wanted.
      jsonLdSentence: 'Model our warehouse in BigQuery with dbt, from raw sources to the marts our analysts use every day.',
    },
  ],
  lists: [
    {
      file: 'jobs-search-data-engineer.html',
      count: 9,
      first: [
        [KEY, 'Senior Data Engineer', 'Pivette', 'Paris'],
        ['welcometothejungle:lumen-sante/data-engineer-confirme-e_paris_LUMEN_Bq8Xk1P', 'Data Engineer', 'Lumen Santé', 'Paris'],
        ['welcometothejungle:atelier-mistral/analytics-engineer_lyon_ATELI_r3WnZ0e', 'Analytics Engineer', 'Atelier Mistral', 'Lyon'],
      ],
      includes: [KEY],
    },
  ],
  nones: ['article-salary-negotiation.html'],
  foreignUrls: ['https://www.welcomekit.co/jobs', 'https://www.linkedin.com/jobs/view/4105827364/'],
});

describe('Welcome to the Jungle specifics', () => {
  it('gives the French and English editions of a job one key', () => {
    const page = welcometothejungle.read(
      loadFixture('welcometothejungle/job-senior-data-engineer.html'),
      new URL('https://www.welcometothejungle.com/fr/companies/pivette/jobs/senior-data-engineer_paris_PIVET_a7Kq2Lm?q=abc&o=def'),
    );
    expect(page.posting?.key).toBe(KEY);
    expect(page.posting?.url).toBe('https://www.welcometothejungle.com/fr/companies/pivette/jobs/senior-data-engineer_paris_PIVET_a7Kq2Lm');
  });

  it('reads the description, the profile wanted and the process, and not the company section', () => {
    const text = welcometothejungle.read(loadFixture('welcometothejungle/job-senior-data-engineer.html'), new URL(welcometothejungleRoutes[0]!.url)).posting!.text;
    expect(text.split('\n').slice(0, 2)).toEqual(['The position', 'Job description']);
    expect(text).toContain('A take-home case on a sample of anonymised invoice data, discussed with the team.');
    expect(text).not.toContain('Meet Pivette');
  });

  it('falls back to the sections themselves when the position wrapper is gone', () => {
    const doc = loadFixture('welcometothejungle/job-senior-data-engineer.html');
    const wrapper = doc.querySelector('#the-position-section')!;
    wrapper.removeAttribute('id');
    const p = welcometothejungle.read(doc, new URL(welcometothejungleRoutes[0]!.url)).posting!;
    expect(p.text).toContain('Excellent Python and SQL.');
    expect(p.textMap!.nodes.every((n) => wrapper.contains(n))).toBe(true);
  });

  it('strips the search tracking parameters from card URLs', () => {
    const card = welcometothejungle.read(loadFixture('welcometothejungle/jobs-search-data-engineer.html'), new URL(welcometothejungleRoutes[1]!.url)).cards[0];
    expect(card?.url).toBe('https://www.welcometothejungle.com/en/companies/pivette/jobs/senior-data-engineer_paris_PIVET_a7Kq2Lm');
  });
});
