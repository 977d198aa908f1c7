import { cleanText, collapseWhitespace, elementText } from '../element-text';
import { readJsonLdPostings } from '../json-ld';
import { querySelectorFirst, querySelectorAllFirst } from '../query';
import type { CardRead, PageRead, PostingRead, SiteAdapter } from '../types';

// Selectors, newest layout first, each with the month its markup was current. "Guest" is the logged-out
// site (server-rendered, also on country hosts such as se.linkedin.com); the rest is the signed-in app.
const PANE = [
  '.jobs-search__job-details--container', // 2025-06 signed-in search and collections
  '.scaffold-layout__detail', // 2025-06 signed-in, outer detail column
  '.jobs-search__job-details', // 2023-10 signed-in
  '.jobs-details', // 2024-05 signed-in
  '.two-pane-serp-page__detail-view', // 2024-08 guest search with a card opened
  '.details-pane__content', // 2023-06 guest
];
const PANE_TITLE_LINK = [
  '.job-details-jobs-unified-top-card__job-title a[href*="/jobs/view/"]', // 2025-06 signed-in
  'a[data-tracking-control-name="public_jobs_topcard-title"]', // 2024-08 guest
].join(', ');
const TITLE = [
  '.job-details-jobs-unified-top-card__job-title h1', // 2025-06 signed-in
  '.job-details-jobs-unified-top-card__job-title', // 2024-02 signed-in
  '.jobs-unified-top-card__job-title', // 2023-06 signed-in
  'h1.top-card-layout__title', // 2025-06 guest job page
  '.top-card-layout__title', // 2024-08 guest (an h2 in the search pane)
  '.topcard__title', // 2022-11 guest
];
const COMPANY = [
  '.job-details-jobs-unified-top-card__company-name a', // 2025-06 signed-in
  '.job-details-jobs-unified-top-card__company-name', // 2024-02 signed-in
  '.jobs-unified-top-card__company-name a', // 2023-06 signed-in
  '.jobs-unified-top-card__company-name', // 2023-06 signed-in
  '.topcard__org-name-link', // 2025-06 guest
  '.top-card-layout__second-subline .topcard__flavor:not(.topcard__flavor--bullet)', // 2024-08 guest, no company page
];
const LOCATION = [
  '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text', // 2025-06 signed-in: location · age · applicants
  '.job-details-jobs-unified-top-card__primary-description-container .tvm__text', // 2024-06 signed-in
  '.job-details-jobs-unified-top-card__bullet', // 2023-12 signed-in
  '.jobs-unified-top-card__bullet', // 2023-06 signed-in
  '.topcard__flavor--bullet', // 2025-06 guest
];
const DESCRIPTION = [
  '#job-details', // 2025-06 signed-in: "About the job" and the body
  '.jobs-description__content .jobs-box__html-content', // 2024-02 signed-in
  '.jobs-description-content__text', // 2023-06 signed-in
  '.jobs-description__content', // 2023-06 signed-in
  '.show-more-less-html__markup', // 2025-06 guest: the body without the criteria list
  '.description__text', // 2024-08 guest
];

// Cards: the first selector that finds any wins, so a signed-in `li` and the card `div` inside it never both count.
const CARDS = [
  'li[data-occludable-job-id]', // 2025-06 signed-in search, collections
  '[data-view-name="job-card"][data-job-id]', // 2025-06 signed-in, when the li wrapper is missing
  '.job-card-container[data-job-id]', // 2024-05 signed-in
  'li.jobs-search-results__list-item', // 2023-06 signed-in
  '.base-card[data-entity-urn*="jobPosting"]', // 2025-06 guest search
  '.base-search-card', // 2024-08 guest
  '.job-search-card', // 2022-11 guest
];
const CARD_TITLE = [
  '.job-card-list__title--link strong', // 2025-06 signed-in: a visually hidden copy sits beside it
  '.artdeco-entity-lockup__title strong', // 2025-06 signed-in
  '.base-search-card__title', // 2025-06 guest
  '.job-search-card__title', // 2022-11 guest
];
/** Where a card's badge goes: the title's box, beside the link rather than inside it. */
const CARD_ANCHOR = [
  '.artdeco-entity-lockup__title', // 2025-06 signed-in
  '.job-card-list__title', // 2023-06 signed-in
  '.base-search-card__title', // 2025-06 guest
];
const CARD_TITLE_LINK = [
  'a.job-card-container__link', // 2025-06 signed-in: aria-label holds the title
  'a.job-card-list__title', // 2023-06 signed-in
];
const CARD_COMPANY = [
  '.artdeco-entity-lockup__subtitle', // 2025-06 signed-in
  '.job-card-container__primary-description', // 2023-10 signed-in
  '.job-card-container__company-name', // 2023-06 signed-in
  '.base-search-card__subtitle', // 2025-06 guest
  '.job-search-card__subtitle', // 2022-11 guest
];
const CARD_LOCATION = [
  '.job-card-container__metadata-wrapper li', // 2025-06 signed-in: the first item is the place
  '.job-card-container__metadata-item', // 2023-10 signed-in
  '.artdeco-entity-lockup__caption', // 2024-05 signed-in
  '.job-search-card__location', // 2025-06 guest
];
const CARD_SNIPPET = [
  '.job-card-container__job-insight-text', // 2024-05 signed-in: "3 connections work here", skills insight
  '.job-posting-benefits__text', // 2025-06 guest: "Be an early applicant"
];

