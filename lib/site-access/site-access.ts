import { SITE_ADAPTERS } from '@/lib/extract/sites/index';

/** What SkillGap can do on the site of the active tab. */
export type SiteAccess =
  | { kind: 'unavailable' }
  | { kind: 'supported'; host: string; site: string; hidden: boolean }
  | { kind: 'enabled'; host: string; origin: string; hidden: boolean }
  | { kind: 'available'; host: string; origin: string };

/**
 * Decides what the popup offers for a tab: nothing on browser pages; "runs here" on the supported boards;
 * "enabled" on a site the person granted; otherwise "Enable SkillGap on this site".
 */
export function siteAccessFor(tabUrl: string | undefined, granted: boolean, hiddenSites: readonly string[]): SiteAccess {
  let url: URL;
  try {
    url = new URL(tabUrl ?? '');
  } catch {
    return { kind: 'unavailable' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'unavailable' };
  const hidden = hiddenSites.includes(url.hostname);
  const adapter = SITE_ADAPTERS.find((a) => a.matches(url));
  if (adapter) return { kind: 'supported', host: url.hostname, site: adapter.name, hidden };
  if (granted) return { kind: 'enabled', host: url.hostname, origin: url.origin, hidden };
  return { kind: 'available', host: url.hostname, origin: url.origin };
}

/** The id under which the content script is registered for an enabled origin. */
export function registrationId(origin: string): string {
  return `site-${origin.replace(/[^a-z0-9]+/gi, '-')}`;
}
