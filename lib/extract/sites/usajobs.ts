import { cleanText } from '../element-text';
import { querySelectorFirst, querySelectorAllFirst } from '../query';
import type { CardRead, PageRead, SiteAdapter } from '../types';
import { assemblePosting, cardRoot, commonAncestor, jsonLdPosting, noPage, textOf, uniqueCards } from './board-kit';

// USAJOBS announcements: a banner, an overview box, then sections (summary, duties, requirements, education,
// how you will be evaluated …). Newest layout first, with the month its markup was current.
const TITLE = [
  'h1.usajobs-joa-banner__title', // 2026-08
  '#job-title', // 2019-04
];
const COMPANY = [
  '.usajobs-joa-banner__agency', // 2026-08: the hiring agency ("Veterans Health Administration")
  '.usajobs-joa-banner__dept', // 2026-08: its department, when no agency is printed
];
const LOCATIONS = [
  'div.location-item > div.font-bold', // 2026-08 overview: one item per duty station
  '.usajobs-joa-locations__city', // 2023-05
];
// The description runs from the summary to the requirements; the page has no one element for it.
const FIRST_SECTION = [
  '#joa-summary', // 2026-08
  '#summary', // 2023-05
  '#joa-duties', // 2026-08
  '#duties', // 2023-05
];
const LAST_SECTION = [
  '#joa-requirements', // 2026-08
  '#requirements', // 2023-05
  '#joa-qualifications', // 2026-08
  '#qualifications', // 2023-05
];

const CARDS = [
  '.usajobs-search-result--core', // 2023-05 search results
];
const CARD_LINK = [
  'a.usajobs-search-result--core__title', // 2023-05
  '.usajobs-search-result--core__title a', // 2021-02
];
const CARD_COMPANY = [
  '.usajobs-search-result--core__agency', // 2023-05
  '.usajobs-search-result--core__department', // 2023-05
];
const CARD_LOCATION = ['.usajobs-search-result--core__location']; // 2023-05
const JOB_LINK = 'a[href*="/job/"]';

const JOB_PATH = /^\/(?:job|GetJob\/ViewDetails)\/(\d+)\/?$/i;
const SEARCH_PATH = /^\/search(\/|$)/i;

/** USAJOBS, the U.S. federal government's job site: announcements and search results. */
export const usajobs: SiteAdapter = {
  id: 'usajobs',
  name: 'USAJOBS',
  hosts: ['www.usajobs.gov', 'usajobs.gov'],
  matches: (url) => /(^|\.)usajobs\.gov$/.test(url.hostname),
  read(doc, url): PageRead {
    const id = JOB_PATH.exec(url.pathname)?.[1];
    if (id) {
      const titleEl = querySelectorFirst(doc, TITLE);
      const posting = assemblePosting(doc, {
        site: 'usajobs',
        key: `usajobs:${id}`,
        url: `https://www.usajobs.gov/job/${id}`,
        title: cleanText(titleEl),
        company: textOf(doc, COMPANY),
        location: locations(doc),
        description: descriptionElement(doc),
        anchor: titleEl,
        ld: jsonLdPosting(doc),
        confidence: 0.95,
      });
      return posting ? { site: 'usajobs', kind: 'posting', cards: [], posting } : noPage('usajobs');
    }
    const cards = readCards(doc, SEARCH_PATH.test(url.pathname));
    return cards.length ? { site: 'usajobs', kind: 'list', cards } : noPage('usajobs');
  },
};

/** The duty stations, the first three named and the rest counted ("… +12 more"). */
function locations(doc: Document): string {
  const all = [...new Set(querySelectorAllFirst(doc, LOCATIONS).map((el) => cleanText(el)).filter(Boolean))];
  return all.length > 3 ? `${all.slice(0, 3).join('; ')} +${all.length - 3} more` : all.join('; ');
}

function descriptionElement(doc: Document): Element | null {
  const first = querySelectorFirst(doc, FIRST_SECTION);
  const last = querySelectorFirst(doc, LAST_SECTION);
  if (first && last) return commonAncestor(first, last);
  return first ?? last;
}

const idOf = (a: Element) => JOB_PATH.exec((a.getAttribute('href') ?? '').replace(/^https?:\/\/[^/]+/, '').split(/[?#]/)[0] ?? '')?.[1] ?? null;

function readCards(doc: Document, searchPage: boolean): CardRead[] {
  const cards: CardRead[] = [];
  let roots = querySelectorAllFirst(doc, CARDS);
  // Without the known card class, each announcement link's own box is the card; only on the search page,
  // as help pages and agency pages link to announcements too.
  if (!roots.length && searchPage) {
    const main = doc.querySelector('main') ?? doc.body;
    roots = main ? [...main.querySelectorAll(JOB_LINK)].filter(idOf).map((a) => cardRoot(a, JOB_LINK, idOf, main)) : [];
  }
  for (const el of roots) {
    const link = querySelectorFirst(el, CARD_LINK) ?? [...el.querySelectorAll(JOB_LINK)].find(idOf) ?? (el.matches(JOB_LINK) ? el : null);
    const id = link ? idOf(link) : null;
    const title = cleanText(link);
    if (!id || !title) continue;
    cards.push({
      key: `usajobs:${id}`,
      title,
      company: textOf(el, CARD_COMPANY),
      location: textOf(el, CARD_LOCATION),
      snippet: '', // results show pay and dates, no summary
      url: `https://www.usajobs.gov/job/${id}`,
      element: el,
    });
  }
  return uniqueCards(cards);
}
