import { cleanText } from '../element-text';
import { querySelectorFirst, querySelectorAllFirst } from '../query';
import { elementsText, metaContent } from './read-helpers';
import type { CardRead, PageRead, SiteAdapter } from '../types';

// SmartRecruiters job pages are server-rendered with schema.org microdata. Newest markup first.
const TITLE = [
  'h1.job-title', // 2025-03
  '[itemprop="title"]', // 2022-05
];
/** The description's sections in page order: company, job, qualifications, additional information. */
const SECTIONS = [
  '.job-sections > section[id^="st-"]', // 2025-03
  'section[id^="st-"]', // 2022-05
  '[itemprop="description"]', // 2021-02, one block
];
const LOCATION_ATTR = 'spl-job-location[formattedaddress]'; // 2025-03: a web component; its text lives in a shadow root
const LOCATION = [
  '.job-location', // 2023-06
];

const CARDS = [
  'li.opening-job', // 2025-03 careers.smartrecruiters.com
  '.opening-jobs > li', // 2022-05
];
const CARD_TITLE = [
  '.job-title', // 2025-03
  'h4', // 2022-05
];

const JOB_PATH = /^\/([^/]+)\/(\d{6,})(?:-[^/]*)?\/?$/;

/** SmartRecruiters: job pages on jobs.smartrecruiters.com and company lists on careers.smartrecruiters.com. */
export const smartrecruiters: SiteAdapter = {
  id: 'smartrecruiters',
  name: 'SmartRecruiters',
  hosts: ['jobs.smartrecruiters.com', 'careers.smartrecruiters.com'],
  matches: (url) => /^(jobs|careers)\.smartrecruiters\.com$/.test(url.hostname),
  read(doc, url): PageRead {
    const path = JOB_PATH.exec(url.pathname);
    if (url.hostname.startsWith('careers.') || !path) {
      const cards = readCards(doc, url);
      return cards.length ? { site: 'smartrecruiters', kind: 'list', cards } : none();
    }
    const [, companySlug = '', id] = path; // both groups are required by JOB_PATH
    const titleEl = querySelectorFirst(doc, TITLE);
    const { text, map } = elementsText(querySelectorAllFirst(doc, SECTIONS));
    if (!titleEl || !text.trim()) return none();
    return {
      site: 'smartrecruiters',
      kind: 'posting',
      cards: [],
      posting: {
        site: 'smartrecruiters',
        title: cleanText(titleEl),
        company: companyName(doc) || companySlug,
        location: locationOf(doc),
        key: `smartrecruiters:${id}`,
        url: `https://jobs.smartrecruiters.com${url.pathname.replace(/\/$/, '')}`,
        text,
        textMap: map,
        anchor: titleEl,
        confidence: 0.95,
      },
    };
  },
};

const none = (): PageRead => ({ site: 'smartrecruiters', kind: 'none', cards: [] });

/** The hiring organisation's name from the page's microdata (a `<meta content>`), else the site name. */
function companyName(doc: Document): string {
  const name = doc.querySelector('[itemprop="hiringOrganization"] [itemprop="name"]');
  return (name?.getAttribute('content') ?? cleanText(name)).trim() || metaContent(doc, 'og:site_name');
}

/** City, region and country from the microdata, as the list shows them; else the address the page prints. */
function locationOf(doc: Document): string {
  const address = doc.querySelector('[itemprop="jobLocation"] [itemprop="address"]');
  const parts = ['addressLocality', 'addressRegion', 'addressCountry'].map((p) => {
    const el = address?.querySelector(`[itemprop="${p}"]`);
    return (el?.getAttribute('content') ?? cleanText(el)).trim();
  });
  if (parts.some(Boolean)) return parts.filter(Boolean).join(', ');
  return doc.querySelector(LOCATION_ATTR)?.getAttribute('formattedaddress')?.trim() || cleanText(querySelectorFirst(doc, LOCATION));
}

function readCards(doc: Document, url: URL): CardRead[] {
  const company = companyOfList(doc, url);
  const cards: CardRead[] = [];
  const seen = new Set<string>();
  for (const el of querySelectorAllFirst(doc, CARDS)) {
    const href = el.querySelector('a[href]')?.getAttribute('href') ?? '';
    let link: URL;
    try {
      link = new URL(href, 'https://jobs.smartrecruiters.com/');
    } catch {
      continue;
    }
    const path = JOB_PATH.exec(link.pathname);
    const title = cleanText(querySelectorFirst(el, CARD_TITLE));
    const jobId = path?.[2];
    if (!jobId || !title || seen.has(jobId)) continue;
    seen.add(jobId);
    cards.push({
      key: `smartrecruiters:${jobId}`,
      title,
      company,
      // Openings are grouped under a heading per place.
      location: cleanText(el.closest('.openings-section, section')?.querySelector('.opening-title')),
      snippet: '',
      url: `https://jobs.smartrecruiters.com${link.pathname.replace(/\/$/, '')}`,
      element: el,
      anchor: querySelectorFirst(el, CARD_TITLE) ?? undefined,
    });
  }
  return cards;
}

function companyOfList(doc: Document, url: URL): string {
  return metaContent(doc, 'og:site_name') || cleanText(doc.querySelector('.company-name, h1.title')) || url.pathname.split('/').filter(Boolean)[0] || '';
}
