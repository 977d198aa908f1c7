import './style.css';
import { createShadowRootUi, defineContentScript } from '#imports';
import { renderPostingOverlay, type OverlayState } from '@/components/overlay/posting-overlay';
import { readPage } from '@/lib/extract/read-page';
import { SUPPORTED_MATCHES } from '@/lib/extract/sites/match-patterns';
import { matchProfile } from '@/lib/match/match-profile';
import { sendRequest } from '@/lib/messaging/send';
import { findSkills, sharedMatcher } from '@/lib/skills/skill-engine';
import { profileStorage, readProfile, readSettings, settingsStorage } from '@/lib/storage/items';
import { toSnapshot } from '@/lib/extract/to-snapshot';

/** Reads the posting on the page, scores it against the profile and shows the badge; nothing more. */
export default defineContentScript({
  matches: SUPPORTED_MATCHES,
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    const page = readPage(document, new URL(location.href));
    const posting = page.posting;
    if (page.kind !== 'posting' || !posting) return;
    const mentions = findSkills(posting.text);
    const { byId } = sharedMatcher();
    let [profile, settings] = await Promise.all([readProfile(), readSettings()]);
    const state: OverlayState = { result: matchProfile(mentions, profile, byId, settings), threshold: settings.threshold, saved: false, open: false };
    let root: HTMLElement | undefined;

    const render = () => {
      if (!root) return;
      state.result = matchProfile(mentions, profile, byId, settings);
      state.threshold = settings.threshold;
      renderPostingOverlay(root, state, {
        onToggle: () => { state.open = !state.open; render(); },
        onClose: () => { state.open = false; render(); root?.querySelector<HTMLElement>('.sg-badge')?.focus(); },
        onSave: () => void toggleSaved(),
      });
    };

    const toggleSaved = async () => {
      try {
        if (state.saved) await sendRequest({ type: 'watchlist:remove', key: posting.key });
        else await sendRequest({ type: 'watchlist:save', posting: toSnapshot(posting, mentions) });
        state.saved = !state.saved;
        state.error = undefined;
      } catch (err) {
        state.error = `Could not save: ${err instanceof Error ? err.message : String(err)}`;
      }
      render();
    };

    const ui = await createShadowRootUi(ctx, {
      name: 'skillgap-overlay',
      position: 'inline',
      anchor: posting.anchor ?? document.body,
      append: posting.anchor ? 'last' : 'first',
      onMount(container) {
        // WXT's container is a block <div>; inline keeps the title's line box as it was.
        container.style.display = 'inline';
        root = document.createElement('div');
        root.className = 'sg-root';
        root.addEventListener('keydown', (e) => {
          if (e.key === 'Escape' && state.open) { state.open = false; render(); }
        });
        container.append(root);
        render();
        return root;
      },
      onRemove(el) { el?.remove(); root = undefined; },
    });
    ui.mount();

    // Live updates: the popup writes these items; every open tab follows.
    const unwatchProfile = profileStorage.watch(async () => { profile = await readProfile(); render(); });
    const unwatchSettings = settingsStorage.watch(async () => { settings = await readSettings(); render(); });
    ctx.onInvalidated(() => { unwatchProfile(); unwatchSettings(); });

    sendRequest({ type: 'watchlist:has', key: posting.key })
      .then((r) => { state.saved = r.saved; render(); })
      .catch(() => undefined); // Not knowing whether it is saved only leaves the button in its default state.
  },
});