/** A job id in a path: `/jobs/view/4012345678/` (signed-in) or `/jobs/view/some-title-at-company-4012345678` (guest). */
const VIEW_PATH = /\/jobs\/view\/(?:[^/?#]*?-)?(\d{6,})(?:[/?#]|$)/;
const LIST_PATH = /^\/jobs\/(search|search-results|collections)(\/|$)/;
const URN_ID = /urn:li:(?:fs_normalized_)?jobPosting:(\d+)/;

/** LinkedIn jobs: signed-in job pages, search and collections with their detail pane, and the guest pages. */
export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  // Guest pages are also served on country hosts (se., de., uk., in. …), hence the wildcard.
  hosts: ['www.linkedin.com', '*.linkedin.com'],
  matches: (url) => /(^|\.)linkedin\.com$/.test(url.hostname),
  // One box holding both the results list and the detail pane, so a new card or a new job in the pane shows.
  spaRoots: [
    '.jobs-search-two-pane__layout', // 2025-06 signed-in search and collections
    '.scaffold-layout__list-detail-inner', // 2024-05 signed-in
    '.job-view-layout', // 2025-06 signed-in job page: similar jobs open in place
    '#main-content', // 2025-06 guest pages: results list and detail view
  ],
  read(doc, url): PageRead {
    const viewId = VIEW_PATH.exec(url.pathname)?.[1];
    if (viewId) {
      const posting = readPosting(doc, doc, viewId, 0.95);
      return posting ? { site: 'linkedin', kind: 'posting', cards: [], posting } : none();
    }
    if (!LIST_PATH.test(url.pathname)) return none();
    const cards = readCards(doc);
    const pane = querySelectorFirst(doc, PANE);
    const paneId = pane ? idFromPane(pane) ?? url.searchParams.get('currentJobId') : null;
    const posting = pane && paneId && /^\d+$/.test(paneId) ? readPosting(doc, pane, paneId, 0.9) : undefined;
    if (!cards.length && !posting) return none();
    return { site: 'linkedin', kind: 'list', cards, posting };
  },
};

const none = (): PageRead => ({ site: 'linkedin', kind: 'none', cards: [] });

/** The canonical address of a job: the signed-in form, which every host and layout redirects to. */
const jobUrl = (id: string) => `https://www.linkedin.com/jobs/view/${id}/`;

function readPosting(doc: Document, root: ParentNode, id: string, confidence: number): PostingRead | undefined {
  const titleEl = querySelectorFirst(root, TITLE);
  const descriptionEl = querySelectorFirst(root, DESCRIPTION);
  if (!titleEl || !descriptionEl) return undefined;
  const { text, map } = elementText(descriptionEl);
  if (!text.trim()) return undefined;
  // Guest job pages carry a JobPosting in JSON-LD; it fills in what a trimmed top card leaves out.
  const ld = root === doc ? readJsonLdPostings(doc)[0] : undefined;
  return {
    site: 'linkedin',
    title: cleanText(titleEl) || ld?.title || '',
    company: cleanText(querySelectorFirst(root, COMPANY)) || ld?.company || '',
    location: cleanText(querySelectorFirst(root, LOCATION)) || ld?.location || '',
    key: `linkedin:${id}`,
    url: jobUrl(id),
    text,
    textMap: map,
    anchor: titleEl,
    confidence,
  };
}

/** The id of the job the pane shows: its title links to the job, which beats a URL the app may not have updated yet. */
function idFromPane(pane: Element): string | undefined {
  // The top card's title link first: similar jobs further down the pane link to other jobs.
  const links = [...pane.querySelectorAll(PANE_TITLE_LINK), ...pane.querySelectorAll('a[href*="/jobs/view/"]')];
  for (const a of links) {
    const id = VIEW_PATH.exec(a.getAttribute('href') ?? '')?.[1];
    if (id) return id;
  }
  const urn = pane.querySelector('[data-job-id], [data-entity-urn]');
  return urn?.getAttribute('data-job-id') ?? URN_ID.exec(urn?.getAttribute('data-entity-urn') ?? '')?.[1];
}

function readCards(doc: Document): CardRead[] {
  const cards: CardRead[] = [];
  const seen = new Set<string>();
  for (const el of querySelectorAllFirst(doc, CARDS)) {
    const id = cardId(el);
    // Signed-in lists keep far-off cards as empty, "occluded" shells until they scroll into view.
    const title = cardTitle(el);
    if (!id || !title || seen.has(id)) continue;
    seen.add(id);
    cards.push({
      key: `linkedin:${id}`,
      title,
      company: cleanText(querySelectorFirst(el, CARD_COMPANY)),
      location: cleanText(querySelectorFirst(el, CARD_LOCATION)),
      snippet: cleanText(querySelectorFirst(el, CARD_SNIPPET)),
      url: jobUrl(id),
      element: el,
      anchor: querySelectorFirst(el, CARD_ANCHOR) ?? undefined,
    });
  }
  return cards;
}

function cardId(el: Element): string | undefined {
  const direct = el.getAttribute('data-occludable-job-id') ?? el.getAttribute('data-job-id');
  if (direct && /^\d+$/.test(direct)) return direct;
  const urnEl = el.hasAttribute('data-entity-urn') ? el : el.querySelector('[data-entity-urn]');
  const urn = URN_ID.exec(urnEl?.getAttribute('data-entity-urn') ?? '')?.[1];
  if (urn) return urn;
  const inner = el.querySelector('[data-job-id]')?.getAttribute('data-job-id');
  if (inner && /^\d+$/.test(inner)) return inner;
  const link = el.matches('a[href]') ? el : el.querySelector('a[href*="/jobs/view/"]');
  return VIEW_PATH.exec(link?.getAttribute('href') ?? '')?.[1];
}

function cardTitle(el: Element): string {
  const title = cleanText(querySelectorFirst(el, CARD_TITLE));
  if (title) return title;
  const link = querySelectorFirst(el, CARD_TITLE_LINK);
  return collapseWhitespace(link?.getAttribute('aria-label') ?? '').replace(/ with verification$/i, '') || cleanText(link);
}
