import Dexie, { type EntityTable } from 'dexie';
import type { SavedPosting } from './saved-posting';
import type { SeenPosting } from './seen-posting';

/** Demand for one skill, kept up to date as postings are seen or saved (never recomputed from all postings). */
export interface SkillDemand {
  id: string;
  /** Postings (seen or saved) that ask for it, by requirement. */
  required: number;
  preferred: number;
  mentioned: number;
  /** Postings that ask for it per month, "2026-11" → count, for the demand-over-time chart. */
  byMonth: Record<string, number>;
}

/** A dated snapshot of how the person stands, for progress charts (goals' coverage, saved postings' scores). */
export interface ProgressSnapshot {
  /** Auto-increment id. */
  id?: number;
  /** Start of the ISO week the snapshot stands for (ms). */
  week: number;
  takenAt: number;
  /** What was measured: "goal:<goal id>" or "watchlist". */
  subject: string;
  /** Coverage or mean score, 0..100. */
  value: number;
}

/** A copy of the person's data kept before an import replaced it, so it can be restored. */
export interface Backup {
  id?: number;
  takenAt: number;
  reason: string;
  /** The export document as JSON text. */
  json: string;
}

/** The extension's IndexedDB database: records that grow. Small settings live in storage items instead. */
export class SkillGapDatabase extends Dexie {
  watchlist!: EntityTable<SavedPosting, 'key'>;
  seen!: EntityTable<SeenPosting, 'key'>;
  skillDemand!: EntityTable<SkillDemand, 'id'>;
  progress!: EntityTable<ProgressSnapshot, 'id'>;
  backups!: EntityTable<Backup, 'id'>;

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
  }
}

let instance: SkillGapDatabase | undefined;

/** The database of this extension origin (popup, options page and background share it). */
export function database(): SkillGapDatabase {
  return (instance ??= new SkillGapDatabase());
}
