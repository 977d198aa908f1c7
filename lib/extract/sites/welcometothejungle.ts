import { cleanText } from '../element-text';
import { querySelectorFirst } from '../query';
import type { CardRead, PageRead, SiteAdapter } from '../types';
import { assemblePosting, commonAncestor, jsonLdPosting, noPage, textOf, uniqueCards } from './board-kit';

// Welcome to the Jungle renders with styled-components (hashed "sc-…" classes); data-testid attributes and the
// icon names (<i name="location">) are what stays put. Newest layout first, with the month its markup was current.
const HEADER = [
  '[data-testid="job-metadata-block"]', // 2026-09 job page: company, title, contract, location, salary
  '[data-testid="job-header"]', // 2023-04
];
const TITLE = [
  '[data-testid="job-metadata-block"] h2', // 2026-09: the role is an h2 under the company link
  '[data-testid="job-metadata-block"] h1', // 2024-02
  '[data-testid="job-title"]', // 2023-04
];
const COMPANY = [
  'a[href*="/companies/"] span', // 2026-09: inside the metadata block, beside the logo
  'a[href*="/companies/"]', // 2024-02
];
const LOCATION = [
  'i[name="location"] + span', // 2026-09: the icon, then the city
  'i[name="location"] + p', // 2024-02
];
// "The position" wraps the description, the profile wanted (the requirements) and the interview process.
const POSITION = [
  '#the-position-section', // 2026-09
];
const SECTIONS = [
  '[data-testid="job-section-description"]', // 2026-09
  '[data-testid="job-section-experience"]', // 2026-09: "Preferred experience" / "Profil recherché"
  '[data-testid="job-section-process"]', // 2026-09
];

const CARDS = 'li[data-testid="search-results-list-item-wrapper"]'; // 2026-09 search (Algolia)
const CARD_TITLE = ['h4', 'h3', 'h2']; // 2026-09 h4; 2024 h3
const CARD_LOCATION = ['i[name="location"] + p', 'i[name="location"] + span']; // 2026-09

// /<lang>/companies/<company>/jobs/<job slug>; the slug is the job's id and is the same in every language.
const JOB_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?companies\/([^/]+)\/jobs\/([^/?#]+)\/?$/i;

/** Welcome to the Jungle: job pages in every language edition and the job search list. */
export const welcometothejungle: SiteAdapter = {
  id: 'welcometothejungle',
  name: 'Welcome to the Jungle',
  hosts: ['www.welcometothejungle.com', 'welcometothejungle.com'],
  matches: (url) => /(^|\.)welcometothejungle\.com$/.test(url.hostname),
  read(doc, url): PageRead {
    const path = JOB_PATH.exec(url.pathname);
    if (path) {
      const [, company, slug] = path;
      const header = querySelectorFirst(doc, HEADER);
      const titleEl = querySelectorFirst(doc, TITLE);
      const posting = assemblePosting(doc, {
        site: 'welcometothejungle',
        key: `welcometothejungle:${company}/${slug}`,
        url: `https://www.welcometothejungle.com${langPrefix(url)}/companies/${company}/jobs/${slug}`,
        title: cleanText(titleEl),
        company: header ? textOf(header, COMPANY) : '',
        location: header ? textOf(header, LOCATION) : '',
        description: positionElement(doc),
        anchor: titleEl,
        ld: jsonLdPosting(doc),
        confidence: 0.95,
      });
      return posting ? { site: 'welcometothejungle', kind: 'posting', cards: [], posting } : noPage('welcometothejungle');
    }
    const cards = readCards(doc);
    return cards.length ? { site: 'welcometothejungle', kind: 'list', cards } : noPage('welcometothejungle');
  },
};

const langPrefix = (url: URL) => /^\/([a-z]{2}(?:-[a-z]{2})?)\//i.exec(url.pathname)?.[0].slice(0, -1) ?? '';

/** The whole position: its wrapper, else the smallest element holding every section that is there. */
function positionElement(doc: Document): Element | null {
  const wrapper = querySelectorFirst(doc, POSITION);
  if (wrapper) return wrapper;
  const sections = SECTIONS.map((s) => doc.querySelector(s)).filter((el): el is Element => !!el);
  return sections.reduce<Element | null>((acc, el) => (acc ? commonAncestor(acc, el) : el), null);
}

function readCards(doc: Document): CardRead[] {
  const cards: CardRead[] = [];
  for (const el of doc.querySelectorAll(CARDS)) {
    const link = [...el.querySelectorAll('a[href*="/companies/"]')].find((a) => JOB_PATH.test(pathOf(a)));
    const path = link ? JOB_PATH.exec(pathOf(link)) : null;
    const title = textOf(el, CARD_TITLE);
    if (!path || !title) continue;
    const [, company = '', slug] = path; // both groups are required by JOB_PATH
    cards.push({
      key: `welcometothejungle:${company}/${slug}`,
      title,
      // The logo's alt text is the company's name; the name beside it has only hashed classes.
      company: el.querySelector('img[alt]:not([alt=""])')?.getAttribute('alt')?.trim() ?? company,
      location: textOf(el, CARD_LOCATION),
      snippet: '', // the card's only other text is the company's sector line
      url: `https://www.welcometothejungle.com${pathOf(link!).split('?')[0]}`,
      element: el,
    });
  }
  return uniqueCards(cards);
}

const pathOf = (a: Element) => (a.getAttribute('href') ?? '').replace(/^https?:\/\/[^/]+/, '').split(/[?#]/)[0] ?? '';
