import { cleanText, elementText } from '../element-text';
import { htmlToText } from '../html-to-text';
import { readJsonLdPostings, type JsonLdPosting } from '../json-ld';
import { querySelectorFirst } from '../query';
import type { CardRead, PageRead, PostingRead } from '../types';

// Small pieces the job-board adapters (Dice, Monster, Remote OK, USAJOBS …) share. Pure functions of the DOM
// they are given: no globals, no layout, so they run the same under linkedom and in the browser.

/** The read of a page that is neither a posting nor a list. */
export const noPage = (site: string): PageRead => ({ site, kind: 'none', cards: [] });

/** Whitespace-collapsed text of the first element any selector finds, or ''. */
export function textOf(root: ParentNode, selectors: readonly string[]): string {
  return cleanText(querySelectorFirst(root, selectors));
}

/** `href` resolved against the page's address, or null when it is missing or not a URL. */
export function resolveHref(href: string | null | undefined, base: URL): URL | null {
  if (!href || href.startsWith('#') || /^javascript:/i.test(href)) return null;
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/** The JobPosting in the page's JSON-LD that `pick` accepts (the first one when no test is given). */
export function jsonLdPosting(doc: Document, pick?: (p: JsonLdPosting) => boolean): JsonLdPosting | undefined {
  const all = readJsonLdPostings(doc);
  return pick ? all.find(pick) : all[0];
}

/** The closest element that contains both, or null when they share no ancestor. */
export function commonAncestor(a: Element, b: Element): Element | null {
  for (let el: Element | null = a; el; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}

/**
 * The card a job link sits in, when the site's card wrapper has no stable name: the outermost ancestor
 * below `limit` whose job links all lead to the same job (a card often links its logo and its title).
 */
export function cardRoot(
  link: Element,
  linkSelector: string,
  keyOf: (link: Element) => string | null,
  limit?: Element | null,
): Element {
  const key = keyOf(link);
  let el = link;
  for (let parent = el.parentElement; parent && parent !== limit && parent.tagName !== 'BODY'; parent = parent.parentElement) {
    const keys = [...parent.querySelectorAll(linkSelector)].map(keyOf).filter(Boolean);
    if (keys.some((k) => k !== key)) break;
    el = parent;
  }
  return el;
}

/**
 * The value printed beside a label ("Location" → "Berlin, Germany") in a details list whose classes are
 * hashed: the label's next element, or the rest of its parent's text.
 */
export function labelledValue(root: ParentNode, labels: RegExp, tags = 'dt, h3, h4, span, div, p, strong'): string {
  for (const el of root.querySelectorAll(tags)) {
    if (el.children.length || !labels.test(cleanText(el))) continue;
    const next = cleanText(el.nextElementSibling);
    if (next) return next;
    const rest = cleanText(el.parentElement).slice(cleanText(el).length).replace(/^[\s:]+/, '');
    if (rest) return rest;
  }
  return '';
}

/** Cards with one entry per key, in page order (sites repeat a job as "featured" and in the list). */
export function uniqueCards(cards: CardRead[]): CardRead[] {
  const seen = new Set<string>();
  return cards.filter((c) => !seen.has(c.key) && seen.add(c.key));
}

/** What an adapter found for one posting; JSON-LD fills in the fields the DOM left empty. */
export interface PostingParts {
  site: string;
  key: string;
  url: string;
  title: string;
  company: string;
  location: string;
  /** The element holding the description; its text and map are what the overlay highlights in. */
  description: Element | null;
  /** The title element, next to which the badge goes. */
  anchor: Element | null;
  ld?: JsonLdPosting;
  confidence: number;
}

/**
 * A posting from the parts the DOM gave. The DOM description wins because only it maps back to text nodes;
 * the JSON-LD description stands in, at lower confidence, when the page has not rendered one.
 */
export function assemblePosting(doc: Document, parts: PostingParts): PostingRead | undefined {
  const dom = parts.description ? elementText(parts.description) : undefined;
  const ldText = parts.ld?.descriptionHtml ? htmlToText(doc, parts.ld.descriptionHtml) : '';
  // An older fallback selector can land on a wrapper that holds only a heading or an apply note; when the
  // JSON-LD says far more, the DOM text is not the description.
  const fromDom = dom && dom.text.trim() && dom.text.trim().length >= 0.4 * ldText.trim().length ? dom : undefined;
  const text = fromDom?.text ?? ldText;
  const title = parts.title || parts.ld?.title || '';
  if (!title || !text.trim()) return undefined;
  return {
    site: parts.site,
    title,
    company: parts.company || parts.ld?.company || '',
    location: parts.location || parts.ld?.location || '',
    key: parts.key,
    url: parts.url,
    text,
    textMap: fromDom?.map,
    anchor: parts.anchor ?? undefined,
    confidence: fromDom ? parts.confidence : Math.min(parts.confidence, 0.8),
  };
}
