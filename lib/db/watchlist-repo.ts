import type { SkillGapDatabase } from './database';
import { postingSnapshotSchema, savedPostingSchema, type PostingSnapshot, type PostingStatus, type SavedPosting } from './saved-posting';

/** The watchlist: saved postings, one per canonical key. */
export function watchlistRepo(db: SkillGapDatabase) {
  return {
    /**
     * Saves a snapshot. Saving the same posting again refreshes its snapshot but keeps when it was first
     * saved, its status and notes, so there is never a duplicate and nothing the person wrote is lost.
     */
    async save(snapshot: PostingSnapshot, now = Date.now()): Promise<SavedPosting> {
      const clean = postingSnapshotSchema.parse(snapshot);
      return db.transaction('rw', db.watchlist, async () => {
        const prev = await db.watchlist.get(clean.key);
        const record: SavedPosting = prev
          ? { ...prev, ...clean }
          : { ...clean, savedAt: now, status: 'saved', statusHistory: [{ status: 'saved', at: now }], notes: '' };
        await db.watchlist.put(savedPostingSchema.parse(record));
        return record;
      });
    },
    /** Every saved posting, newest first. */
    async list(): Promise<SavedPosting[]> {
      return db.watchlist.orderBy('savedAt').reverse().toArray();
    },
    async get(key: string): Promise<SavedPosting | undefined> {
      return db.watchlist.get(key);
    },
    async has(key: string): Promise<boolean> {
      return (await db.watchlist.where('key').equals(key).count()) > 0;
    },
    async remove(key: string): Promise<void> {
      await db.watchlist.delete(key);
    },
    /** Moves a posting along the pipeline, recording when. */
    async setStatus(key: string, status: PostingStatus, now = Date.now()): Promise<void> {
      await db.transaction('rw', db.watchlist, async () => {
        const prev = await db.watchlist.get(key);
        if (!prev || prev.status === status) return;
        await db.watchlist.put({ ...prev, status, statusHistory: [...prev.statusHistory, { status, at: now }] });
      });
    },
  };
}
export type WatchlistRepo = ReturnType<typeof watchlistRepo>;
