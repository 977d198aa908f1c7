import type { EntityTable, Table } from 'dexie';
import { encodeMentions } from '@/lib/match/compact-mentions';
import type { IndexedPosting, SkillGapDatabase } from './database';
import type { SkillDemand } from '@/lib/model/demand';
import { ALL_POSTINGS_ID } from '@/lib/model/demand';
import { applyDemandChanges, monthOf, type DemandChange } from './demand';
import { buildPacks, updatePacks, type IndexPack, type PostingTitle } from './index-packs';
import type { SavedPosting } from '@/lib/model/posting';
import type { SeenPosting } from '@/lib/model/seen-posting';

/** The tables a change to the posting index touches; a transaction that calls `reindexPostings` needs them all. */
export function indexTables(db: SkillGapDatabase) {
  return [db.watchlist, db.seen, db.postingIndex, db.skillDemand, db.indexPacks];
}

/**
 * The index row a posting should have, from its watchlist and viewed records (none when it is in
 * neither). It depends on those records alone, so an incremental update and a rebuild always agree.
 */
export function indexRowFor(key: string, saved: SavedPosting | undefined, seen: SeenPosting | undefined): IndexedPosting | undefined {
  // A record whose skills cannot be read (written by something else, or damaged) is kept but not indexed:
  // one bad record must not stop a database upgrade or an import for all the others.
  if (saved && !hasReadableSkills(saved)) saved = undefined;
  if (seen && !hasReadableSkills(seen)) seen = undefined;
  if (!saved && !seen) return undefined;
  const firstAt = Math.min(saved?.savedAt ?? Infinity, seen?.firstSeenAt ?? Infinity);
  return { key, firstAt, seenAt: seen?.lastSeenAt ?? 0, saved: saved ? 1 : 0, skills: encodeMentions((saved ?? seen)!.skills) };
}

/** The title Goals shows for a posting: from the record its index row takes its skills from (the saved one first). */
export function titleFor(saved: SavedPosting | undefined, seen: SeenPosting | undefined): PostingTitle | undefined {
  const source = saved && hasReadableSkills(saved) ? saved : seen && hasReadableSkills(seen) ? seen : undefined;
  return source && { title: source.title, company: source.company, url: source.url };
}

/**
 * Brings the index rows of some postings in line with their watchlist and viewed records, and updates
 * skill demand by the difference only: a posting counts in when first viewed or saved and out when it
 * is neither any more. Must run inside a read-write transaction over `indexTables(db)`.
 */
export async function reindexPostings(db: SkillGapDatabase, keys: readonly string[]): Promise<void> {
  if (!keys.length) return;
  const [saved, seen, prev] = await Promise.all([db.watchlist.bulkGet(keys as string[]), db.seen.bulkGet(keys as string[]), db.postingIndex.bulkGet(keys as string[])]);
  const puts: IndexedPosting[] = [];
  const deletes: string[] = [];
  const changes: DemandChange[] = [];
  const packChanges = new Map<string, IndexedPosting | undefined>();
  const titles = new Map<string, PostingTitle>();
  keys.forEach((key, i) => {
    const before = prev[i];
    const after = indexRowFor(key, saved[i], seen[i]);
    const title = after && titleFor(saved[i], seen[i]);
    if (title) titles.set(key, title);
    if (!after) {
      if (before) {
        deletes.push(key);
        packChanges.set(key, undefined);
        changes.push({ skills: before.skills, month: monthOf(before.firstAt), sign: -1 });
      }
      return;
    }
    if (before && before.skills === after.skills && before.seenAt === after.seenAt && before.saved === after.saved && before.firstAt === after.firstAt) return;
    puts.push(after);
    if (!before || before.skills !== after.skills || before.seenAt !== after.seenAt || before.saved !== after.saved) packChanges.set(key, after);
    if (before && before.skills === after.skills && monthOf(before.firstAt) === monthOf(after.firstAt)) return;
    if (before) changes.push({ skills: before.skills, month: monthOf(before.firstAt), sign: -1 });
    changes.push({ skills: after.skills, month: monthOf(after.firstAt), sign: 1 });
  });
  if (puts.length) await db.postingIndex.bulkPut(puts);
  if (deletes.length) await db.postingIndex.bulkDelete(deletes);
  await updatePacks(db.indexPacks, packChanges, titles);
  await applyDemand(db.skillDemand, changes);
}

