/**
 * The fields of a schema.org JobPosting that the reader uses. Sites ship many shapes, so each field is
 * checked where it is read and anything unexpected reads as absent. (Checked by hand rather than with
 * Zod: this runs in the content script, whose start-up time a schema library would double; what the
 * reader produces is validated with Zod in the background before anything is stored.)
 */
interface JobPostingLd {
  '@type'?: unknown;
  title?: unknown;
  description?: unknown;
  identifier?: unknown;
  hiringOrganization?: unknown;
  jobLocation?: unknown;
  url?: unknown;
}

/** A JobPosting found in a page's JSON-LD, flattened to what the reader needs. */
export interface JsonLdPosting {
  title: string;
  company: string;
  location: string;
  /** Description HTML as the site put it in the JSON-LD. */
  descriptionHtml: string;
  identifier?: string;
  url?: string;
}

const isJobPosting = (t: unknown) => (Array.isArray(t) ? t.includes('JobPosting') : t === 'JobPosting');

/** Every JobPosting in the page's `application/ld+json` scripts, including inside `@graph` arrays. */
export function readJsonLdPostings(doc: Document): JsonLdPosting[] {
  const found: JsonLdPosting[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // A broken JSON-LD block is the site's bug; the DOM reader still has a go.
    }
    const stack: unknown[] = [data];
    while (stack.length) {
      const item = stack.pop();
      if (Array.isArray(item)) stack.push(...item);
      else if (item && typeof item === 'object') {
        const obj = item as Record<string, unknown>;
        if (Array.isArray(obj['@graph'])) stack.push(...obj['@graph']);
        if (isJobPosting(obj['@type'])) found.push(flatten(obj as JobPostingLd));
      }
    }
  }
  return found;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function flatten(p: JobPostingLd): JsonLdPosting {
  return {
    title: decode(str(p.title)),
    company: decode(nameOf(p.hiringOrganization)),
    location: decode(locationOf(p.jobLocation)),
    descriptionHtml: str(p.description),
    identifier: identifierOf(p.identifier),
    url: str(p.url) || undefined,
  };
}

function nameOf(org: unknown): string {
  if (typeof org === 'string') return org;
  if (org && typeof org === 'object' && typeof (org as { name?: unknown }).name === 'string') return (org as { name: string }).name;
  return '';
}

function locationOf(loc: unknown): string {
  const first = Array.isArray(loc) ? loc[0] : loc;
  if (!first || typeof first !== 'object') return '';
  const address = (first as { address?: unknown }).address;
  if (typeof address === 'string') return address;
  if (address && typeof address === 'object') {
    const a = address as Record<string, unknown>;
    const parts = [a.addressLocality, a.addressRegion, a.addressCountry].map((v) =>
      typeof v === 'string' ? v : v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string' ? (v as { name: string }).name : '',
    );
    return parts.filter(Boolean).join(', ');
  }
  return '';
}

function identifierOf(id: unknown): string | undefined {
  if (typeof id === 'string' || typeof id === 'number') return String(id);
  if (id && typeof id === 'object') {
    const value = (id as { value?: unknown }).value;
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  return undefined;
}

/** JSON-LD strings often carry HTML entities; decode the common ones without touching the DOM. */
function decode(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
