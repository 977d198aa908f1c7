import { cleanText } from '../element-text';
import { querySelectorFirst, querySelectorAllFirst } from '../query';
import type { CardRead, PageRead, SiteAdapter } from '../types';
import { assemblePosting, jsonLdPosting, labelledValue, noPage, resolveHref, textOf, uniqueCards } from './board-kit';

// BEM class names ("lis-container__…", "new-listing__…"), newest layout first, each with the month its markup
// was current (as public scrapers of We Work Remotely record it).
const TITLE = [
  '.lis-container__header__hero__company-info__title', // 2025-10 job page (an h1; an h2 in 2024)
  '.listing-header-container h1', // 2022-06
];
const COMPANY = [
  '.lis-container__job__sidebar__companyDetails__info__title h3', // 2025-10
  '.lis-container__job__sidebar__companyDetails__info__title', // 2024-08
  '.company-card h2', // 2022-06
];
const DESCRIPTION = [
  '.lis-container__job__content__description', // 2025-10
  '#job-listing-show-container', // 2022-06
  '.listing-container', // 2020-11
];
const ABOUT_ITEMS = '.lis-container__job__sidebar__job-about__list__item'; // 2025-10: "Region", "Job type", "Salary" …

const CARDS = [
  'li.new-listing-container', // 2025-10 lists: home, categories, search
  'section.jobs a.listing-link--unlocked', // 2025-06 lists without the li wrapper
  'section.jobs article ul li', // 2022-06
];
const CARD_TITLE = [
  '.new-listing__header__title__text', // 2025-10
  '.new-listing__header__title', // 2024-08
  'span.title', // 2022-06
];
const CARD_COMPANY = [
  '.new-listing__company-name', // 2024-08
  'span.company', // 2022-06 (the first of two; the second is the region)
];
const CARD_CATEGORIES = '.new-listing__categories__category'; // 2024-08: job type, region, pay, badges in any order
const CARD_REGION = 'span.region'; // 2022-06

// A job's page: /remote-jobs/<company>-<title> (older: /listings/<…>); a few /remote-jobs/ paths are site pages.
const JOB_PATH = /^\/(?:remote-jobs|listings)\/([a-z0-9][a-z0-9-]*)\/?$/i;
const NOT_JOBS = new Set(['search', 'new', 'find-your-plan', 'popular', 'rss', 'feed']);

/** We Work Remotely: job pages and the job lists of the home, category and search pages. */
export const weworkremotely: SiteAdapter = {
  id: 'weworkremotely',
  name: 'We Work Remotely',
  hosts: ['weworkremotely.com', 'www.weworkremotely.com'],
  matches: (url) => /(^|\.)weworkremotely\.com$/.test(url.hostname),
  read(doc, url): PageRead {
    const slug = jobSlug(url.pathname);
    if (slug) {
      const titleEl = querySelectorFirst(doc, TITLE);
      const posting = assemblePosting(doc, {
        site: 'weworkremotely',
        key: `weworkremotely:${slug}`,
        url: `https://weworkremotely.com/remote-jobs/${slug}`,
        title: cleanText(titleEl),
        company: textOf(doc, COMPANY),
        location: region(doc),
        description: querySelectorFirst(doc, DESCRIPTION),
        anchor: titleEl,
        ld: jsonLdPosting(doc),
        confidence: 0.95,
      });
      return posting ? { site: 'weworkremotely', kind: 'posting', cards: [], posting } : noPage('weworkremotely');
    }
    const cards = readCards(doc, url);
    return cards.length ? { site: 'weworkremotely', kind: 'list', cards } : noPage('weworkremotely');
  },
};

function jobSlug(path: string): string | undefined {
  const slug = JOB_PATH.exec(path)?.[1]?.toLowerCase();
  return slug && !NOT_JOBS.has(slug) ? slug : undefined;
}

/** Where applicants may live: the "Region" item of the job's "About the job" list. */
function region(doc: Document): string {
  for (const item of doc.querySelectorAll(ABOUT_ITEMS)) {
    // The label is a bare text node run together with its value ("RegionAnywhere in the World").
    if (!/^Region(?![a-z])/.test(cleanText(item))) continue;
    const boxes = [...item.querySelectorAll('.box')].map((el) => cleanText(el)).filter(Boolean);
    return boxes.length ? boxes.join(', ') : cleanText(item).replace(/^Region\s*:?\s*/i, '');
  }
  return labelledValue(doc, /^Region:?$/i);
}

// Categories that are not places: job type, pay, and the site's badges.
const NOT_PLACE = /^(full-time|part-time|contract|freelance|internship|featured|top \d+|new)$|[$€£]|\b(usd|eur|gbp)\b|\bor more\b/i;

function readCards(doc: Document, base: URL): CardRead[] {
  const cards: CardRead[] = [];
  for (const el of querySelectorAllFirst(doc, CARDS)) {
    if (el.classList.contains('view-all')) continue;
    const links = el.matches('a[href]') ? [el] : [...el.querySelectorAll('a[href]')];
    const href = links.map((a) => resolveHref(a.getAttribute('href'), base)).find((u) => u && jobSlug(u.pathname));
    const slug = href ? jobSlug(href.pathname) : undefined;
    const title = textOf(el, CARD_TITLE);
    if (!slug || !title) continue;
    const places = [...el.querySelectorAll(CARD_CATEGORIES)]
      .map((c) => cleanText(c).replace(/^[^\p{L}\p{N}]+/u, ''))
      .filter((t) => t && !NOT_PLACE.test(t));
    cards.push({
      key: `weworkremotely:${slug}`,
      title,
      company: textOf(el, CARD_COMPANY),
      location: places.join(', ') || textOf(el, [CARD_REGION]),
      snippet: '', // list rows show no description teaser
      url: `https://weworkremotely.com/remote-jobs/${slug}`,
      element: el,
    });
  }
  return uniqueCards(cards);
}
