import { describe, expect, it } from 'vitest';
import { remoteok } from '@/lib/extract/sites/remoteok';
import { remoteokRoutes } from '../fixtures/remoteok/routes';
import { loadFixture, siteFixtureSuite } from './site-fixture-suite';

siteFixtureSuite(remoteok, remoteokRoutes, {
  postings: [
    {
      file: 'remote-job-technical-writer.html',
      title: 'Technical Writer',
      company: 'Quillstack',
      location: 'Worldwide',
      key: 'remoteok:1093345',
      url: 'https://remoteok.com/remote-jobs/remote-technical-writer-quillstack-1093345',
      heading: 'Requirements',
      sentence: 'Comfortable with Git, GitHub pull requests and Markdown.',
      description: 'tr.expand-1093345 .markdown',
      anchorTag: 'H2',
      jsonLdSentence: 'Keep our OpenAPI specifications accurate and generate reference pages from them.',
    },
  ],
  lists: [
    {
      file: 'remote-dev-jobs.html',
      count: 10,
      first: [
        ['remoteok:1093512', 'Senior Backend Engineer (Go)', 'Ferrous Labs', 'Worldwide'],
        ['remoteok:1093345', 'Technical Writer', 'Quillstack', 'Worldwide'],
        ['remoteok:1093498', 'Frontend Developer (React)', 'Palette Cloud', 'Europe'],
      ],
      includes: ['remoteok:1093345', 'remoteok:1093388'],
    },
  ],
  nones: ['hire-remotely.html'],
  foreignUrls: ['https://weworkremotely.com/remote-jobs/harvestly-senior-ruby-on-rails-developer', 'https://remoteok.example.com/remote-jobs/1'],
});

describe('Remote OK specifics', () => {
  const job = () => loadFixture('remoteok/remote-job-technical-writer.html');

  it.each([
    'https://remoteok.com/remote-jobs/1093345',
    'https://remoteok.com/remote-jobs/1093345-remote-technical-writer-quillstack',
    'https://remoteok.io/remote-jobs/remote-technical-writer-quillstack-1093345',
  ])('finds the job id in %s', (url) => {
    expect(remoteok.read(job(), new URL(url)).posting?.key).toBe('remoteok:1093345');
  });

  it("takes the job's own JSON-LD, not the first row's, when the description is not rendered", () => {
    const doc = job();
    // Move another row's JobPosting to the top of the table, then drop the opened description.
    const table = doc.querySelector('#jobsboard tbody')!;
    table.insertBefore(doc.querySelector('tr.job-1093512')!, table.firstChild);
    doc.querySelector('tr.expand-1093345')!.remove();
    const p = remoteok.read(doc, new URL(remoteokRoutes[0]!.url)).posting!;
    expect(p.text).toContain('Write and maintain API reference docs, tutorials, quickstarts and migration guides.');
    expect(p.title).toBe('Technical Writer');
  });

  it('leaves the apply note and the pay out of the location, and keeps tags as the snippet', () => {
    const page = remoteok.read(loadFixture('remoteok/remote-dev-jobs.html'), new URL(remoteokRoutes[1]!.url));
    const rust = page.cards.find((c) => c.key === 'remoteok:1093388')!;
    expect(rust.location).toBe('United States, Canada');
    expect(rust.snippet).toBe('rust, systems, senior');
    const p = remoteok.read(job(), new URL(remoteokRoutes[0]!.url)).posting!;
    expect(p.text).not.toContain('Please mention the word');
  });
});
