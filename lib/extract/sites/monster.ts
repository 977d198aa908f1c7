import { cleanText } from '../element-text';
import { querySelectorFirst, querySelectorAllFirst } from '../query';
import type { CardRead, PageRead, PostingRead, SiteAdapter } from '../types';
import { assemblePosting, jsonLdPosting, noPage, resolveHref, textOf, uniqueCards } from './board-kit';

// Selectors, newest layout first, each with the month its markup was current (as public scrapers of Monster record it).
// The job view is the same component on a job's own page and in the search page's right-hand pane.
const TITLE = [
  '#job-view-header [data-testid="jobTitle"]', // 2025-04 job view
  'h1[data-testid="jobTitle"]', // 2024-10 job page
  'h2[data-testid="jobTitle"]', // 2024-10 search pane (cards use a[data-testid="jobTitle"])
  '[data-testid="svx-job-header-title"]', // 2023-05
];
const COMPANY = [
  '#job-view-header [data-testid="company"]', // 2025-04
  'li[data-testid="company"]', // 2024-10
  '[data-testid="svx_jobview-company"]', // 2023-05
  '[data-testid="svx-job-header-company-name"]', // 2023-05
];
const LOCATION = [
  '#job-view-header [data-testid="jobDetailLocation"]', // 2025-04
  'li[data-testid="jobDetailLocation"]', // 2024-10
  '[data-testid="svx_jobview-location"]', // 2023-05
  '[data-testid="svx-job-header-location"]', // 2023-05
];
const DESCRIPTION = [
  '[data-testid="svx-description-container-inner"]', // 2025-04
  '[data-testid="svx-description-container"]', // 2023-05
  '#JobDescription', // 2021-03 legacy
];

const CARDS = [
  'article[data-testid="svx_jobCard"]', // 2025-04 search, in div#JobCardGrid
  '[data-testid="svx_jobCard"]', // 2023-05 (a div or section)
  '.job-cardstyle__JobCardComponent', // 2022-06
];
const CARD_LINK = [
  'a[data-testid="jobTitle"]', // 2025-04: protocol-relative //www.monster.com/job-openings/…
  'a[href*="/job-openings/"]', // 2022-06
];
const CARD_COMPANY = [
  '[data-testid="company"]', // 2025-04
  '[data-testid="svx_jobCard-company"]', // 2023-05
];
const CARD_LOCATION = [
  '[data-testid="jobDetailLocation"]', // 2025-04
  '[data-testid="svx_jobCard-location"]', // 2023-05
];

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
// /job-openings/<title-city-state>--<uuid>, or the bare /job-openings/<uuid> of older links.
const JOB_PATH = /^\/job-openings\/(?:[^/]*--)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[/?#]|$)/i;
const SEARCH_PATH = /^\/jobs\/(search|q-|l-)/;

/** Monster (US): job pages under /job-openings/ and the search list with its job-view pane. */
export const monster: SiteAdapter = {
  id: 'monster',
  name: 'Monster',
  hosts: ['www.monster.com', 'monster.com'],
  matches: (url) => /(^|\.)monster\.com$/.test(url.hostname),
  read(doc, url): PageRead {
    const jobId = JOB_PATH.exec(url.pathname)?.[1]?.toLowerCase();
    if (jobId) {
      const posting = readPosting(doc, jobId, `https://www.monster.com${url.pathname}`, 0.95);
      return posting ? { site: 'monster', kind: 'posting', cards: [], posting } : noPage('monster');
    }
    const cards = readCards(doc, url);
    // The search page opens the chosen card (`id` parameter) in the job-view pane beside the list.
    const paneId = SEARCH_PATH.test(url.pathname) ? UUID.exec(url.searchParams.get('id') ?? '')?.[0]?.toLowerCase() : undefined;
    const paneUrl = (id: string) => cards.find((c) => c.key === `monster:${id}`)?.url ?? `https://www.monster.com/job-openings/${id}`;
    const posting = paneId ? readPosting(doc, paneId, paneUrl(paneId), 0.9, false) : undefined;
    if (!cards.length && !posting) return noPage('monster');
    return { site: 'monster', kind: 'list', cards, posting };
  },
};

function readPosting(doc: Document, id: string, url: string, confidence: number, ownPage = true): PostingRead | undefined {
  const titleEl = querySelectorFirst(doc, TITLE);
  // The search page's JSON-LD (when there is any) lists jobs, not the one in the pane.
  const ld = ownPage ? jsonLdPosting(doc) : undefined;
  if (!titleEl && !ld) return undefined;
  return assemblePosting(doc, {
    site: 'monster',
    key: `monster:${id}`,
    url,
    title: cleanText(titleEl),
    company: textOf(doc, COMPANY),
    location: textOf(doc, LOCATION),
    description: querySelectorFirst(doc, DESCRIPTION),
    anchor: titleEl,
    ld,
    confidence,
  });
}

function readCards(doc: Document, base: URL): CardRead[] {
  const cards: CardRead[] = [];
  for (const el of querySelectorAllFirst(doc, CARDS)) {
    const link = querySelectorFirst(el, CARD_LINK);
    const href = resolveHref(link?.getAttribute('href'), base);
    const id = JOB_PATH.exec(href?.pathname ?? '')?.[1]?.toLowerCase();
    const title = cleanText(link) || link?.closest('[aria-label]')?.getAttribute('aria-label')?.trim() || '';
    if (!href || !id || !title) continue;
    cards.push({
      key: `monster:${id}`,
      title,
      company: textOf(el, CARD_COMPANY),
      location: textOf(el, CARD_LOCATION),
      snippet: '', // Monster cards show no description teaser
      url: `https://www.monster.com${href.pathname}`,
      element: el,
    });
  }
  return uniqueCards(cards);
}
