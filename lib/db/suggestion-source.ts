import { decodeMentions } from '@/lib/match/compact-mentions';
import type { SuggestionPosting } from '@/lib/match/suggest-next-skills';
import type { IndexedPosting, SkillGapDatabase } from './database';

const DAY = 86_400_000;

/** The postings suggestions count: viewed within the last `windowDays` days, and every saved one. */
export async function loadSuggestionPostings(db: SkillGapDatabase, windowDays: number, now = Date.now()): Promise<SuggestionPosting[]> {
  const from = now - windowDays * DAY;
  const [recent, saved] = await db.transaction('r', db.postingIndex, () =>
    Promise.all([db.postingIndex.where('seenAt').aboveOrEqual(from).toArray(), db.postingIndex.where('saved').equals(1).toArray()]),
  );
  const rows = new Map<string, IndexedPosting>();
  for (const r of recent) rows.set(r.key, r);
  for (const r of saved) rows.set(r.key, r);
  const out: SuggestionPosting[] = [];
  for (const r of rows.values()) {
    out.push({ key: r.key, saved: r.saved === 1, viewed: r.seenAt >= from, mentions: decodeMentions(r.skills) });
  }
  return out;
}
