import type { HandlersFor } from '@/lib/messaging/handler-map';
import { ancestryOf } from '@/lib/skills/ancestry';
import { sharedMatcher } from '@/lib/skills/skill-engine';
import { readGoals } from '@/lib/storage/goals-storage';
import { readProfile, readSettings } from '@/lib/storage/items';
import { readOverlayPrefs, readStoplist } from '@/lib/storage/overlay-storage';

/** The content script's view of the person, read and validated here so that it carries no schemas. */
export function pageStateHandler(): HandlersFor<'page:state'> {
  return {
    'page:state': async () => {
      const [profile, settings, prefs, stoplist, goals] = await Promise.all([readProfile(), readSettings(), readOverlayPrefs(), readStoplist(), readGoals()]);
      return {
        profile,
        settings,
        prefs,
        stoplist,
        ancestry: ancestryOf(profile.skills.map((s) => s.id), sharedMatcher().byId),
        goalIds: goals.goals.map((g) => g.id),
      };
    },
  };
}
