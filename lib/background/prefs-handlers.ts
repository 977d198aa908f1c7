import type { HandlersFor } from '@/lib/messaging/handler-map';
import { overlayPrefsStorage, readOverlayPrefs } from '@/lib/storage/overlay-storage';

/** The overlay's preferences changed from the panel (where it sits, whether it is hidden on a site). */
export function prefsHandlers(): HandlersFor<'prefs:set'> {
  return {
    'prefs:set': async ({ change }) => {
      await overlayPrefsStorage.setValue({ ...(await readOverlayPrefs()), ...change });
      return { done: true };
    },
  };
}
