import { storage } from '#imports';
import { DEFAULT_OVERLAY_PREFS, overlayPrefsSchema, type OverlayPrefs } from '@/lib/model/overlay-prefs';
import { stoplistSchema, type Stoplist } from '@/lib/model/stoplist';
import { parseStored } from './items';

export { DEFAULT_OVERLAY_PREFS, overlayPrefsSchema, type OverlayPrefs };

/** Overlay preferences; every open tab follows their changes. */
export const overlayPrefsStorage = storage.defineItem<OverlayPrefs>('local:overlayPrefs', { fallback: DEFAULT_OVERLAY_PREFS, version: 1 });

/** Words marked "Not a skill here", per site. */
export const stoplistStorage = storage.defineItem<Stoplist>('local:stoplist', { fallback: {}, version: 1 });

export async function readOverlayPrefs(): Promise<OverlayPrefs> {
  return parseStored(overlayPrefsSchema, await overlayPrefsStorage.getValue(), DEFAULT_OVERLAY_PREFS, 'overlay preferences');
}

export async function readStoplist(): Promise<Stoplist> {
  return parseStored(stoplistSchema, await stoplistStorage.getValue(), {}, 'stoplist');
}
