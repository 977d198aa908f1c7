import { cleanText, collapseWhitespace } from '../element-text';
import { querySelectorFirst } from '../query';
import type { CardRead, PageRead, SiteAdapter } from '../types';
import { assemblePosting, cardRoot, jsonLdPosting, noPage, textOf, uniqueCards } from './board-kit';

// Himalayas is a Next.js app styled with Tailwind utilities, so there are few names to hold on to: the
// links (/companies/<company>/jobs/<job>), headings and the JSON-LD JobPosting every job page ships.
// Newest layout first, with the month its markup was current.
const TITLE = [
  'main article h1', // 2026-06 job page
  'main h1', // 2024-11
];
const DESCRIPTION = [
  'main article .prose', // 2026-06: the description, rendered from markdown
  'main .prose', // 2024-11
];
const LOCATION_LINKS = 'a[href^="/jobs/countries/"], a[href="/jobs/worldwide"]'; // 2026-06: where applicants may live
const JOB_LINK = 'a[href*="/jobs/"]';
const CARD_TITLE = ['h2', 'h3']; // 2026-06 list cards

// /companies/<company>/jobs/<job slug>; apply links add /apply.
const JOB_PATH = /^\/companies\/([^/]+)\/jobs\/([^/?#]+)\/?$/;
// Pages that list jobs: /jobs and its filters (/jobs/finance, /jobs/countries/canada), a company's page and its jobs tab.
const LIST_PATH = /^\/(jobs(\/|$)|companies\/[^/]+(\/jobs)?\/?$)/;

/** Himalayas (remote jobs): job pages and the job lists (all jobs, by country, by category). */
export const himalayas: SiteAdapter = {
  id: 'himalayas',
  name: 'Himalayas',
  hosts: ['himalayas.app', 'www.himalayas.app'],
  matches: (url) => /(^|\.)himalayas\.app$/.test(url.hostname),
  read(doc, url): PageRead {
    const path = JOB_PATH.exec(url.pathname);
    if (path) {
      const [, company = '', slug = ''] = path; // both groups are required by JOB_PATH
      const titleEl = querySelectorFirst(doc, TITLE);
      const article = titleEl?.closest('article') ?? doc;
      const posting = assemblePosting(doc, {
        site: 'himalayas',
        key: `himalayas:${company}/${slug}`,
        url: `https://himalayas.app/companies/${company}/jobs/${slug}`,
        title: cleanText(titleEl),
        company: companyName(article, company),
        location: places(article),
        description: querySelectorFirst(doc, DESCRIPTION),
        anchor: titleEl,
        ld: jsonLdPosting(doc),
        confidence: 0.9,
      });
      return posting ? { site: 'himalayas', kind: 'posting', cards: [], posting } : noPage('himalayas');
    }
    const cards = LIST_PATH.test(url.pathname) ? readCards(doc) : [];
    return cards.length ? { site: 'himalayas', kind: 'list', cards } : noPage('himalayas');
  },
};

/** The text of the first link to the company's page (not to one of its jobs); the logo link has none. */
function companyName(root: ParentNode, company: string): string {
  for (const a of root.querySelectorAll(`a[href="/companies/${company}"]`)) {
    const name = cleanText(a);
    if (name) return name;
  }
  return '';
}

const places = (root: ParentNode) =>
  [...new Set([...root.querySelectorAll(LOCATION_LINKS)].map((a) => cleanText(a)).filter(Boolean))].join(', ');

const pathOf = (a: Element) => (a.getAttribute('href') ?? '').replace(/^https?:\/\/[^/]+/, '').split(/[?#]/)[0] ?? '';
const jobKeyOf = (a: Element) => {
  const m = JOB_PATH.exec(pathOf(a));
  return m ? `${m[1]}/${m[2]}` : null;
};

function readCards(doc: Document): CardRead[] {
  const cards: CardRead[] = [];
  const main = doc.querySelector('main') ?? doc.body;
  if (!main) return cards;
  for (const link of main.querySelectorAll(JOB_LINK)) {
    const key = jobKeyOf(link);
    if (!key) continue;
    // Cards are unnamed Tailwind boxes: the card is the largest box around this job's links only.
    const card = cardRoot(link, JOB_LINK, jobKeyOf, main);
    const title = textOf(card, CARD_TITLE) || cleanText(link);
    if (!title) continue;
    const company = key.split('/')[0] ?? '';
    cards.push({
      key: `himalayas:${key}`,
      title,
      company: companyName(card, company) || collapseWhitespace(card.querySelector('img[alt]')?.getAttribute('alt') ?? '').replace(/ logo$/i, '') || company,
      location: places(card),
      snippet: textOf(card, ['p']),
      url: `https://himalayas.app/companies/${key.replace('/', '/jobs/')}`,
      element: card,
    });
  }
  return uniqueCards(cards);
}
