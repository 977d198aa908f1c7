import { browser } from '#imports';
import type { HandlersFor } from '@/lib/messaging/handler-map';
// The toolbar button colours by the same bands as every other view.
import { fitTier } from '@/lib/match/score';

/** The toolbar button's API: `action` in Manifest V3, `browserAction` in the Firefox (Manifest V2) build. */
const toolbarButton = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

const BADGE_COLOURS = { good: '#116329', fair: '#9a6700', poor: '#a40e26' } as const;

/** The toolbar icon shows the active tab's score; each tab keeps its own badge text. */
export function toolbarHandlers(): HandlersFor<'tab:score'> {
  return {
    'tab:score': async ({ percent, threshold }, { tabId }) => {
      if (tabId === undefined) return { shown: false };
      await toolbarButton().setBadgeText({ tabId, text: percent === null ? '' : `${percent}` });
      if (percent !== null) await toolbarButton().setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[fitTier(percent, threshold)] });
      return { shown: true };
    },
  };
}
