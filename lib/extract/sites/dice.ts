import { cleanText } from '../element-text';
import { querySelectorFirst, querySelectorAllFirst } from '../query';
import type { CardRead, PageRead, SiteAdapter } from '../types';
import { assemblePosting, jsonLdPosting, noPage, resolveHref, textOf, uniqueCards } from './board-kit';

// Selectors, newest layout first, each with the month its markup was current (as public scrapers of Dice record it).
const TITLE = [
  '[data-testid="job-detail-header-card"] h1', // 2026-02 job page
  'h1[data-cy="jobTitle"]', // 2024-06 job page
  'h1#jt', // 2021-09 legacy job page
];
const COMPANY = [
  '[data-testid="job-detail-header-card"] a[href*="/company-profile/"]', // 2026-02
  'a[data-cy="companyNameLink"]', // 2024-06: employer with a profile page
  '[data-cy="companyName"]', // 2024-06: employer without one
  '#hiringOrganizationName', // 2021-09
];
const LOCATION = [
  'li[data-cy="location"]', // 2024-06
  '[data-cy="location"]', // 2024-06
  '.location', // 2021-09
];
const DESCRIPTION = [
  '[data-testid="jobDescriptionHtml"]', // 2024-06 and 2026-02
  '#jobDescription', // 2023-03
  '#jobdescSec', // 2021-09 legacy
];

const CARDS = [
  '[data-testid="job-card"]', // 2026-02 search
  'dhi-search-card', // 2023-08 search (Angular web component)
  '[data-cy="card"]', // 2023-08 search, when the component wrapper is flattened
];
const CARD_LINK = [
  'a[data-testid="job-search-job-detail-link"]', // 2026-02
  'a[data-cy="card-title-link"]', // 2023-08: the id attribute is the job id
  'a.card-title-link', // 2022-05
];
const CARD_COMPANY = [
  '[data-cy="search-result-company-name"]', // 2023-08
  'a[href*="/company-profile/"]', // 2026-02
  '.card-company a', // 2022-05
];
const CARD_LOCATION = [
  '[data-cy="search-result-location"]', // 2023-08
  '.search-result-location', // 2022-05
];
const CARD_SNIPPET = [
  '[data-cy="card-summary"]', // 2023-08
  '.card-description', // 2022-05
];

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const DETAIL_PATH = /^\/job-detail\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

/** Dice (tech jobs): job pages under /job-detail/<uuid> and the search list. */
export const dice: SiteAdapter = {
  id: 'dice',
  name: 'Dice',
  hosts: ['www.dice.com', 'dice.com'],
  matches: (url) => /(^|\.)dice\.com$/.test(url.hostname),
  read(doc, url): PageRead {
    const id = DETAIL_PATH.exec(url.pathname)?.[1]?.toLowerCase();
    if (id) {
      const titleEl = querySelectorFirst(doc, TITLE);
      // An expired job keeps its address but drops the description and the JSON-LD: nothing to read then.
      const posting = assemblePosting(doc, {
        site: 'dice',
        key: `dice:${id}`,
        url: jobUrl(id),
        title: cleanText(titleEl),
        company: textOf(doc, COMPANY),
        location: textOf(doc, LOCATION),
        description: querySelectorFirst(doc, DESCRIPTION),
        anchor: titleEl,
        ld: jsonLdPosting(doc),
        confidence: 0.95,
      });
      return posting ? { site: 'dice', kind: 'posting', cards: [], posting } : noPage('dice');
    }
    const cards = readCards(doc, url);
    return cards.length ? { site: 'dice', kind: 'list', cards } : noPage('dice');
  },
};

const jobUrl = (id: string) => `https://www.dice.com/job-detail/${id}`;

function readCards(doc: Document, base: URL): CardRead[] {
  const cards: CardRead[] = [];
  for (const el of querySelectorAllFirst(doc, CARDS)) {
    const link = querySelectorFirst(el, CARD_LINK);
    if (!link) continue;
    // The 2023 cards carry the id on the link and open the job by script, so the href may be missing.
    const id = (UUID.exec(link.id)?.[0] ?? UUID.exec(resolveHref(link.getAttribute('href'), base)?.pathname ?? '')?.[0])?.toLowerCase();
    const title = cleanText(link);
    if (!id || !title) continue;
    cards.push({
      key: `dice:${id}`,
      title,
      company: textOf(el, CARD_COMPANY),
      location: textOf(el, CARD_LOCATION),
      snippet: textOf(el, CARD_SNIPPET),
      url: jobUrl(id),
      element: el,
    });
  }
  return uniqueCards(cards);
}
