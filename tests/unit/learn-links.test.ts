import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { curatedLearnLinks, learnLinkFor } from '@/lib/taxonomy/learn-links';
import { loadTaxonomy } from '@/lib/taxonomy/load-taxonomy';

const byId = new Map(loadTaxonomy().skills.map((s) => [s.id, s]));

describe('where to learn a skill', () => {
  it('curates at least 300 links, each for a skill of the taxonomy, each an https address with a label', () => {
    const links = curatedLearnLinks();
    expect(links.size).toBeGreaterThanOrEqual(300);
    for (const [id, link] of links) {
      expect(byId.has(id), `unknown skill id ${id}`).toBe(true);
      expect(link.url, id).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/|$)/);
      expect(link.label.length, id).toBeGreaterThan(3);
    }
    // Every link but one historical site (neuralnetworksanddeeplearning.com) is https.
    expect([...links.values()].filter((l) => !l.url.startsWith('https://')).map((l) => l.url)).toEqual(['http://neuralnetworksanddeeplearning.com/']);
  });

  it.each([
    ['python', 'https://docs.python.org/3/tutorial/'],
    ['kubernetes', 'https://kubernetes.io/docs/tutorials/'],
    ['google-analytics', 'https://skillshop.withgoogle.com/'],
    ['seo', 'https://developers.google.com/search/docs/fundamentals/seo-starter-guide'],
  ])('links %s to its official guide', (id, url) => {
    expect(learnLinkFor(byId.get(id)!).url).toBe(url);
  });

  it('links Excel to Microsoft’s own training', () => {
    expect(learnLinkFor(byId.get('microsoft-excel')!).url).toMatch(/^https:\/\/support\.microsoft\.com\//);
  });

  it('falls back to a Wikipedia search for the rest', () => {
    expect(learnLinkFor({ id: 'no-such-skill', name: 'Obscure Tool & Co' })).toEqual({
      url: 'https://en.wikipedia.org/w/index.php?search=Obscure%20Tool%20%26%20Co',
      label: 'Read about Obscure Tool & Co on Wikipedia',
    });
  });

  it('covers the skills asked for most in the reference corpus of real postings', () => {
    // The hard skills found most often in real postings (tests/fixtures/learn-links/top-demand.txt, counted by the engine).
    const top = readFileSync(join(import.meta.dirname, '../fixtures/learn-links/top-demand.txt'), 'utf8').trim().split('\n').filter((l) => !l.startsWith('#')).map((l) => l.split('\t')[1]!);
    const missing = top.slice(0, 150).filter((id) => !curatedLearnLinks().has(id));
    expect(missing, 'skills without a curated link').toEqual(['data-acquisition', 'translational-research']);
  });

  it.each([
    ['rn-license', 'ncsbn.org'],
    ['nmc-registration', 'nmc.org.uk'],
    ['bls', 'heart.org'],
    ['cdl', 'fmcsa.dot.gov'],
    ['driver-cpc', 'gov.uk'],
    ['osha-30', 'osha.gov'],
    ['epa-608', 'epa.gov'],
    ['gas-safe', 'gassaferegister.co.uk'],
    ['qts', 'education.gov.uk'],
    ['cpa', 'nasba.org'],
  ])('links the credential %s to the body that issues or regulates it (%s), not a search', (id, host) => {
    const skill = byId.get(id);
    expect(skill, id).toBeDefined();
    expect(new URL(learnLinkFor(skill!).url).hostname.endsWith(host)).toBe(true);
  });
});
