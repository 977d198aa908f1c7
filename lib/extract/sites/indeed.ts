import { cleanText, elementText } from '../element-text';
import { querySelectorFirst, querySelectorAllFirst } from '../query';
import { snippetText } from './read-helpers';
import type { CardRead, PageRead, PostingRead, SiteAdapter } from '../types';

// Selectors, newest layout first, each with the month its markup was current.
const PANE = [
  '#jobsearch-ViewjobPaneWrapper', // 2025-05 search and home feed: the right-hand pane
  '.jobsearch-RightPane', // 2024-03
  '#vjs-container', // 2021-06 (later an iframe; see the content script notes)
];
const TITLE = [
  '[data-testid="jobsearch-JobInfoHeader-title"]', // 2025-05 h1 on the job page, h2 in the pane
  'h2[data-testid="simpler-jobTitle"]', // 2025-04 pane, "simpler" variant
  '.jobsearch-JobInfoHeader-title', // 2024-03, and 2020-08 with icl-u-* classes
];
const COMPANY = [
  '[data-testid="inlineHeader-companyName"]', // 2025-05
  '[data-company-name="true"]', // 2023-04
  '.jobsearch-JobInfoHeader-companyNameSimple', // 2025-04 pane, "simpler" variant
  '.jobsearch-InlineCompanyRating > div:first-child', // 2021-06
  '.jobsearch-CompanyInfoContainer .icl-u-lg-mr--sm', // 2020-08
];
const LOCATION = [
  '[data-testid="inlineHeader-companyLocation"]', // 2025-05
  '[data-testid="job-location"]', // 2024-03
  '[data-testid="jobsearch-JobInfoHeader-companyLocation"] > div:first-child', // 2025-04 pane: place, then "•Remote"
  '[data-testid="jobsearch-JobInfoHeader-companyLocation"]', // 2023-10
  '.jobsearch-JobInfoHeader-subtitle > div:last-child', // 2021-06
];
const DESCRIPTION = [
  '#jobDescriptionText', // 2025-05, unchanged for years
  '.jobsearch-jobDescriptionText', // 2021-06
  '.jobsearch-JobComponent-description', // 2020-08
];

// Card roots: the first selector that finds any wins.
const CARDS = [
  '.job_seen_beacon', // 2025-05: inside li > .cardOutline; the title link carries data-jk
  '.cardOutline', // 2024-03
  '.jobsearch-SerpJobCard[data-jk]', // 2020-08: the card itself carries data-jk
  '.result[data-jk]', // 2019-11
];
const CARD_TITLE_ATTR = [
  '.jobTitle span[title]', // 2025-05: the title attribute is free of the "new" label and <b> highlights
  'a[data-tn-element="jobTitle"][title]', // 2020-08
  'a.jobtitle[title]', // 2019-11
];
const CARD_TITLE = [
  '.jobTitle a span', // 2024-03
  '.jcs-JobTitle', // 2024-03
  '.jobtitle', // 2019-11
];
const CARD_ANCHOR = [
  'h2.jobTitle', // 2025-05
  'h2.title', // 2020-08
];
const CARD_COMPANY = [
  '[data-testid="company-name"]', // 2025-05
  '.companyName', // 2022-09
  '.company', // 2020-08
];
const CARD_LOCATION = [
  '[data-testid="text-location"]', // 2025-05
  '.companyLocation', // 2022-09
  '.location', // 2020-08
];
const CARD_SNIPPET = [
  '[data-testid="belowJobSnippet"]', // 2025-05
  '.job-snippet', // 2022-09
  '.summary', // 2020-08
];

const JK = /^[0-9a-f]{16}$/;
const VIEW_PATH = /^\/(m\/)?(basecamp\/)?viewjob\/?$/;

