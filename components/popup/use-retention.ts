import { useEffect } from 'react';
import { seenRepo } from '@/lib/db/seen-repo';
import { useSkillGap } from './skillgap-context';

/** Forgets viewed postings older than the retention setting, once the page has shown itself. */
export function useRetention(): void {
  const { db, settings } = useSkillGap();
  useEffect(() => {
    const timer = setTimeout(() => void seenRepo(db).prune(settings.keepViewedDays).catch((err) => console.warn('SkillGap: pruning viewed postings failed', err)), 500);
    return () => clearTimeout(timer);
  }, [db, settings.keepViewedDays]);
}
