import { browser, type ContentScriptContext } from '#imports';
import type { PageStateSnapshot } from '@/lib/messaging/protocol';
import { sendRequest } from '@/lib/messaging/send';
import type { OverlayPrefs } from '@/lib/model/overlay-prefs';
import type { SkillLevel } from '@/lib/model/profile';

/** Storage keys whose changes mean the person changed something the overlay shows. */
const WATCHED = new Set(['profile', 'settings', 'overlayPrefs', 'stoplist', 'goals']);

/**
 * What the content script knows of the person: profile, settings, overlay preferences, stoplist and the
 * ancestry of the profile's skills, read and validated by the background (so no schema code runs on the
 * page) and read again whenever the popup or another tab changes them. Writes go through the background
 * too, and every tab (this one included) re-renders from the storage change that follows.
 */
export async function loadPageState(ctx: ContentScriptContext, onChange: () => void) {
  const toState = (s: PageStateSnapshot) => ({ ...s, ancestry: new Map(Object.entries(s.ancestry).map(([id, parents]) => [id, { parents }])) });
  const state = {
    ...toState(await sendRequest({ type: 'page:state' })),
    async setSkill(id: string, level: SkillLevel): Promise<void> {
      await sendRequest({ type: 'profile:set-level', id, level });
    },
    async addStopWord(site: string, text: string): Promise<void> {
      await sendRequest({ type: 'stoplist:add', site, text: text.slice(0, 100) });
    },
    async setPrefs(change: Partial<OverlayPrefs>): Promise<void> {
      await sendRequest({ type: 'prefs:set', change });
    },
  };
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !Object.keys(changes).some((k) => WATCHED.has(k))) return;
    sendRequest({ type: 'page:state' })
      .then((s) => {
        Object.assign(state, toState(s));
        onChange();
      })
      .catch(() => undefined);
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
  return state;
}
export type PageState = Awaited<ReturnType<typeof loadPageState>>;
