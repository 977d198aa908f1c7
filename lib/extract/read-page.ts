import { readGenericPosting } from './generic-reader';
import { readJsonLdPostings } from './json-ld';
import { htmlToText } from './html-to-text';
import { SITE_ADAPTERS } from './sites/index';
import type { PageRead } from './types';

/**
 * Decides what a page is and reads its posting or cards: the adapter of its site first, then a
 * schema.org JobPosting in the page's JSON-LD, which many boards embed for search engines, and on a
 * site no adapter knows, the generic reader with its confidence.
 */
export function readPage(doc: Document, url: URL): PageRead {
  const adapter = SITE_ADAPTERS.find((a) => a.matches(url));
  const read = adapter?.read(doc, url);
  if (read && read.kind !== 'none') return read;
  const ld = readJsonLdPostings(doc)[0];
  if (ld && ld.title && ld.descriptionHtml) {
    const canonical = ld.url ?? url.href;
    return {
      site: adapter?.id ?? null,
      kind: 'posting',
      cards: [],
      posting: {
        site: adapter?.id ?? null,
        title: ld.title,
        company: ld.company,
        location: ld.location,
        key: `${adapter?.id ?? url.hostname}:${ld.identifier ?? stripTracking(canonical)}`,
        url: canonical,
        text: htmlToText(doc, ld.descriptionHtml),
        confidence: 0.85,
      },
    };
  }
  if (!adapter) {
    const generic = readGenericPosting(doc, url);
    if (generic) return { site: null, kind: 'posting', cards: [], posting: generic };
  }
  return read ?? { site: adapter?.id ?? null, kind: 'none', cards: [] };
}

const TRACKING = /^(utm_|gh_src|ref$|refId$|trk|trackingId$|source$|src$|fbclid$|gclid$|mc_|_hs|lipi$)/i;

/** A URL without tracking parameters and fragment, as a stable key. */
export function stripTracking(href: string): string {
  try {
    const u = new URL(href);
    for (const name of [...u.searchParams.keys()]) if (TRACKING.test(name)) u.searchParams.delete(name);
    u.hash = '';
    return u.href;
  } catch {
    return href;
  }
}
