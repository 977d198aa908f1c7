import { describe, expect, it } from 'vitest';
import { wellfound } from '@/lib/extract/sites/wellfound';
import { wellfoundRoutes } from '../fixtures/wellfound/routes';
import { loadFixture, siteFixtureSuite } from './site-fixture-suite';

siteFixtureSuite(wellfound, wellfoundRoutes, {
  postings: [
    {
      file: 'job-founding-product-designer.html',
      title: 'Founding Product Designer',
      company: 'Loamly',
      location: 'San Francisco • Remote (United States)',
      key: 'wellfound:3184522',
      url: 'https://wellfound.com/jobs/3184522-founding-product-designer',
      heading: "What we're looking for",
      sentence: 'Expert skills in Figma, including auto layout, variables and interactive prototyping.',
      description: '[class*="styles_description__"]',
      anchorTag: 'H1',
      jsonLdSentence: 'Experience building a design system from scratch.',
    },
  ],
  lists: [
    {
      file: 'role-product-designer.html',
      count: 10,
      first: [
        ['wellfound:3184522', 'Founding Product Designer', 'Loamly', 'San Francisco • Remote (US)'],
        ['wellfound:3190217', 'Senior Full-Stack Engineer', 'Loamly', 'San Francisco • Remote (US)'],
        ['wellfound:3181337', 'Product Designer, Growth', 'Brightpath Health', 'New York • Remote'],
      ],
      includes: ['wellfound:3184522', 'wellfound:3183210'],
    },
  ],
  nones: ['home.html'],
  foreignUrls: ['https://www.linkedin.com/jobs/view/4105827364/', 'https://wellfound.example.com/jobs/1-x'],
});

describe('Wellfound specifics', () => {
  it('keys a job on a company page and on its own page alike, and on the old angel.co host', () => {
    const doc = () => loadFixture('wellfound/job-founding-product-designer.html');
    for (const url of ['https://wellfound.com/company/loamly/jobs/3184522-founding-product-designer', 'https://angel.co/jobs/3184522-founding-product-designer']) {
      const page = wellfound.read(doc(), new URL(url));
      expect(page.posting?.key).toBe('wellfound:3184522');
      expect(page.posting?.url).toBe('https://wellfound.com/jobs/3184522-founding-product-designer');
    }
  });

  it('gives each job of a startup its own card, with the startup name and pay as the snippet', () => {
    const page = wellfound.read(loadFixture('wellfound/role-product-designer.html'), new URL(wellfoundRoutes[1]!.url));
    const loamly = page.cards.filter((c) => c.company === 'Loamly');
    expect(loamly.map((c) => c.title)).toEqual(['Founding Product Designer', 'Senior Full-Stack Engineer']);
    expect(loamly[0]?.snippet).toBe('$130k – $165k • 0.5% – 1.0%');
    expect(loamly[0]?.element).not.toBe(loamly[1]?.element);
    expect(loamly[0]?.element.closest('[data-test="StartupResult"]')).toBe(loamly[1]?.element.closest('[data-test="StartupResult"]'));
  });

  it('does not read the search page itself as a posting', () => {
    const page = wellfound.read(loadFixture('wellfound/role-product-designer.html'), new URL('https://wellfound.com/jobs'));
    expect(page.kind).toBe('list');
  });
});
