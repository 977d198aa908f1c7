import { cleanText, elementText } from '../element-text';
import { htmlToText } from '../html-to-text';
import { readJsonLdPostings } from '../json-ld';
import { querySelectorFirst } from '../query';
import type { PageRead, SiteAdapter } from '../types';

// Workday career sites render everything by script from data-automation-id markup, which has been stable
// across their CSS-in-JS class churn. Selectors, newest first, with the month their markup was current.
const TITLE = [
  'h2[data-automation-id="jobPostingHeader"]', // 2025-03
  '[data-automation-id="jobPostingHeader"]', // 2023-05
];
const DESCRIPTION = [
  '[data-automation-id="jobPostingDescription"]', // 2025-03
];
const LOCATIONS = [
  '[data-automation-id="locations"] dd', // 2025-03: one dd per place, after a visually hidden "locations" dt
  '[data-automation-id="locations"]', // 2023-05
];
const REQUISITION = [
  '[data-automation-id="requisitionId"] dd', // 2025-03
  '[data-automation-id="requisitionId"]', // 2023-05
];
/** The posting on its own page (`/job/…`) or beside the search results (`/details/…`). */
const POSTING_ROOT = [
  '[data-automation-id="jobPostingPage"]', // 2025-03
  '[data-automation-id="job-posting-details"]', // 2025-03
];

// `/en-US/Site/job/Location/Title_R12345-1`, `/Site/details/Title_R12345`; myworkdaysite.com adds `/recruiting/<tenant>`.
const JOB_PATH = /\/(?:job|details)\/(?:[^/]+\/)*([^/?#]+)\/?$/;

/**
 * Workday career sites (`<tenant>.wd<N>.myworkdayjobs.com`): job pages and the job opened beside the search
 * results. A search page alone reads as none: its cards carry a title and a place but no text to read.
 */
export const workday: SiteAdapter = {
  id: 'workday',
  name: 'Workday',
  hosts: ['*.myworkdayjobs.com', '*.myworkdaysite.com'],
  matches: (url) => /(^|\.)myworkday(jobs|site)\.com$/.test(url.hostname),
  read(doc, url): PageRead {
    const tenant = tenantOf(url);
    const slug = JOB_PATH.exec(url.pathname)?.[1];
    const root = querySelectorFirst(doc, POSTING_ROOT) ?? doc;
    const titleEl = querySelectorFirst(root, TITLE);
    const descriptionEl = querySelectorFirst(root, DESCRIPTION);
    const ld = readJsonLdPostings(doc)[0];
    const requisition = cleanText(querySelectorFirst(root, REQUISITION)).replace(/^job requisition id\s*/i, '');
    const id = (slug && requisitionFromSlug(slug)) || requisition || ld?.identifier || slug;
    if (!tenant || !id) return none();
    const company = ld?.company || siteName(doc) || companyFromTenant(tenant);
    const key = `workday:${tenant}:${id}`;
    const canonical = slug ? `https://${url.hostname}${url.pathname.replace(/\/details\//, '/job/')}` : url.origin + url.pathname;

    if (titleEl && descriptionEl) {
      const { text, map } = elementText(descriptionEl);
      if (text.trim()) {
        const posting = {
          site: 'workday',
          title: cleanText(titleEl),
          company,
          location: locationsText(root) || ld?.location || '',
          key,
          url: canonical,
          text,
          textMap: map,
          anchor: titleEl,
          confidence: 0.95,
        };
        return { site: 'workday', kind: 'posting', cards: [], posting };
      }
    }
    // Before the app renders, a job page is an empty #root plus the JSON-LD Workday serves for search engines.
    if (slug && ld?.title && ld.descriptionHtml) {
      const posting = {
        site: 'workday',
        title: ld.title,
        company,
        location: ld.location,
        key,
        url: canonical,
        text: htmlToText(doc, ld.descriptionHtml),
        confidence: 0.85,
      };
      return { site: 'workday', kind: 'posting', cards: [], posting };
    }
    return none();
  },
};

const none = (): PageRead => ({ site: 'workday', kind: 'none', cards: [] });

/** `autodesk.wd1.myworkdayjobs.com` -> `autodesk`; `wd3.myworkdaysite.com/recruiting/autodesk/…` -> `autodesk`. */
function tenantOf(url: URL): string | undefined {
  if (url.hostname.endsWith('.myworkdaysite.com')) return /^\/(?:[a-z]{2}-[A-Z]{2}\/)?recruiting\/([^/]+)/.exec(url.pathname)?.[1]?.toLowerCase();
  const first = url.hostname.split('.')[0];
  return first && !/^wd\d+$/.test(first) ? first.toLowerCase() : undefined;
}

/**
 * The requisition id at the end of a job slug: `Software-Developer_25WD84893-1` -> `25WD84893`. The `-1`
 * numbers the posting of a requisition; it goes, unless nothing with a digit would be left (`R-2`).
 */
export function requisitionFromSlug(slug: string): string | undefined {
  const underscore = slug.lastIndexOf('_');
  if (underscore < 0) return undefined;
  const tail = decodeURIComponent(slug.slice(underscore + 1));
  if (!/\d/.test(tail)) return undefined;
  const trimmed = tail.replace(/-\d{1,2}$/, '');
  return /\d/.test(trimmed) ? trimmed : tail;
}

function locationsText(root: ParentNode): string {
  const dds = [...root.querySelectorAll('[data-automation-id="locations"] dd')].map(cleanText).filter(Boolean);
  if (dds.length) return dds.join('; ');
  return cleanText(querySelectorFirst(root, LOCATIONS)).replace(/^locations\s*/i, '');
}

function siteName(doc: Document): string {
  const name = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim() ?? '';
  return /^(careers?|jobs|workday)$/i.test(name) ? '' : name;
}

/** A readable company name from the tenant, the last resort: `ridgeway_energy` -> `Ridgeway Energy`. */
function companyFromTenant(tenant: string): string {
  return tenant
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
}
