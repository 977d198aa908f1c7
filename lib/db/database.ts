import Dexie, { type EntityTable } from 'dexie';
import type { SavedPosting } from '@/lib/model/posting';
import type { SeenPosting } from '@/lib/model/seen-posting';
import type { IndexPack } from './index-packs';
import type { SkillDemand } from '@/lib/model/demand';
import type { ProgressSnapshot } from '@/lib/model/progress';
import { upgradeToV4 } from './upgrade-v4';
import { upgradeToV5 } from './upgrade-v5';
import { upgradeToV6 } from './upgrade-v6';

/** A copy of the person's data kept before an import replaced it, so it can be restored. */
export interface Backup {
  id?: number;
  takenAt: number;
  reason: string;
  /** The export document as JSON text. */
  json: string;
}

/**
 * One posting that counts for suggestions and demand: every posting viewed or saved, with its counted skills
 * packed in a string (see lib/match/compact-mentions.ts). Kept apart from the full records so that
 * "what to learn next" reads a few bytes per posting instead of every skill's evidence sentence.
 */
export interface IndexedPosting {
  key: string;
  /** When it was first viewed or saved: its month is the one it counts in for demand over time. */
  firstAt: number;
  /** When it was last viewed; 0 when it is not (or no longer) among the viewed postings. */
  seenAt: number;
  /** 1 while it is in the watchlist (IndexedDB cannot index booleans). */
  saved: 0 | 1;
  /** Its counted skills, encoded. */
  skills: string;
}

/** A saved posting's description text, kept apart so that lists of saved postings load quickly. */
export interface PostingText {
  key: string;
  text: string;
}

/** The extension's IndexedDB database: records that grow. Small settings live in storage items instead. */
export class SkillGapDatabase extends Dexie {
  watchlist!: EntityTable<SavedPosting, 'key'>;
  seen!: EntityTable<SeenPosting, 'key'>;
  skillDemand!: EntityTable<SkillDemand, 'id'>;
  progress!: EntityTable<ProgressSnapshot, 'id'>;
  backups!: EntityTable<Backup, 'id'>;
  postingIndex!: EntityTable<IndexedPosting, 'key'>;
  postingText!: EntityTable<PostingText, 'key'>;
  indexPacks!: EntityTable<IndexPack, 'id'>;

  constructor(name = 'skillgap') {
    super(name);
    // Keep every version declaration: Dexie upgrades old databases through them in order.
    this.version(1).stores({
      watchlist: 'key, savedAt, status, company',
    });
    // v2: postings the person viewed, for suggestions and list-card scores.
    this.version(2).stores({
      seen: 'key, lastSeenAt, firstSeenAt, site',
    });
    // v3: incremental skill demand, progress snapshots, backups taken before an import replaces data.
    this.version(3).stores({
      skillDemand: 'id, required',
      progress: '++id, subject, week, [subject+week]',
      backups: '++id, takenAt',
    });
    // v4: the posting index (suggestions, incremental demand) and saved descriptions moved to their own table.
    this.version(4)
      .stores({
        postingIndex: 'key, seenAt, saved',
        postingText: 'key',
      })
      .upgrade((tx) => upgradeToV4(tx));
    // v5: the posting index also packed into a few large records, which Chromium reads far faster.
    this.version(5)
      .stores({ indexPacks: 'id' })
      .upgrade((tx) => upgradeToV5(tx));
    // v6: each pack also in binary form, which "what to learn next" reads without parsing.
    this.version(6)
      .stores({})
      .upgrade((tx) => upgradeToV6(tx));
  }
}

let instance: SkillGapDatabase | undefined;

/** The database of this extension origin (popup, options page and background share it). */
export function database(): SkillGapDatabase {
  return (instance ??= new SkillGapDatabase());
}
