import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanText } from '@/lib/extract/element-text';
import type { SiteAdapter } from '@/lib/extract/types';
import type { FixtureRoute } from '../fixtures/routes';

// The checks every job-board adapter's fixtures go through, so each site's test file is its data: what a
// reader should see on each page. Site-specific behaviour gets its own `it` in that site's file.

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** A fixture page parsed with linkedom, as the unit tests and the command-line tool see pages. */
export function loadFixture(file: string): Document {
  return parseHTML(readFileSync(join(FIXTURES, file), 'utf8')).document as unknown as Document;
}

/** What a reader should get from one posting page. */
export interface PostingCase {
  /** File name under the site's fixture folder. */
  file: string;
  title: string;
  company: string;
  location: string;
  key: string;
  /** Canonical URL of the posting. */
  url: string;
  /** A section heading that must come out as its own line, such as the requirements heading. */
  heading: string;
  /** A sentence of the description. */
  sentence: string;
  /** Selector of the description element: every mapped text node must sit inside it. */
  description: string;
  /** Tag name of the title element the badge is anchored to. */
  anchorTag: string;
  /** A sentence of the page's JSON-LD description, when the page ships one. */
  jsonLdSentence?: string;
}

/** What a reader should get from one list page. */
export interface ListCase {
  file: string;
  count: number;
  /** [key, title, company, location] of the first cards, in page order. */
  first: [string, string, string, string][];
  /** Keys that must be among the cards, e.g. the posting fixture's job. */
  includes: string[];
}

export interface SiteFixtures {
  postings: PostingCase[];
  lists: ListCase[];
  /** Pages of the site that are neither a posting nor a list. */
  nones: string[];
  /** Addresses of other sites that the adapter must leave alone. */
  foreignUrls: string[];
}

/** Runs the common fixture checks for one adapter. */
export function siteFixtureSuite(adapter: SiteAdapter, routes: FixtureRoute[], fixtures: SiteFixtures): void {
  const path = (file: string) => `${adapter.id}/${file}`;
  const urlOf = (file: string) => {
    const route = routes.find((r) => r.file === path(file));
    if (!route) throw new Error(`no route for ${path(file)}`);
    return new URL(route.url);
  };
  const read = (file: string, doc = loadFixture(path(file))) => adapter.read(doc, urlOf(file));

  describe(`${adapter.name} fixtures`, () => {
    it.each(fixtures.postings)('reads $file as one posting', (c) => {
      const doc = loadFixture(path(c.file));
      const page = read(c.file, doc);
      expect(page.site).toBe(adapter.id);
      expect(page.kind).toBe('posting');
      expect(page.cards).toEqual([]);
      const p = page.posting!;
      expect(p).toMatchObject({ site: adapter.id, title: c.title, company: c.company, location: c.location, key: c.key, url: c.url });
      expect(p.text.split('\n')).toContain(c.heading);
      expect(p.text).toContain(c.sentence);
      expect(p.confidence).toBeGreaterThanOrEqual(0.9);
      expect(p.anchor?.tagName).toBe(c.anchorTag);
      expect(cleanText(p.anchor)).toBe(c.title);
      // The text maps back into the description element and nowhere else.
      const description = doc.querySelector(c.description)!;
      expect(p.textMap?.nodes.length).toBeGreaterThan(10);
      expect(p.textMap!.nodes.every((node) => description.contains(node))).toBe(true);
    });

    it.each(fixtures.postings)('reads $file from the DOM alone when the page has no JSON-LD', (c) => {
      const doc = loadFixture(path(c.file));
      const before = read(c.file, doc).posting!;
      for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) script.remove();
      const after = read(c.file, doc).posting!;
      expect(after).toMatchObject({ title: c.title, company: c.company, location: c.location, key: c.key, url: c.url });
      expect(after.text).toBe(before.text);
    });

    const withJsonLd = fixtures.postings.filter((c) => c.jsonLdSentence);
    if (withJsonLd.length) {
      it.each(withJsonLd)('falls back to the JSON-LD description of $file when the page has not rendered one', (c) => {
        const doc = loadFixture(path(c.file));
        doc.querySelector(c.description)!.remove();
        const page = read(c.file, doc);
        expect(page.kind).toBe('posting');
        const p = page.posting!;
        expect(p).toMatchObject({ title: c.title, key: c.key, url: c.url });
        expect(p.text).toContain(c.jsonLdSentence);
        expect(p.textMap).toBeUndefined();
        expect(p.confidence).toBeLessThanOrEqual(0.8);
      });
    }

    it.each(fixtures.lists)('reads $file as a list of cards', (c) => {
      const page = read(c.file);
      expect(page.site).toBe(adapter.id);
      expect(page.kind).toBe('list');
      expect(page.cards).toHaveLength(c.count);
      expect(page.cards.slice(0, c.first.length).map((k) => [k.key, k.title, k.company, k.location])).toEqual(c.first);
      const keys = page.cards.map((k) => k.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toEqual(expect.arrayContaining(c.includes));
      for (const card of page.cards) {
        expect(card.key.startsWith(`${adapter.id}:`)).toBe(true);
        expect(card.url).toMatch(/^https:\/\//);
        expect(cleanText(card.element)).toContain(card.title);
      }
      // Cards are disjoint: no card holds another.
      for (const a of page.cards) for (const b of page.cards) if (a !== b) expect(a.element.contains(b.element)).toBe(false);
    });

    it.each(fixtures.nones)('reads %s as neither a posting nor a list', (file) => {
      const page = read(file);
      expect(page).toMatchObject({ site: adapter.id, kind: 'none', cards: [] });
      expect(page.posting).toBeUndefined();
    });

    it('serves the hosts of its fixture URLs and no other site', () => {
      for (const route of routes) {
        const url = new URL(route.url);
        expect(adapter.matches(url)).toBe(true);
        expect(adapter.hosts).toContain(url.hostname);
      }
      for (const url of fixtures.foreignUrls) expect(adapter.matches(new URL(url))).toBe(false);
    });
  });
}
