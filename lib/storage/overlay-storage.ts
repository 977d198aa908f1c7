import { storage } from '#imports';
import { z } from 'zod';
import { stoplistSchema, type Stoplist } from '@/lib/overlay/stoplist';
import { parseStored } from './items';

/** How the on-page overlay behaves for this person. */
export const overlayPrefsSchema = z.object({
  /** Show the badge as a small dot until clicked. */
  minimized: z.boolean(),
  /** Highlight matched and missing skills in the posting's text. */
  highlights: z.boolean(),
  /** Host names where the overlay is hidden. */
  hiddenSites: z.array(z.string().max(200)).max(1000),
});
export type OverlayPrefs = z.infer<typeof overlayPrefsSchema>;
export const DEFAULT_OVERLAY_PREFS: OverlayPrefs = { minimized: false, highlights: false, hiddenSites: [] };

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
