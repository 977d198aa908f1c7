import { describe, expect, it } from 'vitest';
import { dice } from '@/lib/extract/sites/dice';
import { diceRoutes } from '../fixtures/dice/routes';
import { loadFixture, siteFixtureSuite } from './site-fixture-suite';

const ID = '5c1e9a7b-3f42-4d8e-9b61-2a7c0d4e8f13';

siteFixtureSuite(dice, diceRoutes, {
  postings: [
    {
      file: 'job-detail-devops-engineer.html',
      title: 'DevOps Engineer (AWS, Terraform)',
      company: 'Stratacore Systems',
      location: 'Charlotte, NC',
      key: `dice:${ID}`,
      url: `https://www.dice.com/job-detail/${ID}`,
      heading: 'Required Skills:',
      sentence: 'Strong Terraform experience, including writing reusable modules and managing remote state.',
      description: '[data-testid="jobDescriptionHtml"]',
      anchorTag: 'H1',
      jsonLdSentence: '3+ years of hands-on AWS experience (EC2, EKS, S3, RDS, IAM, VPC, Route 53).',
    },
  ],
  lists: [
    {
      file: 'search-devops-charlotte.html',
      count: 10,
      first: [
        [`dice:${ID}`, 'DevOps Engineer (AWS, Terraform)', 'Stratacore Systems', 'Charlotte, NC'],
        ['dice:0a9f3c52-7e14-4b6d-8c2f-91d5e3a7b604', 'Senior Site Reliability Engineer', 'Bankwell Financial Group', 'Charlotte, NC'],
        ['dice:e2b7d914-5a3c-4f08-b6e1-7c4d2a9f0e35', 'Cloud Infrastructure Engineer - Azure', 'Piedmont Health Partners', 'Remote or Charlotte, NC'],
      ],
      includes: [`dice:${ID}`],
    },
  ],
  nones: ['job-detail-expired.html'],
  foreignUrls: ['https://www.indeed.com/viewjob?jk=1a2b3c4d5e6f7a8b', 'https://dice.example.com/job-detail/x', 'https://notdice.com/jobs'],
});

describe('Dice specifics', () => {
  const search = () => dice.read(loadFixture('dice/search-devops-charlotte.html'), new URL(diceRoutes[1]!.url));

  it('takes a card id from the title link even when its href is missing', () => {
    const doc = loadFixture('dice/search-devops-charlotte.html');
    for (const a of doc.querySelectorAll('a[data-cy="card-title-link"]')) a.removeAttribute('href');
    const cards = dice.read(doc, new URL(diceRoutes[1]!.url)).cards;
    expect(cards).toHaveLength(10);
    expect(cards[0]?.key).toBe(`dice:${ID}`);
  });

  it('drops the search tracking parameters from card URLs and keeps the summary as the snippet', () => {
    const card = search().cards[0];
    expect(card?.url).toBe(`https://www.dice.com/job-detail/${ID}`);
    expect(card?.snippet).toMatch(/^Stratacore Systems is looking for a DevOps Engineer/);
    expect(card?.element.tagName).toBe('DHI-SEARCH-CARD');
  });

  it('reads the 2026 job-card markup', () => {
    const doc = loadFixture('dice/search-devops-charlotte.html');
    const list = doc.querySelector('dhi-search-cards-widget')!;
    list.innerHTML = `<div data-testid="job-card"><a data-testid="job-search-job-detail-link" href="/job-detail/${ID}?searchlink=x">DevOps Engineer (AWS, Terraform)</a><a href="/company-profile/b4d2f0a1c9e8">Stratacore Systems</a></div>`;
    const cards = dice.read(doc, new URL(diceRoutes[1]!.url)).cards;
    expect(cards.map((c) => [c.key, c.title, c.company])).toEqual([[`dice:${ID}`, 'DevOps Engineer (AWS, Terraform)', 'Stratacore Systems']]);
  });
});
