import { cleanText } from '../element-text';
import { querySelectorFirst } from '../query';
import type { CardRead, PageRead, SiteAdapter } from '../types';
import { assemblePosting, cardRoot, jsonLdPosting, labelledValue, noPage, textOf, uniqueCards } from './board-kit';

// Wellfound (AngelList Talent until 2022) is a Next.js app whose classes are CSS-module hashes
// ("styles_description__xjvTf"); the selectors keep the stable prefix and lean on data-test attributes.
// Each list is newest layout first, with the month its markup was current (as public scrapers record it).
const TITLE = [
  'main h1', // 2025-03 job page: the only h1
  'h1', // 2023-06
];
const COMPANY_LINK = 'a[href^="/company/"]'; // 2025-03: the logo link (no text) and the name link
const DESCRIPTION = [
  '[class*="styles_description__"]', // 2025-03
  '[data-test="JobDescription"]', // 2022-10 angel.co
];
const LOCATION_LABEL = /^(Location|Locations|Hires remotely in)$/i; // 2025-03 job details list

const RESULTS = [
  '[data-test="StartupResult"]', // 2026-09 search and role pages: one company with its open jobs
];
const CARD_COMPANY = [
  '[class*="styles_startupName"]', // 2026-09
  'h2', // 2024-05: the company name heading of a result
];
const CARD_LOCATION = ['[class*="styles_location"]']; // 2026-09
const CARD_COMPENSATION = ['[class*="styles_compensation"]']; // 2026-09: salary and equity, the card's only teaser
const JOB_LINK = 'a[href*="/jobs/"]';

// /jobs/<id>-<slug> and /company/<startup>/jobs/<id>-<slug>; /jobs alone is the search page.
const JOB_PATH = /^(?:\/company\/[^/]+)?\/jobs\/((\d+)(?:-[^/?#]*)?)\/?$/;

/** Wellfound (formerly AngelList Talent): startup job pages and the search results grouped by startup. */
export const wellfound: SiteAdapter = {
  id: 'wellfound',
  name: 'Wellfound',
  hosts: ['wellfound.com', 'www.wellfound.com'],
  // angel.co only redirects here; matching it keys old saved links the same way.
  matches: (url) => /(^|\.)(wellfound\.com|angel\.co)$/.test(url.hostname),
  read(doc, url): PageRead {
    const path = JOB_PATH.exec(url.pathname);
    if (path) {
      const [, idSlug, id] = path;
      const titleEl = querySelectorFirst(doc, TITLE);
      const posting = assemblePosting(doc, {
        site: 'wellfound',
        key: `wellfound:${id}`,
        url: `https://wellfound.com/jobs/${idSlug}`,
        title: cleanText(titleEl),
        company: companyName(doc.querySelector('main') ?? doc),
        location: labelledValue(doc, LOCATION_LABEL),
        description: querySelectorFirst(doc, DESCRIPTION),
        anchor: titleEl,
        ld: jsonLdPosting(doc),
        confidence: 0.9,
      });
      return posting ? { site: 'wellfound', kind: 'posting', cards: [], posting } : noPage('wellfound');
    }
    const cards = readCards(doc);
    return cards.length ? { site: 'wellfound', kind: 'list', cards } : noPage('wellfound');
  },
};

/** The first link to the startup's page that has text: the logo link beside it holds only an image. */
function companyName(root: ParentNode): string {
  for (const a of root.querySelectorAll(COMPANY_LINK)) {
    const name = cleanText(a);
    if (name) return name;
  }
  return '';
}

const jobPathOf = (a: Element) => JOB_PATH.exec((a.getAttribute('href') ?? '').replace(/^https?:\/\/[^/]+/, '').split(/[?#]/)[0] ?? '');
const jobIdOf = (a: Element) => jobPathOf(a)?.[2] ?? null;

function readCards(doc: Document): CardRead[] {
  const cards: CardRead[] = [];
  for (const result of doc.querySelectorAll(RESULTS.join(', '))) {
    const company = textOf(result, CARD_COMPANY);
    for (const link of result.querySelectorAll(JOB_LINK)) {
      const [, idSlug, id] = jobPathOf(link) ?? [];
      const title = cleanText(link);
      if (!id || !title) continue;
      const row = cardRoot(link, JOB_LINK, jobIdOf, result);
      cards.push({
        key: `wellfound:${id}`,
        title,
        company,
        location: textOf(row, CARD_LOCATION),
        snippet: textOf(row, CARD_COMPENSATION),
        url: `https://wellfound.com/jobs/${idSlug}`,
        element: row,
      });
    }
  }
  return uniqueCards(cards);
}
