import type { SkillGapDatabase } from './database';
import { indexTables, reindexPostings } from './posting-index';
import type { SavedSkill } from '@/lib/model/posting';
import { seenPostingSchema, seenReportSchema, type SeenPosting, type SeenReport } from '@/lib/model/seen-posting';

/** Most keys one lookup answers, so a page of cards cannot ask for the whole table. */
export const LOOKUP_LIMIT = 500;

const DAY = 86_400_000;
/** Postings forgotten per transaction while pruning, so a long prune never holds the database for long. */
const PRUNE_CHUNK = 500;

/** Postings the person has viewed, one record per canonical key. */
export function seenRepo(db: SkillGapDatabase) {
  return {
    /** Records a view: the first one creates the record, later ones refresh it and count. */
    async record(report: SeenReport, now = Date.now()): Promise<SeenPosting> {
      const clean = seenReportSchema.parse(report);
      return db.transaction('rw', indexTables(db), async () => {
        const prev = await db.seen.get(clean.key);
        const record: SeenPosting = prev
          ? { ...prev, ...clean, lastSeenAt: now, timesSeen: prev.timesSeen + 1 }
          : { ...clean, firstSeenAt: now, lastSeenAt: now, timesSeen: 1 };
        await db.seen.put(seenPostingSchema.parse(record));
        await reindexPostings(db, [clean.key]);
        return record;
      });
    },
    /** The skills of every posting among `keys` that was read before, for list-card scores. */
    async skillsByKey(keys: readonly string[]): Promise<Record<string, SavedSkill[]>> {
      const found = await db.seen.bulkGet(keys.slice(0, LOOKUP_LIMIT));
      const out: Record<string, SavedSkill[]> = {};
      for (const p of found) if (p) out[p.key] = p.skills;
      return out;
    },
    /** Viewed postings since a time, newest first. */
    async since(time: number): Promise<SeenPosting[]> {
      return db.seen.where('lastSeenAt').aboveOrEqual(time).reverse().toArray();
    },
    async count(): Promise<number> {
      return db.seen.count();
    },
    /**
     * Forgets viewed postings not viewed for `keepDays` days; their demand is counted out (saved ones stay
     * counted through the watchlist). Returns how many were forgotten.
     */
    async prune(keepDays: number, now = Date.now()): Promise<number> {
      const cutoff = now - keepDays * DAY;
      let total = 0;
      for (;;) {
        const keys = await db.seen.where('lastSeenAt').below(cutoff).limit(PRUNE_CHUNK).primaryKeys();
        if (!keys.length) return total;
        await db.transaction('rw', indexTables(db), async () => {
          await db.seen.bulkDelete(keys);
          await reindexPostings(db, keys);
        });
        total += keys.length;
      }
    },
  };
}
export type SeenRepo = ReturnType<typeof seenRepo>;
