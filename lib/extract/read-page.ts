import { SITE_ADAPTERS } from './sites/index';
import type { PageRead } from './types';

/** Decides what a page is and reads its posting or cards, with the adapter of its site. */
export function readPage(doc: Document, url: URL): PageRead {
  const adapter = SITE_ADAPTERS.find((a) => a.matches(url));
  if (!adapter) return { site: null, kind: 'none', cards: [] };
  return adapter.read(doc, url);
}
