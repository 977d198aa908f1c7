import type { RequestType } from './protocol';

/**
 * Who may send a message: one of the extension's own pages (popup, dashboard; also when open in a tab), or a
 * content script running in a web page. A content script shares its page's renderer, so a page that
 * compromised it could send whatever the content script may: what only the person's own clicks in the
 * popup or dashboard should do is refused from there.
 */
export type SenderKind = 'extension-page' | 'content-script';

/** What a content script sends; the extension's pages may send it too (tests and tools seed data this way). */
const CONTENT_SCRIPT_AND_PAGES = ['content-script', 'extension-page'] as const satisfies readonly SenderKind[];
/** Only the extension's own pages: changes of what SkillGap is allowed to do. */
const EXTENSION_PAGES_ONLY = ['extension-page'] as const satisfies readonly SenderKind[];

/**
 * Each message type and the kinds of page allowed to send it. Every type must be listed (a new message has
 * to be placed on one side or the other), and nothing else may be.
 */
export const SENDER_POLICY = {
  'watchlist:save': CONTENT_SCRIPT_AND_PAGES,
  'watchlist:remove': CONTENT_SCRIPT_AND_PAGES,
  'watchlist:has': CONTENT_SCRIPT_AND_PAGES,
  'posting:seen': CONTENT_SCRIPT_AND_PAGES,
  'seen:lookup': CONTENT_SCRIPT_AND_PAGES,
  'skills:find': CONTENT_SCRIPT_AND_PAGES,
  'posting:goals': CONTENT_SCRIPT_AND_PAGES,
  'skills:ancestry': CONTENT_SCRIPT_AND_PAGES,
  'page:state': CONTENT_SCRIPT_AND_PAGES,
  // The panel's own controls: a level set from the gap list, a word hidden, the panel moved.
  'profile:set-level': CONTENT_SCRIPT_AND_PAGES,
  'stoplist:add': CONTENT_SCRIPT_AND_PAGES,
  'prefs:set': CONTENT_SCRIPT_AND_PAGES,
  'tab:score': CONTENT_SCRIPT_AND_PAGES,
  // Registering SkillGap on a site and running it in a tab: from the popup only, after the person allowed it.
  'site:enable': EXTENSION_PAGES_ONLY,
  'site:disable': EXTENSION_PAGES_ONLY,
  // The progress chart's snapshots follow the person's own views; a web page has no say in when they are taken.
  'progress:snapshot': EXTENSION_PAGES_ONLY,
} as const satisfies { [T in RequestType]: readonly SenderKind[] };

/** The parts of `runtime.MessageSender` the policy looks at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
}

/** "scheme://host" of a URL, also for extension schemes, whose `URL.origin` is "null" outside the browser. */
function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return undefined;
  }
}

/**
 * The kind of page a message came from: an extension page when its document is on the extension's origin
 * (whether or not it is open in a tab), a content script when it comes from a tab's web page, and
 * undefined for anything else (no tab and not the extension's page), which is refused whatever it sends.
 */
export function senderKind(sender: SenderInfo, extensionOrigin: string): SenderKind | undefined {
  const own = originOf(extensionOrigin);
  const from = originOf(sender.url) ?? originOf(sender.origin);
  if (own && from === own) return 'extension-page';
  if (sender.tab) return 'content-script';
  return undefined;
}

/** Whether a kind of page may send a type of message. */
export function mayAccept(type: RequestType, kind: SenderKind | undefined): boolean {
  return kind !== undefined && (SENDER_POLICY[type] as readonly SenderKind[]).includes(kind);
}

/** The sentence a refused sender gets back. */
export function refusedSenderSentence(type: RequestType, kind: SenderKind | undefined): string {
  const who = kind === 'content-script' ? 'a web page' : kind === 'extension-page' ? 'an extension page' : 'an unknown sender';
  return `refused message ${type} from ${who}: only ${SENDER_POLICY[type].map((k) => (k === 'extension-page' ? 'SkillGap’s own pages' : 'job pages')).join(' and ')} may send it`;
}