/** Indeed: job pages (`/viewjob?jk=`), searches (`/jobs`, `/q-…-jobs.html`) and the feed with their side pane. */
export const indeed: SiteAdapter = {
  id: 'indeed',
  name: 'Indeed',
  hosts: [
    'www.indeed.com',
    'uk.indeed.com',
    'ca.indeed.com',
    'au.indeed.com',
    'in.indeed.com',
    'ie.indeed.com',
    'nz.indeed.com',
    'sg.indeed.com',
    'za.indeed.com',
    'de.indeed.com',
    'at.indeed.com',
    'ch.indeed.com',
    'fr.indeed.com',
    'be.indeed.com',
    'nl.indeed.com',
    'es.indeed.com',
    'it.indeed.com',
    'pt.indeed.com',
    'pl.indeed.com',
    'se.indeed.com',
    'mx.indeed.com',
    'br.indeed.com',
    'ar.indeed.com',
    'jp.indeed.com',
    'ae.indeed.com',
  ],
  matches: (url) => /(^|\.)indeed\.com$/.test(url.hostname),
  // Clicking a card swaps the pane's content (and `vjk`) without loading a page.
  spaRoots: [
    '.jobsearch-SerpMainContent', // 2025-05: results list and pane
    '#jobsearch-ViewjobPaneWrapper', // 2025-05: the pane alone
    '#mosaic-provider-jobcards', // 2025-05: the list alone (home feed)
  ],
  read(doc, url): PageRead {
    if (VIEW_PATH.test(url.pathname)) {
      const jk = url.searchParams.get('jk') ?? url.searchParams.get('vjk');
      const posting = jk && JK.test(jk) ? readPosting(doc, url, jk, 0.95) : undefined;
      return posting ? { site: 'indeed', kind: 'posting', cards: [], posting } : none();
    }
    const cards = readCards(doc, url);
    const pane = querySelectorFirst(doc, PANE);
    const jk = pane ? paneJobKey(doc, pane, url) : undefined;
    const posting = pane && jk ? readPosting(pane, url, jk, 0.9) : undefined;
    if (!cards.length && !posting) return none();
    return { site: 'indeed', kind: 'list', cards, posting };
  },
};

const none = (): PageRead => ({ site: 'indeed', kind: 'none', cards: [] });

/** One address per job on each country host, without the search and tracking parameters. */
const jobUrl = (url: URL, jk: string) => `https://${url.hostname}/viewjob?jk=${jk}`;

function readPosting(root: ParentNode, url: URL, jk: string, confidence: number): PostingRead | undefined {
  const titleEl = querySelectorFirst(root, TITLE);
  const descriptionEl = querySelectorFirst(root, DESCRIPTION);
  if (!titleEl || !descriptionEl) return undefined;
  const { text, map } = elementText(descriptionEl);
  if (!text.trim()) return undefined;
  return {
    site: 'indeed',
    // The heading ends in a visually hidden " - job post" for screen readers.
    title: cleanText(titleEl).replace(/\s*-\s*job post$/i, ''),
    company: cleanText(querySelectorFirst(root, COMPANY)),
    location: cleanText(querySelectorFirst(root, LOCATION)),
    key: `indeed:${jk}`,
    url: jobUrl(url, jk),
    text,
    textMap: map,
    anchor: titleEl,
    confidence,
  };
}

/** Which job the pane shows: its title's link to the job, else `vjk` in the address, else the highlighted card. */
function paneJobKey(doc: Document, pane: Element, url: URL): string | undefined {
  for (const a of pane.querySelectorAll(TITLE.map((t) => `${t} a[href*="jk="]`).join(', '))) {
    const jk = jkFromHref(a.getAttribute('href'));
    if (jk) return jk;
  }
  const vjk = url.searchParams.get('vjk') ?? url.searchParams.get('jk');
  if (vjk && JK.test(vjk)) return vjk;
  const highlighted = doc.querySelector('.vjs-highlight [data-jk], .vjs-highlight[data-jk]')?.getAttribute('data-jk');
  return highlighted && JK.test(highlighted) ? highlighted : undefined;
}

function jkFromHref(href: string | null): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, 'https://www.indeed.com/');
    const jk = u.searchParams.get('jk') ?? u.searchParams.get('vjk');
    return jk && JK.test(jk) ? jk : undefined;
  } catch {
    return undefined;
  }
}

function readCards(doc: Document, url: URL): CardRead[] {
  const cards: CardRead[] = [];
  const seen = new Set<string>();
  for (const el of querySelectorAllFirst(doc, CARDS)) {
    const jk = cardJobKey(el);
    const title = el.querySelector(CARD_TITLE_ATTR.join(','))?.getAttribute('title')?.trim() || cleanText(querySelectorFirst(el, CARD_TITLE));
    if (!jk || !title || seen.has(jk)) continue;
    seen.add(jk);
    cards.push({
      key: `indeed:${jk}`,
      title,
      company: cleanText(querySelectorFirst(el, CARD_COMPANY)),
      location: cleanText(querySelectorFirst(el, CARD_LOCATION)),
      snippet: snippetText(querySelectorFirst(el, CARD_SNIPPET)),
      url: jobUrl(url, jk),
      element: el,
      anchor: querySelectorFirst(el, CARD_ANCHOR) ?? undefined,
    });
  }
  return cards;
}

function cardJobKey(el: Element): string | undefined {
  const own = el.getAttribute('data-jk') ?? el.querySelector('[data-jk]')?.getAttribute('data-jk');
  if (own && JK.test(own)) return own;
  return jkFromHref(el.querySelector('a[href*="jk="]')?.getAttribute('href') ?? null);
}
