import { describe, expect, it } from 'vitest';
import { builtin } from '@/lib/extract/sites/builtin';
import { builtinRoutes } from '../fixtures/builtin/routes';
import { loadFixture, siteFixtureSuite } from './site-fixture-suite';

siteFixtureSuite(builtin, builtinRoutes, {
  postings: [
    {
      file: 'job-senior-product-manager.html',
      title: 'Senior Product Manager, Payments',
      company: 'Ledgerline',
      location: 'New York, NY, USA',
      key: 'builtin:4829173',
      url: 'https://builtin.com/job/senior-product-manager-payments/4829173',
      heading: "What You'll Bring",
      sentence: 'Deep knowledge of payment rails: ACH, wires, card networks and virtual cards.',
      description: '#job-post-body-4829173',
      anchorTag: 'H1',
    },
  ],
  lists: [
    {
      file: 'nyc-jobs-product-management.html',
      count: 9,
      first: [
        ['builtin:4829173', 'Senior Product Manager, Payments', 'Ledgerline', 'New York, NY, USA'],
        ['builtin:4830291', 'Product Manager, Growth', 'Brightwave Learning', 'New York, NY, USA'],
        ['builtin:4826655', 'Principal Product Manager, Data Platform', 'Quantive Health', 'New York, NY, USA'],
      ],
      includes: ['builtin:4829173', 'builtin:4817702'],
    },
  ],
  nones: ['article-product-manager-interview.html'],
  foreignUrls: ['https://www.builtin.example.com/job/x/1', 'https://notbuiltin.com/job/x/1', 'https://www.themuse.com/jobs'],
});

describe('Built In specifics', () => {
  it('gives a city-site job and its builtin.com page one key and URL', () => {
    const doc = loadFixture('builtin/job-senior-product-manager.html');
    const page = builtin.read(doc, new URL('https://www.builtinnyc.com/job/senior-product-manager-payments/4829173'));
    expect(page.posting).toMatchObject({ key: 'builtin:4829173', url: 'https://builtin.com/job/senior-product-manager-payments/4829173' });
    const list = builtin.read(loadFixture('builtin/nyc-jobs-product-management.html'), new URL(builtinRoutes[1]!.url));
    expect(list.cards[0]?.url).toBe('https://builtin.com/job/senior-product-manager-payments/4829173');
  });

  it('reads the top card of a job page, not the similar jobs below it', () => {
    const p = builtin.read(loadFixture('builtin/job-senior-product-manager.html'), new URL(builtinRoutes[0]!.url)).posting!;
    expect(p.text).not.toContain('Top Skills');
    expect(p.text).not.toContain('Group Product Manager, Treasury');
  });

  it('serves every Built In city site', () => {
    for (const host of ['www.builtinchicago.org', 'www.builtinboston.com', 'www.builtinla.com', 'www.builtinsf.com', 'www.builtinseattle.com', 'www.builtinaustin.com', 'www.builtincolorado.com']) {
      expect(builtin.hosts).toContain(host);
      expect(builtin.matches(new URL(`https://${host}/jobs`))).toBe(true);
    }
  });
});
