import { z } from 'zod';

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
