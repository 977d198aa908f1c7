import { cleanText } from '../element-text';
import { querySelectorFirst, querySelectorAllFirst } from '../query';
import type { CardRead, PageRead, SiteAdapter } from '../types';
import { assemblePosting, jsonLdPosting, noPage, resolveHref, textOf, uniqueCards } from './board-kit';

// Selectors, newest layout first, each with the month its markup was current (as public scrapers of ZipRecruiter record it).
const TITLE = [
  'h1.job_title', // 2024-03 job page
  '.job_header h1', // 2022-08
];
const COMPANY = [
  '.hiring_company_text', // 2024-03: "a.hiring_company_text.t_company_name"
  '.job_header .hiring_company a', // 2022-08
];
const LOCATION = [
  '.hiring_location [data-name="address"]', // 2024-03: the city without the zip code beside it
  '.hiring_location', // 2024-03
  '.job_location', // 2022-08
];
const DESCRIPTION = [
  '.jobDescriptionSection', // 2024-03: the body, without the "Job description" heading
  '.job_description', // 2022-08
];

const CARDS = [
  '.job_result_two_pane_v2', // 2025-09 two-pane search: an article#job-card-<listing key> inside
  'article.job_result', // 2024-03 search (/jobs-search, /candidate/search)
];
const CARD_LINK = [
  'h2 a[href]', // 2025-09 and 2024-03: the title link
  'a.job_link', // 2024-03
  'a[href*="jid="]', // 2022-08
];
const CARD_TITLE = [
  '.just_job_title', // 2024-03: the title without the "new" badge
  'h2', // 2025-09: aria-label holds the title too
];
const CARD_COMPANY = [
  '[data-testid="job-card-company"]', // 2025-09
  'a.t_org_link', // 2024-03
  '.company_name', // 2022-08
];
const CARD_LOCATION = [
  '[data-testid="job-card-location"]', // 2025-09
  'a.t_location_link', // 2024-03
  '.location', // 2022-08
];
const CARD_SNIPPET = [
  'p.job_snippet', // 2024-03
  '.job_snippet', // 2022-08
];

// A job's own page: /c/<Company>/Job/<Title>/-in-<City>?jid=… or /jobs/<company-key>/<title-key>.
const COMPANY_JOB_PATH = /^\/c\/[^/]+\/Job\//;
const JOBS_PATH = /^\/jobs\/[^/]+\/([^/?#]+)/;

/** ZipRecruiter: job pages and the search list (classic cards and the two-pane one). */
export const ziprecruiter: SiteAdapter = {
  id: 'ziprecruiter',
  name: 'ZipRecruiter',
  hosts: ['www.ziprecruiter.com', 'ziprecruiter.com'],
  matches: (url) => /(^|\.)ziprecruiter\.com$/.test(url.hostname),
  read(doc, url): PageRead {
    const id = postingId(url);
    if (id) {
      const titleEl = querySelectorFirst(doc, TITLE);
      const posting = assemblePosting(doc, {
        site: 'ziprecruiter',
        key: `ziprecruiter:${id}`,
        url: canonicalUrl(url),
        title: cleanText(titleEl),
        company: textOf(doc, COMPANY),
        location: textOf(doc, LOCATION),
        description: querySelectorFirst(doc, DESCRIPTION),
        anchor: titleEl,
        ld: jsonLdPosting(doc),
        confidence: 0.95,
      });
      return posting ? { site: 'ziprecruiter', kind: 'posting', cards: [], posting } : noPage('ziprecruiter');
    }
    const cards = readCards(doc, url);
    return cards.length ? { site: 'ziprecruiter', kind: 'list', cards } : noPage('ziprecruiter');
  },
};

/** The job id of a job's own page: the `jid` parameter, else the last key of a /jobs/ path. */
function postingId(url: URL): string | undefined {
  if (COMPANY_JOB_PATH.test(url.pathname)) return url.searchParams.get('jid') ?? undefined;
  return JOBS_PATH.exec(url.pathname)?.[1];
}

/** The job's address without the list and tracking parameters (`lvk`, `tsid`, `utm_*` …); `jid` names the job. */
function canonicalUrl(url: URL): string {
  const clean = new URL(url.pathname, 'https://www.ziprecruiter.com');
  const jid = url.searchParams.get('jid');
  if (jid && COMPANY_JOB_PATH.test(url.pathname)) clean.searchParams.set('jid', jid);
  return clean.href;
}

function readCards(doc: Document, base: URL): CardRead[] {
  const cards: CardRead[] = [];
  for (const el of querySelectorAllFirst(doc, CARDS)) {
    const link = querySelectorFirst(el, CARD_LINK);
    const href = resolveHref(link?.getAttribute('href'), base);
    // Two-pane cards name the listing on the article (job-card-<key>); classic ones link the job with its jid.
    const listingKey = /^job-card-(.+)$/.exec((el.matches('article') ? el : el.querySelector('article'))?.id ?? '')?.[1];
    const id = (href && postingId(href)) ?? listingKey;
    const titleEl = querySelectorFirst(el, CARD_TITLE);
    const title = cleanText(titleEl) || titleEl?.getAttribute('aria-label')?.trim() || cleanText(link);
    if (!id || !title) continue;
    cards.push({
      key: `ziprecruiter:${id}`,
      title,
      company: textOf(el, CARD_COMPANY),
      location: textOf(el, CARD_LOCATION),
      snippet: textOf(el, CARD_SNIPPET),
      url: href && postingId(href) ? canonicalUrl(href) : href?.href ?? base.href,
      element: el,
    });
  }
  return uniqueCards(cards);
}
