import { cleanText, elementText } from './element-text';
import { headingKind } from '@/lib/skills/segment-posting';
import type { PostingRead } from './types';

const JOB_TITLE_WORDS =
  /\b(engineer|developer|manager|analyst|scientist|designer|specialist|coordinator|consultant|architect|administrator|assistant|associate|director|lead|officer|technician|nurse|accountant|representative|intern|writer|editor|marketer|recruiter|advisor|executive|supervisor|operator|therapist|teacher|instructor|researcher|agent|clerk|planner|strategist|head of|vp)\b/i;
const APPLY = /\b(apply( now| for this job)?|submit (your )?application|easy apply)\b/i;
const MIN_TEXT = 400;

/**
 * Reads a page no adapter knows, for a site the person enabled: the main content (a <main>, <article> or
 * the densest block), its heading as the title, and a confidence from what a job posting has (a job-like
 * title, requirement headings, an apply button). Below 0.4 it is not a posting; below 0.6 the overlay says
 * the score may be off rather than show it as certain.
 */
export function readGenericPosting(doc: Document, url: URL): PostingRead | undefined {
  const main = mainContent(doc);
  if (!main) return undefined;
  const { text, map } = elementText(main);
  if (text.trim().length < MIN_TEXT) return undefined;
  const titleEl = main.querySelector('h1') ?? doc.querySelector('h1') ?? main.querySelector('h2');
  const title = cleanText(titleEl) || (doc.title.split(/[|–-]/)[0] ?? '').trim();
  const headings = text.split('\n').map((l) => headingKind(l)).filter(Boolean);
  let confidence = 0.2;
  if (titleEl && JOB_TITLE_WORDS.test(title)) confidence += 0.25;
  if (headings.includes('required')) confidence += 0.25;
  if (headings.includes('preferred') || headings.includes('duties')) confidence += 0.15;
  if (headings.includes('benefits')) confidence += 0.05;
  if ([...doc.querySelectorAll('a, button')].some((el) => APPLY.test(cleanText(el)))) confidence += 0.1;
  if (confidence < 0.4) return undefined;
  const company = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim() || url.hostname.replace(/^www\./, '');
  return {
    site: null,
    title,
    company,
    location: '',
    key: `${url.hostname}:${url.pathname.replace(/\/$/, '')}`,
    url: `${url.origin}${url.pathname}`,
    text,
    textMap: map,
    anchor: titleEl ?? undefined,
    confidence: Math.min(0.9, Math.round(confidence * 100) / 100),
  };
}

/** The element holding the page's main text: a landmark when there is one, else the block with the most text. */
function mainContent(doc: Document): Element | null {
  const landmark = doc.querySelector('main, [role="main"], article');
  if (landmark && (landmark.textContent ?? '').length >= MIN_TEXT) return landmark;
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of doc.querySelectorAll('div, section')) {
    const own = [...el.children].filter((c) => /^(P|UL|OL|H[1-6])$/.test(c.tagName)).reduce((n, c) => n + (c.textContent?.length ?? 0), 0);
    if (own > bestScore) {
      best = el;
      bestScore = own;
    }
  }
  return best;
}
