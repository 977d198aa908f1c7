import { cleanText, elementText } from '../element-text';
import { readJsonLdPostings } from '../json-ld';
import { querySelectorFirst, querySelectorAllFirst } from '../query';
import { snippetText } from './read-helpers';
import type { CardRead, PageRead, PostingRead, SiteAdapter } from '../types';

// Glassdoor is a Next.js app with CSS-module classes (`JobDetails_jobDescription__uW_fK`): the hash after the
// module and class name changes with each build, so those are matched by prefix. Newest markup first.
const PANE = [
  '[class*="TwoColumnLayout_jobDetailsContainer"]', // 2025-02 search: the right-hand column
  '[class*="JobDetails_jobDetailsContainer"]', // 2024-06
  '#JDCol', // 2022-09
];
const TITLE = [
  'h1[id^="jd-job-title-"]', // 2025-02: the id ends in the listing id
  '[class*="JobDetails_jobDetailsHeader"] h1', // 2024-10
  '[data-test="job-title"]', // 2024-06 job page (cards use it too, so it is looked up inside the pane only)
  '[data-test="jobTitle"]', // 2022-09
];
const COMPANY = [
  '[data-test="employer-name"]', // 2024-06
  '[class*="EmployerProfile_employerName"]', // 2025-02: EmployerProfile_employerName__8w0tV
  '[class*="EmployerProfile_employerInfo"] h4', // 2024-10
  '[data-test="employerName"]', // 2022-09
];
const LOCATION = [
  '[data-test="location"]', // 2025-02
  '[class*="JobDetails_location"]', // 2024-10
  '[data-test="emp-location"]', // 2022-09
];
const DESCRIPTION = [
  '[class*="JobDetails_jobDescription__"]', // 2025-02: the employer's own HTML (not ...jobDescriptionWrapper)
  '.jobDescriptionContent', // 2022-09
  '#JobDescriptionContainer', // 2021-04
];

const CARDS = [
  'li[data-test="jobListing"][data-jobid]', // 2025-02
  'li[data-test="jobListing"]', // 2024-06
  '[data-test="job-card-wrapper"]', // 2024-06 wrapper div
  'li.react-job-listing[data-id]', // 2022-09
];
const CARD_TITLE = [
  'a[data-test="job-title"]', // 2025-02
  '[class*="JobCard_jobTitle"]', // 2024-06
  'a[data-test="job-link"]', // 2022-09 (the second one; the first wraps the logo)
];
const CARD_COMPANY = [
  '[class*="EmployerProfile_compactEmployerName"]', // 2025-02
  '[data-test="employer-short-name"]', // 2023-08
];
const CARD_LOCATION = [
  '[data-test="emp-location"]', // 2025-02, unchanged since 2022
  '[class*="JobCard_location"]', // 2024-06
];
const CARD_SNIPPET = [
  '[data-test="descSnippet"]', // 2025-02
  '[class*="JobCard_jobDescriptionSnippet"]', // 2024-06
];

const LISTING_ID = /^\d{6,}$/;

/** Glassdoor job pages (`/job-listing/…?jl=`), searches (`/Job/…`) and company job lists with their detail pane. */
export const glassdoor: SiteAdapter = {
  id: 'glassdoor',
  name: 'Glassdoor',
  hosts: [
    'www.glassdoor.com',
    'www.glassdoor.co.uk',
    'www.glassdoor.ca',
    'www.glassdoor.com.au',
    'www.glassdoor.co.in',
    'www.glassdoor.ie',
    'www.glassdoor.co.nz',
    'www.glassdoor.sg',
    'www.glassdoor.com.hk',
    'www.glassdoor.de',
    'www.glassdoor.at',
    'www.glassdoor.ch',
    'www.glassdoor.fr',
    'www.glassdoor.be',
    'www.glassdoor.nl',
    'www.glassdoor.es',
    'www.glassdoor.it',
    'www.glassdoor.com.br',
    'www.glassdoor.com.mx',
  ],
  matches: (url) => /(^|\.)glassdoor\.(com|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})$/.test(url.hostname),
  // Clicking a card replaces the detail column without changing the address.
  spaRoots: [
    '[class*="TwoColumnLayout_container"]', // 2025-02: results list and detail column
    '[class*="TwoColumnLayout_jobDetailsContainer"]', // 2025-02: the detail column alone
    '#__next', // 2024-06: the app root
  ],
  read(doc, url): PageRead {
    if (/^\/(job-listing\/|partner\/jobListing\.htm)/i.test(url.pathname)) {
      const id = listingIdOf(url);
      const posting = id ? readPosting(doc, doc, url, id, 0.95) : undefined;
      return posting ? { site: 'glassdoor', kind: 'posting', cards: [], posting } : none();
    }
    if (!/^\/(Job|Jobs)\//.test(url.pathname)) return none();
    const cards = readCards(doc, url);
    const pane = querySelectorFirst(doc, PANE);
    const id = pane ? paneListingId(doc, pane, url) : undefined;
    const posting = pane && id ? readPosting(doc, pane, url, id, 0.9) : undefined;
    if (!cards.length && !posting) return none();
    return { site: 'glassdoor', kind: 'list', cards, posting };
  },
};

