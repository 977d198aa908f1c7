import { describe, expect, it } from 'vitest';
import { weworkremotely } from '@/lib/extract/sites/weworkremotely';
import { weworkremotelyRoutes } from '../fixtures/weworkremotely/routes';
import { loadFixture, siteFixtureSuite } from './site-fixture-suite';

const KEY = 'weworkremotely:harvestly-senior-ruby-on-rails-developer';

siteFixtureSuite(weworkremotely, weworkremotelyRoutes, {
  postings: [
    {
      file: 'remote-job-rails-developer.html',
      title: 'Senior Ruby on Rails Developer',
      company: 'Harvestly',
      location: 'Anywhere in the World',
      key: KEY,
      url: 'https://weworkremotely.com/remote-jobs/harvestly-senior-ruby-on-rails-developer',
      heading: 'Requirements',
      sentence: 'Testing habits: you write RSpec tests for everything you ship.',
      description: '.lis-container__job__content__description',
      anchorTag: 'H1',
      jsonLdSentence: 'Strong SQL and PostgreSQL skills.',
    },
  ],
  lists: [
    {
      file: 'category-back-end-programming.html',
      count: 10,
      first: [
        [KEY, 'Senior Ruby on Rails Developer', 'Harvestly', 'Anywhere in the World'],
        ['weworkremotely:ferrous-labs-senior-go-engineer-payments', 'Senior Go Engineer, Payments', 'Ferrous Labs', 'Europe'],
        ['weworkremotely:tallybook-backend-engineer-python-django', 'Backend Engineer (Python/Django)', 'Tallybook', 'United States, Canada'],
      ],
      includes: [KEY, 'weworkremotely:quillstack-api-engineer-rust'],
    },
  ],
  nones: ['post-a-job.html'],
  foreignUrls: ['https://remoteok.com/remote-dev-jobs', 'https://weworkremotely.example.com/remote-jobs/x'],
});

describe('We Work Remotely specifics', () => {
  it('takes the place from the categories, not the pay, job type or badges', () => {
    const cards = weworkremotely.read(loadFixture('weworkremotely/category-back-end-programming.html'), new URL(weworkremotelyRoutes[1]!.url)).cards;
    expect(cards.find((c) => c.title === 'Staff Software Engineer, Infrastructure')?.location).toBe('Anywhere in the World');
    expect(cards.find((c) => c.title === 'Elixir Developer')?.location).toBe('United Kingdom');
    expect(cards[0]?.element.tagName).toBe('LI');
  });

  it('reads the 2022 list rows (span.title, span.company, span.region)', () => {
    const doc = loadFixture('weworkremotely/category-back-end-programming.html');
    doc.querySelector('section.jobs article ul')!.innerHTML = `<li class="feature"><a href="/company/harvestly">logo</a><a href="/remote-jobs/${KEY.split(':')[1]}"><span class="company">Harvestly</span><span class="title">Senior Ruby on Rails Developer</span><span class="company">Full-Time</span><span class="region company">Anywhere in the World</span></a></li><li class="view-all"><a href="/categories/remote-back-end-programming-jobs">View all 98 jobs</a></li>`;
    const cards = weworkremotely.read(doc, new URL(weworkremotelyRoutes[1]!.url)).cards;
    expect(cards.map((c) => [c.key, c.title, c.company, c.location])).toEqual([[KEY, 'Senior Ruby on Rails Developer', 'Harvestly', 'Anywhere in the World']]);
  });

  it('reads the legacy /listings/ address of a job with the same key', () => {
    const page = weworkremotely.read(loadFixture('weworkremotely/remote-job-rails-developer.html'), new URL(`https://weworkremotely.com/listings/${KEY.split(':')[1]}`));
    expect(page.posting?.key).toBe(KEY);
  });
});
