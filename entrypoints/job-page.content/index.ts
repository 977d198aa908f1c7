import '@/lib/zod-config';
import { defineContentScript } from '#imports';
import { readPage } from '@/lib/extract/read-page';
import { SITE_ADAPTERS } from '@/lib/extract/sites/index';
import { SUPPORTED_MATCHES } from '@/lib/extract/sites/match-patterns';
import { querySelectorFirst } from '@/lib/extract/query';
import { isSealedHost } from '@/components/overlay/sealed-host';
import { sendRequest } from '@/lib/messaging/send';
import { CARD_LIMIT, createCardBadges } from './card-badges';
import { loadPageState } from './page-state';
import { createPostingController } from './posting-controller';

/** Short enough that a new posting's badge follows its content within a frame or two, long enough to coalesce. */
const SETTLE_MS = 20;

/**
 * Only orchestration: read the page (lib/extract), find skills (lib/skills), show the posting's badge and
 * the list's card badges, and read again when a single-page app changes the posting or the list.
 */
export default defineContentScript({
  matches: SUPPORTED_MATCHES,
  // The overlay's CSS is bundled as a string (see posting-controller): no fetch, and it works on sites the
  // person enables later, whose origins the manifest's web-accessible resources do not list.
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  async main(ctx) {
    let scheduled: number | undefined;
    const state = await loadPageState(ctx, () => {
      if (hidden()) clear();
      else if (!postings.key && cards.count() === 0) schedule();
      else {
        postings.refresh();
        cards.refresh();
      }
    });
    const postings = createPostingController(ctx, state);
    const cards = createCardBadges(state);
    const hidden = () => state.prefs.hiddenSites.includes(location.hostname);
    const clear = () => {
      postings.remove();
      cards.removeAll();
    };

    async function read(): Promise<void> {
      scheduled = undefined;
      if (!ctx.isValid) return;
      if (hidden()) return clear();
      const page = readPage(document, new URL(location.href));
      watchRoot();
      const listed = page.cards.slice(0, CARD_LIMIT);
      const texts = [...(page.posting ? [page.posting.text] : []), ...listed.map((c) => `${c.title}\n${c.snippet}`)];
      if (!texts.length) {
        cards.removeAll();
        await postings.show(undefined, []);
        return;
      }
      // One round trip: the engine runs in the background, over the posting and every card at once.
      const found = await sendRequest({ type: 'skills:find', texts }).catch((err: unknown) => {
        console.warn('SkillGap: could not read the skills on this page:', err);
        return undefined;
      });
      if (!found || !ctx.isValid) return;
      // An answer shorter than the texts sent (a background from an older build) must not break the page.
      const mentions = page.posting ? found.mentions[0] ?? [] : [];
      const cardMentions = page.posting ? found.mentions.slice(1) : found.mentions;
      cards.show(listed, cardMentions, page.posting ? { key: page.posting.key, mentions } : undefined);
      await postings.show(page.posting, mentions);
    }

    // A plain timer cleared once on invalidation: ctx.setTimeout adds an invalidation listener per call,
    // which on a single-page app that switches postings all day would pile up.
    function schedule(): void {
      if (scheduled !== undefined) return;
      scheduled = window.setTimeout(() => void read(), SETTLE_MS);
    }
    ctx.onInvalidated(() => window.clearTimeout(scheduled));

    // Single-page apps: re-read when the URL changes and when the detail pane or list changes.
    ctx.addEventListener(window, 'wxt:locationchange', schedule);
    const adapter = SITE_ADAPTERS.find((a) => a.matches(new URL(location.href)));
    const observer = new MutationObserver((records) => {
      if (records.every(isOwnChange)) return;
      schedule();
    });
    let observed: Element | null = null;
    function watchRoot(): void {
      if (!adapter?.spaRoots) return;
      const root = querySelectorFirst(document, adapter.spaRoots) ?? document.body;
      if (root === observed) return;
      observer.disconnect();
      observed = root;
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    }
    ctx.onInvalidated(() => observer.disconnect());
    await read();
  },
});

/** Our own badges being added or removed are not the page changing. */
function isOwnChange(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isSealedHost);
}
