import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { progressRepo, WATCHLIST_SUBJECT } from '@/lib/db/progress-repo';
import { loadPreparedPostings } from '@/lib/db/suggestion-source';
import { suggestFromPrepared, type SuggestionReport } from '@/lib/match/suggest-next-skills';
import { useSkillGap } from './skillgap-context';

/**
 * Suggestions for the current profile and settings, recomputed when either changes or a posting is
 * viewed or saved; records this week's mean score of saved postings for the progress chart.
 */
export function useSuggestions(limit = 10): SuggestionReport | undefined {
  const { db, profile, byId, settings } = useSkillGap();
  // Packed once per change to the postings; re-ranked cheaply when only the profile or threshold changes.
  const prepared = useLiveQuery(
    () => loadPreparedPostings(db, settings.recentWindowDays, settings.countSoftSkills),
    [db, settings.recentWindowDays, settings.countSoftSkills],
  );
  const report = useMemo(
    () => (prepared ? suggestFromPrepared(prepared, profile, byId, settings, limit) : undefined),
    [prepared, profile, byId, settings, limit],
  );
  useEffect(() => {
    if (report && report.considered.saved > 0) void progressRepo(db).record(WATCHLIST_SUBJECT, report.saved.meanPercent).catch(() => undefined);
  }, [db, report]);
  return report;
}
