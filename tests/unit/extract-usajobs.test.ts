import { describe, expect, it } from 'vitest';
import { usajobs } from '@/lib/extract/sites/usajobs';
import { usajobsRoutes } from '../fixtures/usajobs/routes';
import { loadFixture, siteFixtureSuite } from './site-fixture-suite';

siteFixtureSuite(usajobs, usajobsRoutes, {
  postings: [
    {
      file: 'job-civil-engineer.html',
      title: 'Civil Engineer (Hydraulics)',
      company: 'U.S. Army Corps of Engineers',
      location: 'Louisville, KY',
      key: 'usajobs:823456700',
      url: 'https://www.usajobs.gov/job/823456700',
      heading: 'Qualifications',
      sentence: 'Develop and calibrate one- and two-dimensional models in HEC-RAS and HEC-HMS, and review models prepared by contractors.',
      description: '.usajobs-joa-sections',
      anchorTag: 'H1',
    },
  ],
  lists: [
    {
      file: 'search-civil-engineer.html',
      count: 9,
      first: [
        ['usajobs:823456700', 'Civil Engineer (Hydraulics)', 'U.S. Army Corps of Engineers', 'Louisville, Kentucky'],
        ['usajobs:823511200', 'Civil Engineer (Structural)', 'U.S. Army Corps of Engineers', 'Louisville, Kentucky'],
        ['usajobs:822980400', 'General Engineer', 'Veterans Health Administration', 'Lexington, Kentucky'],
      ],
      includes: ['usajobs:823456700', 'usajobs:823419500'],
    },
  ],
  nones: ['help-how-to-apply.html'],
  foreignUrls: ['https://www.governmentjobs.com/careers/x', 'https://usajobs.gov.example.com/job/1'],
});

describe('USAJOBS specifics', () => {
  it('reads the announcement from the summary through the requirements, without the overview box', () => {
    const p = usajobs.read(loadFixture('usajobs/job-civil-engineer.html'), new URL(usajobsRoutes[0]!.url)).posting!;
    expect(p.text.split('\n')[0]).toBe('Summary');
    expect(p.text).toContain('Registration as a Professional Engineer (PE) is preferred but not required.');
    expect(p.text).not.toContain('Pay scale & grade');
  });

  it('names the first three duty stations and counts the rest', () => {
    const doc = loadFixture('usajobs/job-civil-engineer.html');
    const list = doc.querySelector('.usajobs-joa-locations')!;
    list.innerHTML = ['Louisville, KY', 'Nashville, TN', 'Huntington, WV', 'Pittsburgh, PA', 'Cincinnati, OH']
      .map((place) => `<div class="location-item"><div class="font-bold">${place}</div><div>1 vacancy</div></div>`)
      .join('');
    expect(usajobs.read(doc, new URL(usajobsRoutes[0]!.url)).posting?.location).toBe('Louisville, KY; Nashville, TN; Huntington, WV +2 more');
  });

  it('falls back to announcement links on a search page whose card class changed', () => {
    const doc = loadFixture('usajobs/search-civil-engineer.html');
    for (const card of doc.querySelectorAll('.usajobs-search-result--core')) card.className = 'search-result-card';
    const cards = usajobs.read(doc, new URL(usajobsRoutes[1]!.url)).cards;
    expect(cards).toHaveLength(9);
    expect(cards[0]).toMatchObject({ key: 'usajobs:823456700', title: 'Civil Engineer (Hydraulics)' });
    expect(cards[0]?.element.className).toBe('search-result-card');
  });

  it('keys the legacy ViewDetails address like /job/<id>', () => {
    const page = usajobs.read(loadFixture('usajobs/job-civil-engineer.html'), new URL('https://www.usajobs.gov/GetJob/ViewDetails/823456700'));
    expect(page.posting?.key).toBe('usajobs:823456700');
  });
});