const none = (): PageRead => ({ site: 'glassdoor', kind: 'none', cards: [] });

function listingIdOf(url: URL): string | undefined {
  const id = url.searchParams.get('jl') ?? url.searchParams.get('jobListingId');
  return id && LISTING_ID.test(id) ? id : undefined;
}

/** The job page of a listing on the host in use; Glassdoor answers this slug-less form with the full page. */
const listingUrl = (url: URL, id: string) => `https://${url.hostname}/job-listing/j?jl=${id}`;

function readPosting(doc: Document, root: ParentNode, url: URL, id: string, confidence: number): PostingRead | undefined {
  const titleEl = querySelectorFirst(root, TITLE);
  const descriptionEl = querySelectorFirst(root, DESCRIPTION);
  if (!titleEl || !descriptionEl) return undefined;
  const { text, map } = elementText(descriptionEl);
  if (!text.trim()) return undefined;
  const ld = root === doc ? readJsonLdPostings(doc)[0] : undefined;
  return {
    site: 'glassdoor',
    title: cleanText(titleEl) || ld?.title || '',
    // The employer heading carries its star rating ("Acme 4.1★") in some layouts.
    company: cleanText(querySelectorFirst(root, COMPANY)).replace(/\s+\d\.\d\s*★?$/, '') || ld?.company || '',
    location: cleanText(querySelectorFirst(root, LOCATION)) || ld?.location || '',
    key: `glassdoor:${id}`,
    url: listingUrl(url, id),
    text,
    textMap: map,
    anchor: titleEl,
    confidence,
  };
}

/** Which listing the pane shows: its title's id, else the selected card, else `jl` in the address. */
function paneListingId(doc: Document, pane: Element, url: URL): string | undefined {
  const fromTitle = /(\d{6,})$/.exec(pane.querySelector('[id^="jd-job-title-"]')?.id ?? '')?.[1];
  if (fromTitle) return fromTitle;
  const selected = doc.querySelector('li[data-test="jobListing"][data-selected="true"], li[data-test="jobListing"][aria-selected="true"]');
  const fromCard = selected && cardListingId(selected);
  return fromCard || listingIdOf(url);
}

function readCards(doc: Document, url: URL): CardRead[] {
  const cards: CardRead[] = [];
  const seen = new Set<string>();
  for (const el of querySelectorAllFirst(doc, CARDS)) {
    const id = cardListingId(el);
    const title = cleanText(querySelectorFirst(el, CARD_TITLE));
    if (!id || !title || seen.has(id)) continue;
    seen.add(id);
    cards.push({
      key: `glassdoor:${id}`,
      title,
      company: cleanText(querySelectorFirst(el, CARD_COMPANY)),
      location: cleanText(querySelectorFirst(el, CARD_LOCATION)),
      snippet: snippetText(querySelectorFirst(el, CARD_SNIPPET)),
      url: listingUrl(url, id),
      element: el,
      anchor: querySelectorFirst(el, CARD_TITLE) ?? undefined,
    });
  }
  return cards;
}

function cardListingId(el: Element): string | undefined {
  const own = el.getAttribute('data-jobid') ?? el.getAttribute('data-id') ?? el.querySelector('[data-jobid]')?.getAttribute('data-jobid');
  if (own && LISTING_ID.test(own)) return own;
  const link = el.querySelector('a[href*="jl="]')?.getAttribute('href');
  if (!link) return undefined;
  try {
    const jl = new URL(link, 'https://www.glassdoor.com/').searchParams.get('jl');
    return jl && LISTING_ID.test(jl) ? jl : undefined;
  } catch {
    return undefined;
  }
}
