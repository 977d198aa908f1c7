import { decodeMentions } from '@/lib/match/compact-mentions';
import { PostingsPacker, type PreparedPostings, type SuggestionPosting } from '@/lib/match/suggest-next-skills';
import type { IndexedPosting, SkillGapDatabase } from './database';

const DAY = 86_400_000;

/** The index rows suggestions count: viewed within the last `windowDays` days, and every saved one. */
async function rowsInWindow(db: SkillGapDatabase, windowDays: number, now: number): Promise<{ rows: IndexedPosting[]; from: number }> {
  const from = now - windowDays * DAY;
  const [recent, saved] = await db.transaction('r', db.postingIndex, () =>
    Promise.all([db.postingIndex.where('seenAt').aboveOrEqual(from).toArray(), db.postingIndex.where('saved').equals(1).toArray()]),
  );
  const rows = recent;
  for (const r of saved) if (r.seenAt < from) rows.push(r);
  return { rows, from };
}

/** The postings suggestions count, as objects (for tests and small uses). */
export async function loadSuggestionPostings(db: SkillGapDatabase, windowDays: number, now = Date.now()): Promise<SuggestionPosting[]> {
  const { rows, from } = await rowsInWindow(db, windowDays, now);
  return rows.map((r) => ({ key: r.key, saved: r.saved === 1, viewed: r.seenAt >= from, mentions: decodeMentions(r.skills) }));
}

/** The postings suggestions count, packed straight from the index's encoded strings for speed. */
export async function loadPreparedPostings(db: SkillGapDatabase, windowDays: number, countSoftSkills: boolean, now = Date.now()): Promise<PreparedPostings> {
  const { rows, from } = await rowsInWindow(db, windowDays, now);
  const packer = new PostingsPacker(countSoftSkills);
  for (const r of rows) packer.addEncoded(r.saved === 1, r.seenAt >= from, r.skills);
  return packer.done();
}
