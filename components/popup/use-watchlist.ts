import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { watchlistRepo } from '@/lib/db/watchlist-repo';
import { scoreWatchlist, type WatchlistRow } from '@/lib/match/watchlist-rows';
import { useSkillGap } from './skillgap-context';

/** Saved postings scored against the current profile, live: saving, status changes and profile edits all show at once. */
export function useWatchlist(): { rows: WatchlistRow[] | undefined; repo: ReturnType<typeof watchlistRepo> } {
  const { db, profile, byId, settings } = useSkillGap();
  const repo = useMemo(() => watchlistRepo(db), [db]);
  const postings = useLiveQuery(() => repo.list(), [repo]);
  const rows = useMemo(() => (postings ? scoreWatchlist(postings, profile, byId, settings) : undefined), [postings, profile, byId, settings]);
  return { rows, repo };
}
