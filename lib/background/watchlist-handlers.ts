import type { SkillGapDatabase } from '@/lib/db/database';
import { watchlistRepo } from '@/lib/db/watchlist-repo';
import type { HandlersFor } from '@/lib/messaging/handler-map';

/** Saving, removing and looking up a posting in the watchlist, for the panel's save button. */
export function watchlistHandlers(db: SkillGapDatabase): HandlersFor<'watchlist:save' | 'watchlist:remove' | 'watchlist:has'> {
  const watchlist = watchlistRepo(db);
  return {
    'watchlist:save': async ({ posting }) => {
      await watchlist.save(posting);
      return { saved: true };
    },
    'watchlist:remove': async ({ key }) => {
      await watchlist.remove(key);
      return { saved: false };
    },
    'watchlist:has': async ({ key }) => ({ saved: await watchlist.has(key) }),
  };
}
