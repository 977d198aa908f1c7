import { cleanText, collapseWhitespace } from '../element-text';
import { readJsonLdPostings } from '../json-ld';
import { querySelectorFirst, querySelectorAllFirst } from '../query';
import { elementsText, metaContent } from './read-helpers';
import type { CardRead, PageRead, SiteAdapter } from '../types';

// Lever's hosted pages are server-rendered and have kept these classes for years. Newest markup first.
const TITLE = [
  '.posting-headline h2', // 2025-04
  '[data-qa="posting-name"]', // 2024-01
];
const LOCATION = [
  '.posting-categories .location', // 2025-04
  '.posting-categories .sort-by-location', // 2023-06
];
/** The description's sections: intro, one per heading (with `ul.posting-requirements`), closing, pay. */
const SECTIONS = [
  '.section-wrapper.page-full-width:not(.accent-section) > .section.page-centered', // 2025-04
  '.content .section.page-centered', // 2022-03
];
/** Sections that hold only the apply button (top and bottom of the page). */
const APPLY_SECTION = '.last-section-apply, [data-qa="btn-apply-bottom"], .posting-header, .postings-btn-wrapper';
const LOGO = [
  '.main-header-logo img[alt]', // 2025-04: alt is "<Company> logo"
];

const BOARD_CARDS = [
  '.posting[data-qa-posting-id]', // 2025-04
  '.postings-group .posting', // 2022-03
];
const CARD_TITLE = [
  '[data-qa="posting-name"]', // 2025-04
  'a.posting-title h5', // 2022-03
];
const CARD_LOCATION = [
  '.posting-categories .location', // 2025-04
  '.sort-by-location', // 2022-03
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Lever job boards: `jobs.lever.co/<company>` lists postings, `/<company>/<uuid>` is one posting. */
export const lever: SiteAdapter = {
  id: 'lever',
  name: 'Lever',
  hosts: ['jobs.lever.co', 'jobs.eu.lever.co'],
  matches: (url) => /^jobs\.(eu\.)?lever\.co$/.test(url.hostname),
  read(doc, url): PageRead {
    const [board, id, extra] = url.pathname.split('/').filter(Boolean);
    if (!board) return none();
    const company = companyName(doc, board);
    if (!id) {
      const cards = readBoard(doc, url, board, company);
      return cards.length ? { site: 'lever', kind: 'list', cards } : none();
    }
    // `/<uuid>/apply` is the application form under the same headline: not the posting to read.
    if (!UUID.test(id) || extra) return none();
    const titleEl = querySelectorFirst(doc, TITLE);
    const sections = querySelectorAllFirst(doc, SECTIONS).filter((s) => !s.matches(APPLY_SECTION) && !s.querySelector('.postings-btn, .template-btn-submit'));
    const { text, map } = elementsText(sections);
    if (!titleEl || !text.trim()) return none();
    const ld = readJsonLdPostings(doc)[0];
    return {
      site: 'lever',
      kind: 'posting',
      cards: [],
      posting: {
        site: 'lever',
        title: cleanText(titleEl),
        company,
        // Lever appends " /" to every category but the last, as a visual separator.
        location: cleanText(querySelectorFirst(doc, LOCATION)).replace(/\s*\/$/, '') || ld?.location || '',
        key: `lever:${id.toLowerCase()}`,
        url: `https://${url.hostname}/${board}/${id.toLowerCase()}`,
        text,
        textMap: map,
        anchor: titleEl,
        confidence: 0.95,
      },
    };
  },
};

const none = (): PageRead => ({ site: 'lever', kind: 'none', cards: [] });

/** The company as the page names it: logo alt, then "<Company> - <Title>" in the title, then the board slug. */
function companyName(doc: Document, board: string): string {
  const alt = collapseWhitespace(querySelectorFirst(doc, LOGO)?.getAttribute('alt') ?? '').replace(/ logo$/i, '');
  if (alt) return alt;
  const title = collapseWhitespace(metaContent(doc, 'og:title', 'twitter:title')) || cleanText(doc.querySelector('title'));
  const fromTitle = title.split(' - ')[0]?.trim();
  return fromTitle || board;
}

function readBoard(doc: Document, url: URL, board: string, company: string): CardRead[] {
  const cards: CardRead[] = [];
  for (const el of querySelectorAllFirst(doc, BOARD_CARDS)) {
    const href = el.querySelector('a.posting-title, a[href]')?.getAttribute('href') ?? '';
    const id = el.getAttribute('data-qa-posting-id') ?? href.split('/').filter(Boolean).pop();
    const title = cleanText(querySelectorFirst(el, CARD_TITLE));
    if (!id || !UUID.test(id) || !title) continue;
    cards.push({
      key: `lever:${id.toLowerCase()}`,
      title,
      company,
      location: cleanText(querySelectorFirst(el, CARD_LOCATION)).replace(/\s*\/$/, ''),
      snippet: '',
      url: `https://${url.hostname}/${board}/${id.toLowerCase()}`,
      element: el,
      anchor: querySelectorFirst(el, CARD_TITLE) ?? undefined,
    });
  }
  return cards;
}
