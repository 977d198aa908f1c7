import { describe, expect, it } from 'vitest';
import { monster } from '@/lib/extract/sites/monster';
import { monsterRoutes } from '../fixtures/monster/routes';
import { loadFixture, siteFixtureSuite } from './site-fixture-suite';

const ID = '3d9f6a2e-84c1-4b07-a5e3-91c0d7f2b468';
const JOB_URL = `https://www.monster.com/job-openings/commercial-hvac-service-technician-louisville-ky--${ID}`;

siteFixtureSuite(monster, monsterRoutes, {
  postings: [
    {
      file: 'job-openings-hvac-technician.html',
      title: 'Commercial HVAC Service Technician',
      company: 'Bluegrass Mechanical Services',
      location: 'Louisville, KY',
      key: `monster:${ID}`,
      url: JOB_URL,
      heading: 'Qualifications',
      sentence: 'EPA Section 608 Universal certification.',
      description: '[data-testid="svx-description-container-inner"]',
      anchorTag: 'H1',
      jsonLdSentence: 'Strong electrical troubleshooting skills with a multimeter and a megohmmeter.',
    },
  ],
  lists: [
    {
      file: 'search-hvac-louisville.html',
      count: 10,
      first: [
        [`monster:${ID}`, 'Commercial HVAC Service Technician', 'Bluegrass Mechanical Services', 'Louisville, KY'],
        ['monster:8a1c5e97-2d4f-4b63-9e08-c7f3a1d5b240', 'HVAC Installer', 'Derby City Heating & Air', 'Louisville, KY'],
        ['monster:f4b2d068-9c1e-4a75-b3d9-5e0a7c2f8164', 'Building Automation Technician', 'Ohio Valley Controls', 'Jeffersonville, IN'],
      ],
      includes: [`monster:${ID}`],
    },
  ],
  nones: ['career-advice-article.html'],
  foreignUrls: ['https://www.monster.co.uk/jobs/search?q=hvac', 'https://www.dice.com/jobs?q=hvac'],
});

describe('Monster specifics', () => {
  const searchUrl = monsterRoutes[1]!.url;

  it('reads the job-view pane beside the search list as the posting, keyed like its card', () => {
    const page = monster.read(loadFixture('monster/search-hvac-louisville.html'), new URL(searchUrl));
    const p = page.posting!;
    expect(p).toMatchObject({ key: `monster:${ID}`, url: JOB_URL, title: 'Commercial HVAC Service Technician', company: 'Bluegrass Mechanical Services' });
    expect(p.anchor?.tagName).toBe('H2');
    expect(p.text).toContain('Valid driver\'s license and a clean driving record.');
    expect(p.confidence).toBe(0.9);
    // The pane's title is not one of the cards' title links.
    expect(page.cards.some((c) => c.element.contains(p.anchor!))).toBe(false);
  });

  it('reads the list without a posting when no card is open', () => {
    const url = new URL(searchUrl);
    url.searchParams.delete('id');
    const page = monster.read(loadFixture('monster/search-hvac-louisville.html'), url);
    expect(page.kind).toBe('list');
    expect(page.posting).toBeUndefined();
  });

  it('keys the bare /job-openings/<uuid> address of older links like the slugged one', () => {
    const page = monster.read(loadFixture('monster/job-openings-hvac-technician.html'), new URL(`https://www.monster.com/job-openings/${ID}`));
    expect(page.posting?.key).toBe(`monster:${ID}`);
  });
});
