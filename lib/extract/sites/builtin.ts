import { cleanText } from '../element-text';
import { querySelectorFirst, querySelectorAllFirst } from '../query';
import type { CardRead, PageRead, SiteAdapter } from '../types';
import { assemblePosting, jsonLdPosting, noPage, resolveHref, textOf, uniqueCards } from './board-kit';

// Built In marks its job markup with data-id hooks and Font Awesome icons; the utility classes around them
// (d-flex, gap-sm …) change often. Newest layout first, with the month its markup was current.
const HEADER = [
  '[data-id="job-card"]', // 2026-07 job page: the top card wears the same hook as a list card
  '.job-info', // 2023-09
];
const TITLE = [
  '[data-id="job-card"] h1', // 2026-07
  'main h1', // 2023-09
];
const COMPANY = [
  '[data-id="company-title"]', // 2026-07: an h2 on the job page, a link around a span on cards
  'a[href^="/company/"] h2', // 2023-09
];
const DESCRIPTION = [
  '[id^="job-post-body-"]', // 2026-07: div#job-post-body-<id>.html-parsed-content
  '.job-description', // 2023-09
];
const LOCATION_ICON = 'i.fa-location-dot'; // 2026-07: the place sits beside this icon, on cards and job pages

const CARDS = [
  '[data-id="job-card"]', // 2026-07 lists on builtin.com and the city sites
  '.job-bounded-responsive', // 2024-01
];
const CARD_TITLE = [
  'a[data-id="job-card-title"]', // 2026-07: href /job/<slug>/<id>
  'h2 a[href*="/job/"]', // 2024-01
];

// /job/<slug>/<id>; older links carried the company too: /job/<company>/<slug>/<id>.
const JOB_PATH = /^\/job\/(?:[^/]+\/){1,2}(\d+)\/?$/;

/** Built In: job pages and job lists on builtin.com and its city sites (Built In NYC, Chicago …). */
export const builtin: SiteAdapter = {
  id: 'builtin',
  name: 'Built In',
  hosts: [
    'builtin.com',
    'www.builtin.com',
    'www.builtinnyc.com',
    'www.builtinchicago.org',
    'www.builtinboston.com',
    'www.builtinla.com',
    'www.builtinsf.com',
    'www.builtinseattle.com',
    'www.builtinaustin.com',
    'www.builtincolorado.com',
  ],
  matches: (url) => /(^|\.)(builtin\.com|builtin(nyc|chicago|boston|la|sf|seattle|austin|colorado)\.(com|org))$/.test(url.hostname),
  read(doc, url): PageRead {
    const id = JOB_PATH.exec(url.pathname)?.[1];
    if (id) {
      const header = querySelectorFirst(doc, HEADER) ?? doc;
      const titleEl = querySelectorFirst(doc, TITLE);
      const posting = assemblePosting(doc, {
        site: 'builtin',
        key: `builtin:${id}`,
        url: `https://builtin.com${url.pathname.replace(/\/$/, '')}`,
        title: cleanText(titleEl),
        company: textOf(header, COMPANY),
        location: besideIcon(header, LOCATION_ICON),
        description: querySelectorFirst(doc, DESCRIPTION),
        anchor: titleEl,
        ld: jsonLdPosting(doc),
        confidence: 0.95,
      });
      return posting ? { site: 'builtin', kind: 'posting', cards: [], posting } : noPage('builtin');
    }
    const cards = readCards(doc, url);
    return cards.length ? { site: 'builtin', kind: 'list', cards } : noPage('builtin');
  },
};

/** The text next to an icon: the icon has none, so climb until an ancestor has some. */
function besideIcon(root: ParentNode, icon: string): string {
  const i = root.querySelector(icon);
  for (let el = i?.parentElement; el; el = el.parentElement) {
    const text = cleanText(el);
    if (text) return text;
  }
  return '';
}

function readCards(doc: Document, base: URL): CardRead[] {
  const cards: CardRead[] = [];
  for (const el of querySelectorAllFirst(doc, CARDS)) {
    const link = querySelectorFirst(el, CARD_TITLE);
    // The title link may point at a tracking alias; data-alias keeps the job's own path.
    const href = resolveHref(link?.getAttribute('data-alias') || link?.getAttribute('href'), base);
    const id = JOB_PATH.exec(href?.pathname ?? '')?.[1] ?? /^job-card-(\d+)$/.exec(el.id)?.[1];
    const title = cleanText(link);
    if (!id || !title || !href) continue;
    cards.push({
      key: `builtin:${id}`,
      title,
      company: textOf(el, COMPANY),
      location: besideIcon(el, LOCATION_ICON),
      snippet: '', // Built In cards show facts (pay, seniority), no description teaser
      url: JOB_PATH.test(href.pathname) ? `https://builtin.com${href.pathname}` : href.href,
      element: el,
    });
  }
  return uniqueCards(cards);
}