/** Reads the demand rows a set of changes touches, applies the changes and writes them back. */
async function applyDemand(table: EntityTable<SkillDemand, 'id'>, changes: DemandChange[]): Promise<void> {
  if (!changes.length) return;
  const ids = new Set<string>();
  for (const c of changes) for (const token of c.skills ? c.skills.split(' ') : []) ids.add(token.slice(0, token.indexOf('/')));
  ids.add(ALL_POSTINGS_ID);
  const list = [...ids];
  const found = await table.bulkGet(list);
  const rows = new Map<string, SkillDemand>();
  found.forEach((r) => r && rows.set(r.id, r));
  const { changed, emptied } = applyDemandChanges(rows, changes);
  const puts = [...changed].filter((id) => !emptied.has(id)).map((id) => rows.get(id)!);
  if (puts.length) await table.bulkPut(puts);
  if (emptied.size) await table.bulkDelete([...emptied]);
}

/** The tables `rebuildPostingIndex` reads and rewrites (a database's, or an upgrade transaction's). */
export interface IndexSource {
  watchlist: Pick<Table<SavedPosting, string>, 'each'>;
  seen: Pick<Table<SeenPosting, string>, 'each'>;
  postingIndex: Pick<Table<IndexedPosting, string>, 'clear' | 'bulkPut'>;
  skillDemand: Pick<Table<SkillDemand, string>, 'clear' | 'bulkPut'>;
  /** Absent while upgrading to v4, before the packs table exists (v5 packs the index then). */
  indexPacks?: Pick<Table<IndexPack, number>, 'clear' | 'bulkPut'>;
}

/**
 * Rebuilds the posting index and all demand counts from the watchlist and viewed postings: for a database
 * upgrade and after an import replaced the data. Everyday changes go through `reindexPostings`.
 */
export async function rebuildPostingIndex(t: IndexSource): Promise<number> {
  const saved = new Map<string, SavedPosting>();
  await t.watchlist.each((p) => void saved.set(p.key, p));
  const rows = new Map<string, IndexedPosting>();
  const titles = new Map<string, PostingTitle>();
  const add = (key: string, p: SavedPosting | undefined, s: SeenPosting | undefined) => {
    const row = indexRowFor(key, p, s);
    const title = titleFor(p, s);
    if (row) rows.set(key, row);
    if (row && title) titles.set(key, title);
  };
  await t.seen.each((s) => add(s.key, saved.get(s.key), s));
  for (const [key, p] of saved) if (!rows.has(key)) add(key, p, undefined);
  const demand = new Map<string, SkillDemand>();
  applyDemandChanges(demand, [...rows.values()].map((r) => ({ skills: r.skills, month: monthOf(r.firstAt), sign: 1 as const })));
  await t.postingIndex.clear();
  await t.skillDemand.clear();
  await t.postingIndex.bulkPut([...rows.values()]);
  await t.skillDemand.bulkPut([...demand.values()].filter((r) => r.required + r.preferred + r.mentioned > 0));
  if (t.indexPacks) {
    await t.indexPacks.clear();
    await t.indexPacks.bulkPut(buildPacks(rows.values(), titles));
  }
  return rows.size;
}

/** Whether a stored posting's skills are a list of skill records the index can encode (and the views can score). */
export function hasReadableSkills(p: { skills?: unknown; savedAt?: unknown; firstSeenAt?: unknown }): boolean {
  return Array.isArray(p.skills) && p.skills.every((s) => typeof (s as { id?: unknown } | null)?.id === 'string');
}
