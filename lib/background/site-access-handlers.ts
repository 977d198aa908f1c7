import { browser } from '#imports';
import type { HandlersFor } from '@/lib/messaging/handler-map';
import { registrationId } from '@/lib/site-access/site-access';

const CONTENT_SCRIPT = '/content-scripts/job-page.js';

/**
 * Running SkillGap on a site the person granted from the popup, or stopping. The sender policy keeps these
 * to the extension's own pages (lib/messaging/sender-policy.ts).
 */
export function siteAccessHandlers(): HandlersFor<'site:enable' | 'site:disable'> {
  return {
    'site:enable': async ({ origin, tabId }) => {
      const site = new URL(origin).origin;
      const pattern = `${site}/*`;
      if (!(await browser.permissions.contains({ origins: [pattern] }))) throw new Error(`SkillGap has not been allowed on ${origin}`);
      const id = registrationId(site);
      const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
      if (!existing.length) {
        await browser.scripting.registerContentScripts([{ id, matches: [pattern], js: [CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true }]);
      }
      // The page already open does not get the newly registered script until it reloads: run it there now.
      if (tabId !== undefined) await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
      return { enabled: true };
    },
    'site:disable': async ({ origin }) => {
      const id = registrationId(new URL(origin).origin);
      if ((await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length) await browser.scripting.unregisterContentScripts({ ids: [id] });
      return { enabled: false };
    },
  };
}
