import { describe, expect, it } from 'vitest';
import { ziprecruiter } from '@/lib/extract/sites/ziprecruiter';
import { ziprecruiterRoutes } from '../fixtures/ziprecruiter/routes';
import { loadFixture, siteFixtureSuite } from './site-fixture-suite';

const JOB_URL = 'https://www.ziprecruiter.com/c/Lakeview-Regional-Medical-Center/Job/Registered-Nurse-(RN)-Med-Surg-Nights/-in-Austin,TX?jid=7f3a91c2d4e5b608';

siteFixtureSuite(ziprecruiter, ziprecruiterRoutes, {
  postings: [
    {
      file: 'job-registered-nurse.html',
      title: 'Registered Nurse (RN) - Med/Surg - Nights',
      company: 'Lakeview Regional Medical Center',
      location: 'Austin, TX',
      key: 'ziprecruiter:7f3a91c2d4e5b608',
      url: JOB_URL,
      heading: 'Qualifications',
      sentence: 'Current RN license in Texas or a multistate compact license.',
      description: '.jobDescriptionSection',
      anchorTag: 'H1',
      jsonLdSentence: 'Current BLS certification from the American Heart Association.',
    },
  ],
  lists: [
    {
      file: 'jobs-search-registered-nurse.html',
      count: 10,
      first: [
        ['ziprecruiter:7f3a91c2d4e5b608', 'Registered Nurse (RN) - Med/Surg - Nights', 'Lakeview Regional Medical Center', 'Austin, TX'],
        ['ziprecruiter:a1c84e0f5b2d3976', 'ICU Registered Nurse', 'St. Brendan Medical Center', 'Austin, TX'],
        ['ziprecruiter:3e9d07b6c12f8a45', 'Travel Nurse RN - Telemetry', 'Meridian Travel Nursing', 'Round Rock, TX'],
      ],
      includes: ['ziprecruiter:7f3a91c2d4e5b608', 'ziprecruiter:2f8b6d4e0c13a975'],
    },
  ],
  nones: ['home.html'],
  foreignUrls: ['https://www.indeed.com/jobs?q=nurse', 'https://www.ziprecruiter.co.uk.example/jobs'],
});

describe('ZipRecruiter specifics', () => {
  const search = () => ziprecruiter.read(loadFixture('ziprecruiter/jobs-search-registered-nurse.html'), new URL(ziprecruiterRoutes[1]!.url));

  it('keeps only jid in card URLs, so a card and its job page share URL and key', () => {
    const card = search().cards[0];
    expect(card?.url).toBe(JOB_URL);
    expect(card?.snippet).toMatch(/^Lakeview Regional Medical Center is a 312-bed acute care hospital/);
  });

  it('reads the two-pane search cards, keyed by their listing key when no jid is linked', () => {
    const doc = loadFixture('ziprecruiter/jobs-search-registered-nurse.html');
    doc.querySelector('#job_list')!.innerHTML = `<div class="job_result_two_pane_v2"><article id="job-card-Qm9vAx2b8P1nR6mK0sT4wA"><h2 aria-label="ICU Registered Nurse"><a href="/jobs-search?lk=Qm9vAx2b8P1nR6mK0sT4wA">ICU Registered Nurse</a></h2><a data-testid="job-card-company" href="/co/St-Brendan-Medical-Center/Jobs">St. Brendan Medical Center</a><p data-testid="job-card-location">Austin, TX</p></article></div>`;
    const cards = ziprecruiter.read(doc, new URL(ziprecruiterRoutes[1]!.url)).cards;
    expect(cards.map((c) => [c.key, c.title, c.company, c.location])).toEqual([
      ['ziprecruiter:Qm9vAx2b8P1nR6mK0sT4wA', 'ICU Registered Nurse', 'St. Brendan Medical Center', 'Austin, TX'],
    ]);
  });

  it('treats the keyword list pages (/Jobs/…) as lists, not postings', () => {
    const page = ziprecruiter.read(loadFixture('ziprecruiter/jobs-search-registered-nurse.html'), new URL('https://www.ziprecruiter.com/Jobs/Registered-Nurse/-in-Austin,TX'));
    expect(page.kind).toBe('list');
  });
});
