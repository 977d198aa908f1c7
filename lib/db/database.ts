import Dexie, { type EntityTable } from 'dexie';
import type { SavedPosting } from './saved-posting';

/** The extension's IndexedDB database: records that grow. Small settings live in storage items instead. */
export class SkillGapDatabase extends Dexie {
  watchlist!: EntityTable<SavedPosting, 'key'>;

  constructor(name = 'skillgap') {
    super(name);
    // Keep every version declaration: Dexie upgrades old databases through them in order.
    this.version(1).stores({
      watchlist: 'key, savedAt, status, company',
    });
  }
}

let instance: SkillGapDatabase | undefined;

/** The database of this extension origin (popup, options page and background share it). */
export function database(): SkillGapDatabase {
  return (instance ??= new SkillGapDatabase());
}
