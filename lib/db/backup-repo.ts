import type { Backup, SkillGapDatabase } from './database';

/** How many backups are kept; older ones are dropped when a new one is taken. */
export const BACKUPS_KEPT = 5;

/** Copies of the person's data taken before an import replaced it. */
export function backupRepo(db: SkillGapDatabase) {
  return {
    async add(reason: string, json: string, now = Date.now()): Promise<number> {
      return db.transaction('rw', db.backups, async () => {
        const id = await db.backups.add({ takenAt: now, reason, json });
        const old = await db.backups.orderBy('takenAt').reverse().offset(BACKUPS_KEPT).primaryKeys();
        if (old.length) await db.backups.bulkDelete(old);
        return id as number;
      });
    },
    /** Backups, newest first. */
    async list(): Promise<Backup[]> {
      return db.backups.orderBy('takenAt').reverse().toArray();
    },
    async get(id: number): Promise<Backup | undefined> {
      return db.backups.get(id);
    },
    async remove(id: number): Promise<void> {
      await db.backups.delete(id);
    },
  };
}
export type BackupRepo = ReturnType<typeof backupRepo>;
