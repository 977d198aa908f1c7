import type { SkillGapDatabase } from '@/lib/db/database';
import { watchlistRepo } from '@/lib/db/watchlist-repo';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDoc, type ExportScope } from './export-format';
import type { PersonStore } from './person-store';

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Gathers the person's data into an export document of the given scope, in a stable order. */
export async function collectExport(db: SkillGapDatabase, store: PersonStore, scope: ExportScope, now = Date.now()): Promise<ExportDoc> {
  const header = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now } as const;
  if (scope === 'profile') return { ...header, scope, profile: await store.readProfile() };
  const watchlist = (await watchlistRepo(db).listWithText()).sort((a, b) => a.savedAt - b.savedAt || byKey(a, b));
  if (scope === 'watchlist') return { ...header, scope, watchlist };
  const [profile, settings, viewed, progress, goals, plan] = await Promise.all([
    store.readProfile(),
    store.readSettings(),
    db.seen.toArray(),
    db.progress.toArray(),
    store.readGoals(),
    store.readPlan(),
  ]);
  return {
    ...header,
    scope,
    profile,
    settings,
    watchlist,
    viewed: viewed.sort(byKey),
    progress: progress
      .map(({ week, takenAt, subject, value }) => ({ week, takenAt, subject, value }))
      .sort((a, b) => (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : a.week - b.week)),
    // Goals and plan items keep the person's order: it is theirs (the plan's is the learning order).
    goals: goals.goals,
    plan,
  };
}
