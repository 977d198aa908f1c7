import type { ContentScriptContext } from '#imports';
import { withStopWord, type Stoplist } from '@/lib/overlay/stoplist';
import { withSkill, type Profile, type SkillLevel } from '@/lib/profile/profile';
import type { Settings } from '@/lib/profile/settings';
import { sendRequest } from '@/lib/messaging/send';
import { profileStorage, readProfile, readSettings, settingsStorage } from '@/lib/storage/items';
import { overlayPrefsStorage, readOverlayPrefs, readStoplist, stoplistStorage, type OverlayPrefs } from '@/lib/storage/overlay-storage';

/**
 * What the content script knows of the person: profile, settings, overlay preferences and stoplist,
 * read once and followed as the popup or another tab changes them. Writes go to the storage items, and
 * every tab (this one included) re-renders from their change events.
 */
export async function loadPageState(ctx: ContentScriptContext, onChange: () => void) {
  const [profile, settings, prefs, stoplist] = await Promise.all([readProfile(), readSettings(), readOverlayPrefs(), readStoplist()]);
  // The parents of the profile's skills (and theirs), from the background that holds the taxonomy:
  // all that profile coverage needs ("PostgreSQL covers SQL").
  const ancestryFor = async (p: Profile) => {
    const { parents } = await sendRequest({ type: 'skills:ancestry', ids: p.skills.map((s) => s.id) });
    return new Map(Object.entries(parents).map(([id, ps]) => [id, { parents: ps }]));
  };
  const state = {
    ancestry: await ancestryFor(profile),
    profile: profile as Profile,
    settings: settings as Settings,
    prefs: prefs as OverlayPrefs,
    stoplist: stoplist as Stoplist,
    async setSkill(id: string, level: SkillLevel): Promise<void> {
      await profileStorage.setValue(withSkill(await readProfile(), id, level));
    },
    async addStopWord(site: string, text: string): Promise<void> {
      await stoplistStorage.setValue(withStopWord(await readStoplist(), site, text));
    },
    async setPrefs(change: Partial<OverlayPrefs>): Promise<void> {
      await overlayPrefsStorage.setValue({ ...(await readOverlayPrefs()), ...change });
    },
  };
  const unwatch = [
    profileStorage.watch(async () => {
      const next = await readProfile();
      state.ancestry = await ancestryFor(next);
      state.profile = next;
      onChange();
    }),
    settingsStorage.watch(async () => { state.settings = await readSettings(); onChange(); }),
    overlayPrefsStorage.watch(async () => { state.prefs = await readOverlayPrefs(); onChange(); }),
    stoplistStorage.watch(async () => { state.stoplist = await readStoplist(); onChange(); }),
  ];
  ctx.onInvalidated(() => unwatch.forEach((u) => u()));
  return state;
}
export type PageState = Awaited<ReturnType<typeof loadPageState>>;
