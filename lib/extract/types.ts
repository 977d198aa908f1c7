import type { TextMap } from './element-text';

/** What a page is: one posting, a list of postings, or neither. */
export type PageKind = 'posting' | 'list' | 'none';

/** One posting as read from a page. */
export interface PostingRead {
  /** Adapter id of the site, or null for the generic reader. */
  site: string | null;
  title: string;
  company: string;
  location: string;
  /** Canonical key: the same posting seen twice, or from a list and then its page, has one key. */
  key: string;
  /** Canonical URL of the posting. */
  url: string;
  /** The description as text, one block per line. */
  text: string;
  /** Maps offsets of `text` back to the page's text nodes, for highlights and scroll-to; absent for JSON-LD. */
  textMap?: TextMap;
  /** The element the badge is placed next to. */
  anchor?: Element;
  /** How sure the reader is that this is a posting and its description (0..1). */
  confidence: number;
}

/** One card of a search list. */
export interface CardRead {
  key: string;
  title: string;
  company: string;
  location: string;
  /** Whatever snippet of the description the card shows. */
  snippet: string;
  url: string;
  element: Element;
  /** Where the card's badge goes (usually its title); the card element when absent. */
  anchor?: Element;
}

/** The result of reading a page. */
export interface PageRead {
  site: string | null;
  kind: PageKind;
  posting?: PostingRead;
  cards: CardRead[];
}

/** Knowledge of one job site: which URLs it serves and how to read them. */
export interface SiteAdapter {
  id: string;
  name: string;
  /** Host names (exact or `*.` suffix) the adapter serves; used for the content script's match patterns too. */
  hosts: string[];
  matches(url: URL): boolean;
  read(doc: Document, url: URL): PageRead;
  /**
   * For single-page apps: selectors of the smallest elements whose changes mean a new posting or list
   * (the detail pane, the results list), tried in order. Absent for sites that load a page per posting.
   */
  spaRoots?: readonly string[];
}
