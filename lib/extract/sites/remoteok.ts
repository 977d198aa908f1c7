import { cleanText } from '../element-text';
import { querySelectorFirst } from '../query';
import type { CardRead, PageRead, SiteAdapter } from '../types';
import { assemblePosting, jsonLdPosting, noPage, resolveHref, textOf, uniqueCards } from './board-kit';

// Remote OK is one table (#jobsboard) of tr.job rows with schema.org microdata; a job's own page is that table
// with the job's row first and its tr.expand row opened below it. Each row also carries a JSON-LD JobPosting.
// Newest layout first, with the month its markup was current (as public scrapers of Remote OK record it).
const ROWS = 'tr.job[data-id]'; // 2026-03: data-id, data-slug, data-url, data-company
const TITLE = [
  '[itemprop="title"]', // 2026-03: h2 in a.preventLink
  'h2', // 2021-05
];
const COMPANY = [
  '[itemprop="hiringOrganization"] [itemprop="name"]', // 2026-03: h3 in span.companyLink
  'h3', // 2021-05
];
const DESCRIPTION = [
  '.description .markdown', // 2026-03: the body without the "mention the word" apply note
  '.description', // 2021-05
];
const TAGS = 'td.tags h3'; // 2026-03: the skills the poster tagged

// /remote-jobs/remote-<title>-<company>-<id>, /remote-jobs/<id>-<slug> or /remote-jobs/<id>.
const JOB_PATH = /^\/remote-jobs\/(?:(\d+)(?:-[^/]*)?|[^/]*-(\d+))\/?$/;

/** Remote OK: job pages (the job's row opened) and the job tables of the home, tag and search pages. */
export const remoteok: SiteAdapter = {
  id: 'remoteok',
  name: 'Remote OK',
  hosts: ['remoteok.com', 'www.remoteok.com', 'remoteok.io'],
  matches: (url) => /(^|\.)remoteok\.(com|io)$/.test(url.hostname),
  read(doc, url): PageRead {
    const path = JOB_PATH.exec(url.pathname);
    const id = path?.[1] ?? path?.[2];
    if (id) {
      const row = doc.querySelector(`tr.job[data-id="${id}"]`);
      const expand = doc.querySelector(`tr.expand-${id}`) ?? doc.querySelector(`tr.expand[data-id="${id}"]`);
      const titleEl = row ? querySelectorFirst(row, TITLE) : null;
      const posting = assemblePosting(doc, {
        site: 'remoteok',
        key: `remoteok:${id}`,
        url: `https://remoteok.com${url.pathname.replace(/\/$/, '')}`,
        title: cleanText(titleEl),
        company: row ? textOf(row, COMPANY) || (row.getAttribute('data-company') ?? '') : '',
        location: row ? rowLocation(row) : '',
        description: expand ? querySelectorFirst(expand, DESCRIPTION) : null,
        anchor: titleEl,
        // Every row has a JobPosting; take this job's, never the first of the page.
        ld: jsonLdPosting(doc, (p) => p.identifier === id || !!p.url?.endsWith(`-${id}`)),
        confidence: 0.95,
      });
      return posting ? { site: 'remoteok', kind: 'posting', cards: [], posting } : noPage('remoteok');
    }
    const cards = readCards(doc, url);
    return cards.length ? { site: 'remoteok', kind: 'list', cards } : noPage('remoteok');
  },
};

/** The places a row lists: the div.location items that are not pay ("💰 $80k - $120k"), without their flag. */
function rowLocation(row: Element): string {
  return [...row.querySelectorAll('.location')]
    .map((el) => cleanText(el))
    .filter((t) => t && !/💰|\$|€|£/.test(t))
    .map((t) => t.replace(/^[^\p{L}\p{N}]+/u, ''))
    .join(', ');
}

function readCards(doc: Document, base: URL): CardRead[] {
  const cards: CardRead[] = [];
  for (const row of doc.querySelectorAll(ROWS)) {
    const id = row.getAttribute('data-id') ?? '';
    const title = textOf(row, TITLE);
    if (!/^\d+$/.test(id) || !title) continue;
    const href = resolveHref(row.getAttribute('data-url') ?? row.getAttribute('data-href'), base);
    cards.push({
      key: `remoteok:${id}`,
      title,
      company: textOf(row, COMPANY) || (row.getAttribute('data-company') ?? ''),
      location: rowLocation(row),
      snippet: [...row.querySelectorAll(TAGS)].map((el) => cleanText(el)).filter(Boolean).join(', '),
      url: href && JOB_PATH.test(href.pathname) ? `https://remoteok.com${href.pathname}` : `https://remoteok.com/remote-jobs/${id}`,
      element: row,
    });
  }
  return uniqueCards(cards);
}
