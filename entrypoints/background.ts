import { browser, defineBackground } from '#imports';
import { database } from '@/lib/db/database';
import { seenRepo } from '@/lib/db/seen-repo';
import { watchlistRepo } from '@/lib/db/watchlist-repo';
import { parseRequest, type Request, type Response } from '@/lib/messaging/protocol';

/** The background owns the database for content scripts, which cannot reach the extension's IndexedDB. */
export default defineBackground(() => {
  const watchlist = watchlistRepo(database());
  const seen = seenRepo(database());

  async function handle(request: Request): Promise<unknown> {
    switch (request.type) {
      case 'watchlist:save':
        await watchlist.save(request.posting);
        return { saved: true };
      case 'watchlist:remove':
        await watchlist.remove(request.key);
        return { saved: false };
      case 'watchlist:has':
        return { saved: await watchlist.has(request.key) };
      case 'posting:seen':
        await seen.record(request.posting);
        return { recorded: true };
      case 'seen:lookup':
        return { skills: await seen.skillsByKey(request.keys) };
    }
  }

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: Response) => void) => {
    // Only this extension's own pages and content scripts may talk to it.
    if (sender.id !== browser.runtime.id) return false;
    const parsed = parseRequest(message);
    if (!parsed.ok) {
      console.warn(`SkillGap: ${parsed.error}`);
      sendResponse({ ok: false, error: parsed.error });
      return false;
    }
    handle(parsed.request).then(
      (value) => sendResponse({ ok: true, value }),
      (err: unknown) => sendResponse({ ok: false, error: err instanceof Error ? err.message : String(err) }),
    );
    return true;
  });
});
