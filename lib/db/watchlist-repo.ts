import { readProfile } from '@/lib/storage/items';
import type { SkillGapDatabase } from './database';
import { hasReadableSkills, indexTables, reindexPostings } from './posting-index';
import {
  postingSnapshotSchema,
  savedPostingSchema,
  type PostingSnapshot,
  type PostingStatus,
  type SavedPosting,
  type SavedPostingWithText,
} from '@/lib/model/posting';

/** Where the watchlist learns which skills the person has when a posting is saved. */
export interface WatchlistOptions {
  /** Ids of the skills the person has now (not the ones being learned). */
  profileIds?: () => Promise<string[]>;
}

const storedProfileIds = async () => (await readProfile()).skills.filter((s) => s.level !== 'learning').map((s) => s.id);

/** The watchlist: saved postings, one per canonical key, with their description texts kept apart. */
export function watchlistRepo(db: SkillGapDatabase, options: WatchlistOptions = {}) {
  const profileIds = options.profileIds ?? storedProfileIds;
  const tables = () => [...indexTables(db), db.postingText];
  return {
    /**
     * Saves a snapshot. Saving the same posting again refreshes its snapshot but keeps when it was first
     * saved, its status, notes and the skills the person had then, so nothing the person wrote is lost.
     */
    async save(snapshot: PostingSnapshot, now = Date.now()): Promise<SavedPosting> {
      const { text, ...clean } = postingSnapshotSchema.parse(snapshot);
      // Read before the transaction: a transaction ends when it awaits anything that is not the database.
      const ids = (await db.watchlist.get(clean.key)) ? undefined : await profileIds().catch(() => undefined);
      return db.transaction('rw', tables(), async () => {
        const prev = await db.watchlist.get(clean.key);
        const record: SavedPosting = prev
          ? { ...prev, ...clean }
          : { ...clean, savedAt: now, status: 'saved', statusHistory: [{ status: 'saved', at: now }], notes: '', ...(ids ? { profileAtSave: ids } : {}) };
        await db.watchlist.put(savedPostingSchema.parse(record));
        await db.postingText.put({ key: clean.key, text });
        await reindexPostings(db, [clean.key]);
        return record;
      });
    },
    /** Every saved posting, newest first (without description texts); one whose skills are unreadable is left out. */
    async list(): Promise<SavedPosting[]> {
      return (await db.watchlist.orderBy('savedAt').reverse().toArray()).filter(hasReadableSkills);
    },
    async get(key: string): Promise<SavedPosting | undefined> {
      return db.watchlist.get(key);
    },
    /** A saved posting's description text as it was when saved. */
    async text(key: string): Promise<string | undefined> {
      return (await db.postingText.get(key))?.text;
    },
    /** Every saved posting with its text, for export. */
    async listWithText(): Promise<SavedPostingWithText[]> {
      const [postings, texts] = await Promise.all([db.watchlist.orderBy('savedAt').toArray(), db.postingText.toArray()]);
      const byKey = new Map(texts.map((t) => [t.key, t.text]));
      return postings.map((p) => ({ ...p, text: byKey.get(p.key) ?? '' }));
    },
    async has(key: string): Promise<boolean> {
      return (await db.watchlist.where('key').equals(key).count()) > 0;
    },
    async count(): Promise<number> {
      return db.watchlist.count();
    },
    async remove(key: string): Promise<void> {
      await db.transaction('rw', tables(), async () => {
        await db.watchlist.delete(key);
        await db.postingText.delete(key);
        await reindexPostings(db, [key]);
      });
    },
    /** Moves a posting along the pipeline, recording when. */
    async setStatus(key: string, status: PostingStatus, now = Date.now()): Promise<void> {
      await db.transaction('rw', db.watchlist, async () => {
        const prev = await db.watchlist.get(key);
        if (!prev || prev.status === status) return;
        await db.watchlist.put({ ...prev, status, statusHistory: [...prev.statusHistory, { status, at: now }] });
      });
    },
    /** Replaces a posting's notes. */
    async setNotes(key: string, notes: string): Promise<void> {
      const clean = savedPostingSchema.shape.notes.parse(notes);
      await db.watchlist.update(key, { notes: clean });
    },
  };
}
export type WatchlistRepo = ReturnType<typeof watchlistRepo>;
