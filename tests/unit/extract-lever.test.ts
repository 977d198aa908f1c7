import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/extract/read-page';
import { leverRoutes } from '../fixtures/lever/routes';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const urlOf = (file: string) => leverRoutes.find((r) => r.file === `lever/${file}`)!.url;

function load(file: string): Document {
  return parseHTML(readFileSync(join(FIXTURES, 'lever', file), 'utf8')).document as unknown as Document;
}
function read(file: string, url = urlOf(file)) {
  return readPage(load(file), new URL(url));
}

const SOUS_CHEF = '5f3c9e2a-7b41-4d8e-9a06-c1e2f3a4b5d6';

describe('Lever posting', () => {
  it.each([
    ['jobs.lever.co', `https://jobs.lever.co/juniperandrye/${SOUS_CHEF}?lever-source=LinkedIn`],
    ['jobs.eu.lever.co', `https://jobs.eu.lever.co/juniperandrye/${SOUS_CHEF.toUpperCase()}`],
  ])('reads a posting on %s', (host, url) => {
    const page = read('posting-sous-chef.html', url);
    expect(page).toMatchObject({ site: 'lever', kind: 'posting', cards: [] });
    const p = page.posting!;
    expect(p).toMatchObject({
      title: 'Sous Chef',
      company: 'Juniper & Rye Hospitality',
      location: 'Chicago, IL',
      key: `lever:${SOUS_CHEF}`,
      url: `https://${host}/juniperandrye/${SOUS_CHEF}`,
    });
    expect(p.anchor?.tagName).toBe('H2');
  });

  it('reads every section of the description and none of the apply buttons', () => {
    const p = read('posting-sous-chef.html').posting!;
    const lines = p.text.split('\n');
    expect(lines).toEqual(expect.arrayContaining(['About Juniper & Rye', "What you'll do", "What you'll bring", 'Bonus points', 'Pay range']));
    expect(p.text).toContain('Strong knife skills and experience with butchery of whole fish and poultry.');
    expect(p.text).not.toMatch(/Apply for this job|Culinary – Juniper West Loop/);
    // The map spans all sections: its last node holds the pay range.
    expect(p.textMap!.nodes.at(-1)!.data).toContain('$62,000 - $70,000');
    expect(p.textMap!.starts.at(-1)).toBe(p.text.lastIndexOf('$62,000'));
  });
});

describe('Lever board', () => {
  it('reads the company board as a list of cards', () => {
    const page = read('board-juniper-and-rye.html');
    expect(page.kind).toBe('list');
    expect(page.cards).toHaveLength(10);
    expect(page.cards[0]).toMatchObject({ key: `lever:${SOUS_CHEF}`, title: 'Sous Chef', company: 'Juniper & Rye Hospitality', location: 'Chicago, IL' });
    expect(page.cards[7]).toMatchObject({
      key: 'lever:0a1b2c3d-4e5f-4061-9728-39a4b5c6d7e8',
      title: 'Server',
      location: 'Evanston, IL',
      url: 'https://jobs.lever.co/juniperandrye/0a1b2c3d-4e5f-4061-9728-39a4b5c6d7e8',
    });
    expect(page.cards.map((c) => c.title)).toContain('Dishwasher / Porter');
    expect(page.cards[7]?.anchor?.getAttribute('data-qa')).toBe('posting-name');
  });
});

describe('Lever pages that are not postings', () => {
  it('reads the application form as none', () => {
    expect(read('apply-sous-chef.html')).toMatchObject({ site: 'lever', kind: 'none', cards: [] });
  });
});
