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
/** 2025-03: a `dl` with a visually hidden "locations" dt and one dd per place. */
const LOCATIONS = '[data-automation-id="locations"]';
/** 2025-03: a `dl` with a visually hidden "job requisition id" dt. */
const REQUISITION = '[data-automation-id="requisitionId"]';
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
  // Everything is rendered, and re-rendered on each navigation, by script inside these.
  spaRoots: [
    '#mainContent', // 2025-03: search page, job page and the job opened beside the results
    '#root', // 2025-03: the app root, present before anything renders
  ],
  read(doc, url): PageRead {
    const tenant = tenantOf(url);
    // The application steps live under the job: `/job/<place>/<slug>/apply/applyManually`.
    const jobPath = url.pathname.replace(/\/apply(\/.*)?$/, '');
    const slug = JOB_PATH.exec(jobPath)?.[1];
    const titleEl = querySelectorFirst(doc, TITLE);
    // The posting's own fields, not those of the result cards beside it: the smallest box holding title and text.
    const root = postingBox(titleEl) ?? doc;
    const descriptionEl = querySelectorFirst(root, DESCRIPTION);
    const ld = readJsonLdPostings(doc)[0];
    const requisition = labelledValue(root.querySelector(REQUISITION)).join(' ');
    const id = (slug && requisitionFromSlug(slug)) || requisition || ld?.identifier || slug;
    if (!tenant || !id) return none();
    const company = ld?.company || siteName(doc) || companyFromTenant(tenant);
    const key = `workday:${tenant}:${id}`;
    const canonical = url.origin + jobPath;

    if (titleEl && descriptionEl) {
      const { text, map } = elementText(descriptionEl);
      if (text.trim()) {
        const posting = {
          site: 'workday',
          title: cleanText(titleEl),
          company,
          location: labelledValue(root.querySelector(LOCATIONS)).join('; ') || ld?.location || '',
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
        // Workday ships this description as plain text, one paragraph per line; keep those lines.
        text: /<\w/.test(ld.descriptionHtml) ? htmlToText(doc, ld.descriptionHtml) : ld.descriptionHtml.trim(),
        confidence: 0.85,
      };
      return { site: 'workday', kind: 'posting', cards: [], posting };
    }
    return none();
  },
};

const none = (): PageRead => ({ site: 'workday', kind: 'none', cards: [] });

function postingBox(titleEl: Element | null): Element | null {
  for (let el = titleEl?.parentElement; el; el = el.parentElement) {
    if (querySelectorFirst(el, DESCRIPTION)) return el;
  }
  return null;
}

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

/** The values of a Workday `dl` field, without the label its `dt` gives screen readers. */
function labelledValue(block: Element | null): string[] {
  if (!block) return [];
  const values = [...block.querySelectorAll('dd')].map(cleanText).filter(Boolean);
  if (values.length) return values;
  const label = cleanText(block.querySelector('dt'));
  const text = cleanText(block);
  return text ? [text.startsWith(label) ? text.slice(label.length).trim() : text] : [];
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
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
