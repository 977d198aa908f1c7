import type { SkillGapDatabase } from '@/lib/db/database';
import { backupRepo } from '@/lib/db/backup-repo';
import { rebuildPostingIndex } from '@/lib/db/posting-index';
import type { SavedPosting } from '@/lib/model/posting';
import { collectExport } from './collect-export';
import type { ExportDoc } from './export-format';
import { goalsAfterImport, mergeProfiles, planAfterImport, progressKey, type ImportMode } from './import-plan';
import type { PersonStore } from './person-store';

/**
 * Writes a validated export into the person's data. Replacing first keeps a backup of everything as it
 * was (restorable from the dashboard), goals and plan included. The database part is one transaction: it
 * lands whole or not at all; the stored values (profile, settings, goals, plan) are worked out before it
 * and written after it.
 */
export async function applyImport(db: SkillGapDatabase, store: PersonStore, doc: ExportDoc, mode: ImportMode, now = Date.now()): Promise<{ backupId?: number }> {
  let backupId: number | undefined;
  if (mode === 'replace') {
    const before = await collectExport(db, store, 'everything', now);
    backupId = await backupRepo(db).add(`Before importing a ${doc.scope} file (replace)`, JSON.stringify(before), now);
  }
  // Worked out before anything is written, so a failure here leaves the data as it was.
  const profile = doc.scope === 'watchlist' ? undefined : mode === 'replace' ? doc.profile : mergeProfiles(await store.readProfile(), doc.profile);
  const goalsAndPlan =
    doc.scope === 'everything'
      ? { goals: goalsAfterImport(await store.readGoals(), doc.goals, mode), plan: planAfterImport(await store.readPlan(), doc.plan, mode) }
      : undefined;
  if (doc.scope !== 'profile') {
    await db.transaction('rw', [db.watchlist, db.postingText, db.seen, db.progress, db.postingIndex, db.skillDemand, db.indexPacks], async () => {
      if (mode === 'replace') await Promise.all([db.watchlist.clear(), db.postingText.clear()]);
      const records: SavedPosting[] = doc.watchlist.map(({ text: _text, ...p }) => p);
      await db.watchlist.bulkPut(records);
      await db.postingText.bulkPut(doc.watchlist.map((p) => ({ key: p.key, text: p.text })));
      if (doc.scope === 'everything') {
        if (mode === 'replace') {
          await db.seen.clear();
          await db.progress.clear();
          await db.seen.bulkPut(doc.viewed);
          await db.progress.bulkAdd(doc.progress);
        } else {
          const known = new Map((await db.seen.bulkGet(doc.viewed.map((v) => v.key))).flatMap((v) => (v ? [[v.key, v.lastSeenAt] as const] : [])));
          await db.seen.bulkPut(doc.viewed.filter((v) => (known.get(v.key) ?? -1) < v.lastSeenAt));
          const have = new Set((await db.progress.toArray()).map(progressKey));
          await db.progress.bulkAdd(doc.progress.filter((p) => !have.has(progressKey(p))));
        }
      }
      await rebuildPostingIndex(db);
    });
  }
  if (profile) await store.writeProfile(profile);
  if (doc.scope === 'everything' && mode === 'replace') await store.writeSettings(doc.settings);
  if (goalsAndPlan) {
    await store.writeGoals(goalsAndPlan.goals);
    await store.writePlan(goalsAndPlan.plan);
  }
  return backupId === undefined ? {} : { backupId };
}

/** What the person has now, for `planImport`. */
export async function currentData(db: SkillGapDatabase, store: PersonStore) {
  const [profile, watchlistKeys, viewedKeys, progress, goals, plan] = await Promise.all([
    store.readProfile(),
    db.watchlist.toCollection().primaryKeys(),
    db.seen.toCollection().primaryKeys(),
    db.progress.toArray(),
    store.readGoals(),
    store.readPlan(),
  ]);
  return { profile, watchlistKeys, viewedKeys, progressKeys: progress.map(progressKey), goals: goals.goals, plan };
}
