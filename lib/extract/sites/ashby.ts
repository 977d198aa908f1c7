import { cleanText, elementText } from '../element-text';
import { htmlToText } from '../html-to-text';
import { readJsonLdPostings } from '../json-ld';
import { querySelectorFirst } from '../query';
import { metaContent } from './read-helpers';
import type { CardRead, PageRead, SiteAdapter } from '../types';

// Ashby's hosted boards are a React app. Its `ashby-*` classes are the ones Ashby documents for custom
// themes and stay put; the `_name_hash_n` CSS-module classes change per deploy, so those match by prefix.
const TITLE = [
  'h1[class*="ashby-job-posting-heading"]', // 2025-05
  '[class*="_titles_"] h1', // 2024-08
];
const DESCRIPTION = [
  '.ashby-job-posting-right-pane [class*="_descriptionText_"]', // 2025-05
  '[class*="_descriptionText_"]', // 2024-08
  '.ashby-job-posting-right-pane [role="tabpanel"]', // 2024-08, with the apply button in it
];
/** Left-pane facts: one section per fact, an h2 label ("Location") and the value. */
const FACTS = '.ashby-job-posting-left-pane [class*="_section_"]'; // 2025-05
const CARD_TITLE = [
  '[class*="ashby-job-posting-brief-title"]', // 2025-05
  'h3', // 2024-08
];
const CARD_DETAILS = [
  '[class*="ashby-job-posting-brief-details"]', // 2025-05: "Department • Location • Employment type"
  'h3 + div', // 2024-08
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the page embeds as `window.__appData` for the app to start from; only the fields read here. */
interface AppData {
  organization?: { name: string } | null;
  posting?: { id: string; title: string; descriptionHtml?: string | null; locationName?: string | null } | null;
  jobBoard?: { jobPostings: { id: string; title: string; locationName?: string | null }[] } | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const optString = (v: unknown) => v === undefined || v === null || typeof v === 'string';

/**
 * Checks the page's data by hand (the content script carries no schema library, to start fast): a field
 * of the wrong shape reads as absent, and what the reader produces is validated in the background.
 */
function checkAppData(v: unknown): AppData | undefined {
  if (!isRecord(v)) return undefined;
  const out: AppData = {};
  if (isRecord(v.organization) && typeof v.organization.name === 'string') out.organization = { name: v.organization.name };
  const p = v.posting;
  if (isRecord(p) && typeof p.id === 'string' && typeof p.title === 'string' && optString(p.descriptionHtml) && optString(p.locationName)) {
    out.posting = { id: p.id, title: p.title, descriptionHtml: p.descriptionHtml as string | null | undefined, locationName: p.locationName as string | null | undefined };
  }
  const list = isRecord(v.jobBoard) ? v.jobBoard.jobPostings : undefined;
  if (Array.isArray(list)) {
    const postings = list.filter((j): j is { id: string; title: string; locationName?: string | null } => isRecord(j) && typeof j.id === 'string' && typeof j.title === 'string' && optString(j.locationName));
    if (postings.length === list.length) out.jobBoard = { jobPostings: postings };
  }
  return out;
}

/** Ashby job boards: `jobs.ashbyhq.com/<company>` lists postings, `/<company>/<uuid>` is one posting. */
export const ashby: SiteAdapter = {
  id: 'ashby',
  name: 'Ashby',
  hosts: ['jobs.ashbyhq.com'],
  matches: (url) => url.hostname === 'jobs.ashbyhq.com',
  // Board, posting and its Application tab are one React app that navigates without loading pages.
  spaRoots: ['#root'], // 2025-05
  read(doc, url): PageRead {
    const [board, id, tab] = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (!board) return none();
    const app = readAppData(doc);
    const ld = readJsonLdPostings(doc)[0];
    const company = app?.organization?.name || ld?.company || companyFromPage(doc) || board;
    if (!id) {
      const cards = readBoard(doc, url, board, company, app);
      return cards.length ? { site: 'ashby', kind: 'list', cards } : none();
    }
    if (!UUID.test(id) || (tab && tab !== 'application')) return none();
    const key = `ashby:${id.toLowerCase()}`;
    const postingUrl = `https://jobs.ashbyhq.com/${board}/${id.toLowerCase()}`;
    const titleEl = querySelectorFirst(doc, TITLE);
    // The Application tab keeps the heading but swaps the description for the form.
    const descriptionEl = tab ? null : querySelectorFirst(doc, DESCRIPTION);
    const location = fact(doc, /^location$/i) || app?.posting?.locationName || ld?.location || '';
    if (titleEl && descriptionEl) {
      const { text, map } = elementText(descriptionEl);
      if (text.trim()) {
        return {
          site: 'ashby',
          kind: 'posting',
          cards: [],
          posting: { site: 'ashby', title: cleanText(titleEl), company, location, key, url: postingUrl, text, textMap: map, anchor: titleEl, confidence: 0.95 },
        };
      }
    }
    // On the Application tab, or before the app renders, the embedded data (and JSON-LD) still hold the
    // posting: enough to read and badge, not to highlight in place.
    const title = app?.posting?.title || ld?.title;
    const html = app?.posting?.descriptionHtml || ld?.descriptionHtml;
    if (!title || !html) return none();
    return {
      site: 'ashby',
      kind: 'posting',
      cards: [],
      posting: { site: 'ashby', title, company, location, key, url: postingUrl, text: htmlToText(doc, html), anchor: titleEl ?? undefined, confidence: 0.85 },
    };
  },
};

const none = (): PageRead => ({ site: 'ashby', kind: 'none', cards: [] });

function readAppData(doc: Document): AppData | undefined {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const match = /window\.__appData\s*=\s*(\{[\s\S]*\})\s*;?\s*$/.exec(script.textContent?.trim() ?? '');
    const json = match?.[1];
    if (json === undefined) continue;
    try {
      return checkAppData(JSON.parse(json));
    } catch {
      return undefined; // Unreadable data only means the DOM has to do.
    }
  }
  return undefined;
}

/** The company as the page's head names it: `og:site_name`, or the title ("Role @ Company", "Jobs at Company"). */
function companyFromPage(doc: Document): string {
  const title = cleanText(doc.querySelector('title'));
  return metaContent(doc, 'og:site_name') || /\s@\s(.+)$/.exec(title)?.[1] || /^Jobs at (.+)$/.exec(title)?.[1] || '';
}

/** The value of a left-pane fact by its label, e.g. Location. */
function fact(doc: Document, label: RegExp): string {
  for (const section of doc.querySelectorAll(FACTS)) {
    const heading = section.querySelector('h2, h3');
    if (!heading || !label.test(cleanText(heading))) continue;
    return [...section.children].filter((c) => c !== heading).map(cleanText).filter(Boolean).join(' ');
  }
  return '';
}

function readBoard(doc: Document, url: URL, board: string, company: string, app: AppData | undefined): CardRead[] {
  const known = new Map(app?.jobBoard?.jobPostings.map((p) => [p.id.toLowerCase(), p]) ?? []);
  const cards: CardRead[] = [];
  const seen = new Set<string>();
  for (const a of doc.querySelectorAll('a[href]')) {
    const path = new URL(a.getAttribute('href')!, url).pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const id = path[1]?.toLowerCase();
    if (path.length !== 2 || path[0]?.toLowerCase() !== board.toLowerCase() || !id || !UUID.test(id) || seen.has(id)) continue;
    const title = cleanText(querySelectorFirst(a, CARD_TITLE)) || known.get(id)?.title || '';
    if (!title) continue;
    seen.add(id);
    cards.push({
      key: `ashby:${id}`,
      title,
      company,
      location: known.get(id)?.locationName || locationFromDetails(cleanText(querySelectorFirst(a, CARD_DETAILS))),
      snippet: '',
      url: `https://jobs.ashbyhq.com/${board}/${id}`,
      element: a,
      anchor: querySelectorFirst(a, CARD_TITLE) ?? undefined,
    });
  }
  return cards;
}

/** "Engineering • Remote (US) • Full time" -> "Remote (US)": the place sits between department and type. */
function locationFromDetails(details: string): string {
  const parts = details.split(/\s*[•·]\s*/).filter(Boolean);
  const [first = '', second = ''] = parts;
  return parts.length >= 3 ? second : parts.length === 2 ? first : '';
}
