import { cleanText, elementText } from '../element-text';
import { readJsonLdPostings } from '../json-ld';
import { htmlToText } from '../html-to-text';
import { querySelectorFirst } from '../query';
import type { PageRead, SiteAdapter } from '../types';

// Selectors, newest layout first. Each list was checked against the live sites on the date in its comment.
const TITLE = [
  '.job__title h1', // 2025-11 job-boards.greenhouse.io
  'h1.section-header', // 2025-11 job-boards.greenhouse.io
  '#header .app-title', // 2025-11 boards.greenhouse.io classic
  'h1.app-title', // 2024-06 classic
];
const COMPANY = [
  '#header .company-name', // 2025-11 classic: "at Company"
  '.company-name', // 2024-06 classic
];
const LOCATION = [
  '.job__location', // 2025-11 job-boards
  '#header .location', // 2025-11 classic
  '.location', // 2024-06 classic
];
const DESCRIPTION = [
  '.job__description', // 2025-11 job-boards
  '#content', // 2025-11 classic
  '.job-post-content', // 2024-06 job-boards beta
];

const JOB_PATH = /^\/([^/]+)\/jobs\/(\d+)/;

/** Greenhouse job boards: the classic `boards.greenhouse.io` layout and the newer `job-boards` one. */
export const greenhouse: SiteAdapter = {
  id: 'greenhouse',
  name: 'Greenhouse',
  hosts: ['boards.greenhouse.io', 'job-boards.greenhouse.io', 'job-boards.eu.greenhouse.io', 'boards.eu.greenhouse.io'],
  matches: (url) => /(^|\.)greenhouse\.io$/.test(url.hostname),
  read(doc, url): PageRead {
    const path = JOB_PATH.exec(url.pathname);
    const embeddedId = url.searchParams.get('gh_jid');
    const jobId = path?.[2] ?? embeddedId;
    const board = path?.[1] ?? url.pathname.split('/').filter(Boolean)[0] ?? '';
    const titleEl = querySelectorFirst(doc, TITLE);
    const descriptionEl = querySelectorFirst(doc, DESCRIPTION);
    if (!jobId || !titleEl || !descriptionEl) return { site: 'greenhouse', kind: 'none', cards: [] };
    const ld = readJsonLdPostings(doc)[0];
    const { text, map } = elementText(descriptionEl);
    const company =
      cleanText(querySelectorFirst(doc, COMPANY)).replace(/^at\s+/i, '') ||
      ld?.company ||
      /\bat\s+(.+)$/.exec(doc.title)?.[1]?.trim() ||
      board;
    return {
      site: 'greenhouse',
      kind: 'posting',
      cards: [],
      posting: {
        site: 'greenhouse',
        title: cleanText(titleEl) || ld?.title || '',
        company,
        location: cleanText(querySelectorFirst(doc, LOCATION)) || ld?.location || '',
        key: `greenhouse:${jobId}`,
        url: `https://${url.hostname}/${board}/jobs/${jobId}`,
        text: text.trim() ? text : ld ? htmlToText(doc, ld.descriptionHtml) : '',
        textMap: text.trim() ? map : undefined,
        anchor: titleEl,
        confidence: 0.95,
      },
    };
  },
};
