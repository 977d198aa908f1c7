import '@/lib/zod-config';
import { browser, defineBackground } from '#imports';
import { backgroundHandlers } from '@/lib/background/handlers';
import { routeMessage } from '@/lib/background/message-router';
import { registerProfileSync } from '@/lib/background/profile-sync-worker';
import { registerProgressAlarm } from '@/lib/background/progress-snapshot';
import { database } from '@/lib/db/database';
import { registerPruneAlarm } from '@/lib/db/prune-alarm';
import type { Response } from '@/lib/messaging/protocol';
import { sharedMatcher } from '@/lib/skills/skill-engine';

/** The background owns the database for content scripts (which cannot reach the extension's IndexedDB) and the scheduled work: pruning, progress snapshots, profile sync. */
export default defineBackground(() => {
  const handlers = backgroundHandlers(database());
  void registerPruneAlarm(database());
  void registerProgressAlarm(database());
  void registerProfileSync();
  // Compile the matcher as soon as the worker starts, so the first posting does not wait for it.
  setTimeout(() => sharedMatcher(), 0);

  const options = { handlers, runtimeId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: Response) => void) => {
    // Only this extension's own pages and content scripts get an answer; what each may send is checked there.
    const answer = routeMessage(message, sender, options);
    if (!answer) return false;
    void answer.then(sendResponse);
    return true;
  });
});
