import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { loadPreparedPostings } from '@/lib/db/suggestion-source';
import { sendRequest } from '@/lib/messaging/send';
import { suggestFromPrepared, type SuggestionReport } from '@/lib/match/suggest-next-skills';
import { useSkillGap } from './skillgap-context';

/**
 * Suggestions for the current profile and settings, recomputed when either changes or a posting is
 * viewed or saved. When the saved postings' mean score it shows changes, it asks the background to take
 * this week's progress snapshot (the background writes it, and takes one every week in any case).
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
  const savedMean = report && report.considered.saved > 0 ? report.saved.meanPercent : undefined;
  useEffect(() => {
    if (savedMean !== undefined) void sendRequest({ type: 'progress:snapshot' }).catch(() => undefined);
  }, [savedMean]);
  return report;
}
