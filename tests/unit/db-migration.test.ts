import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SkillGapDatabase } from '@/lib/db/database';
import { ALL_POSTINGS_ID } from '@/lib/model/demand';
import { monthOf } from '@/lib/db/demand';
import { indexRowFor, rebuildPostingIndex } from '@/lib/db/posting-index';
import { savedPostingSchema, type SavedPosting } from '@/lib/model/posting';
import { seenPostingSchema, type SeenPosting } from '@/lib/model/seen-posting';
import { seenRepo } from '@/lib/db/seen-repo';
import { watchlistRepo } from '@/lib/db/watchlist-repo';

// Databases written by older versions of the extension, upgraded by today's code: nothing the person kept
// is lost, every record reads back through today's schemas, and the repositories go on working on them.
// The fixtures are built by tests/fixtures/db/build-v1.ts with the code of those versions.

interface DbFixture {
  version: number;
  stores: Record<string, Record<string, string>>;
  tables: { watchlist: (SavedPosting & { text: string })[]; seen?: SeenPosting[] };
}

const load = (file: string): DbFixture => JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/db', file), 'utf8'));
const FIXTURES = [
  ['1 (v1-data.json)', load('v1-data.json')],
  ['2 (v2-data.json)', load('v2-data.json')],
] as const;
const LATEST = new SkillGapDatabase('never-opened').verno;

/** Recreates the old database: the old version's declarations only, and its records as they were stored. */
async function writeOld(name: string, fixture: DbFixture): Promise<void> {
  const old = new Dexie(name);
  for (const [version, stores] of Object.entries(fixture.stores)) old.version(Number(version)).stores(stores);
  await old.open();
  expect(old.verno).toBe(fixture.version);
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkPut(rows as object[]);
  old.close();
}

/** Reads the database back with only the old declarations, as the old code would. */
async function readOld(name: string, fixture: DbFixture): Promise<{ verno: number; tables: Record<string, unknown[]> }> {
  const old = new Dexie(name);
  for (const [version, stores] of Object.entries(fixture.stores)) old.version(Number(version)).stores(stores);
  await old.open();
  const tables: Record<string, unknown[]> = {};
  for (const table of Object.keys(fixture.tables)) tables[table] = await old.table(table).toArray();
  const verno = old.verno;
  old.close();
  return { verno, tables };
}

async function withUpgraded(fixture: DbFixture, test: (db: SkillGapDatabase, name: string) => Promise<void>): Promise<void> {
  const name = `migration-${Math.random()}`;
  await writeOld(name, fixture);
  const db = new SkillGapDatabase(name);
  try {
    await test(db, name);
  } finally {
    await db.delete();
  }
}

describe.each(FIXTURES)('a database written by schema version %s', (_file, fixture) => {
  it('opens at the latest version with every saved posting, its text and its history intact', async () => {
    await withUpgraded(fixture, async (db) => {
      await db.open();
      expect(db.verno).toBe(LATEST);
      expect(await db.watchlist.count()).toBe(fixture.tables.watchlist.length);
      for (const before of fixture.tables.watchlist) {
        const { text, ...record } = before;
        const stored = await db.watchlist.get(before.key);
        expect(stored).toEqual(record);
        // Every upgraded record reads back through today's schema, as the popup and export read it.
        expect(savedPostingSchema.safeParse(stored).success).toBe(true);
        expect(await db.postingText.get(before.key)).toEqual({ key: before.key, text });
      }
    });
  });

  it('keeps every viewed posting', async () => {
    await withUpgraded(fixture, async (db) => {
      const seen = fixture.tables.seen ?? [];
      expect(await db.seen.orderBy('key').toArray()).toEqual([...seen].sort((a, b) => a.key.localeCompare(b.key)));
      for (const s of seen) expect(seenPostingSchema.safeParse(s).success).toBe(true);
    });
  });

  it('builds the posting index and skill demand from what was kept', async () => {
    await withUpgraded(fixture, async (db) => {
      const seen = new Map((fixture.tables.seen ?? []).map((s) => [s.key, s]));
      const saved = new Map(fixture.tables.watchlist.map(({ text: _text, ...p }) => [p.key, p]));
      const keys = [...new Set([...saved.keys(), ...seen.keys()])].sort();
      const index = await db.postingIndex.orderBy('key').toArray();
      expect(index).toEqual(keys.map((k) => indexRowFor(k, saved.get(k), seen.get(k))));
      // Each posting counts once in its month, however often it was viewed or saved.
      const all = await db.skillDemand.get(ALL_POSTINGS_ID);
      expect(all?.required).toBe(keys.length);
      const months: Record<string, number> = {};
      for (const row of index) months[monthOf(row.firstAt)] = (months[monthOf(row.firstAt)] ?? 0) + 1;
      expect(all?.byMonth).toEqual(months);
      // The upgrade's counts are the ones a rebuild from scratch gives.
      const demand = await db.skillDemand.orderBy('id').toArray();
      await rebuildPostingIndex(db);
      expect(await db.skillDemand.orderBy('id').toArray()).toEqual(demand);
      // The tables added later start empty.
      expect(await db.progress.count()).toBe(0);
      expect(await db.backups.count()).toBe(0);
    });
  });

  it('goes on working: list, texts, status changes, new saves and views', async () => {
    await withUpgraded(fixture, async (db) => {
      const watchlist = watchlistRepo(db, { profileIds: async () => ['python'] });
      const listed = await watchlist.list();
      expect(listed.map((p) => p.key)).toEqual([...fixture.tables.watchlist].sort((a, b) => b.savedAt - a.savedAt).map((p) => p.key));
      const first = fixture.tables.watchlist[0];
      expect(await watchlist.text(first.key)).toBe(first.text);
      await watchlist.setStatus(first.key, 'offer', Date.UTC(2027, 0, 1));
      expect((await watchlist.get(first.key))?.statusHistory.at(-1)).toEqual({ status: 'offer', at: Date.UTC(2027, 0, 1) });
      expect((await watchlist.get(first.key))?.statusHistory.slice(0, -1)).toEqual(first.statusHistory);
      // Saving an old posting again keeps what the person had (first saved, status, notes).
      const { text, savedAt: _s, status: _st, statusHistory: _h, notes: _n, ...snapshot } = first;
      await watchlist.save({ ...snapshot, text: `${text}\nUpdated.` }, Date.UTC(2027, 0, 2));
      expect(await watchlist.get(first.key)).toMatchObject({ savedAt: first.savedAt, status: 'offer', notes: first.notes });
      expect(await watchlist.text(first.key)).toBe(`${text}\nUpdated.`);
      const seen = seenRepo(db);
      const again = await seen.record(snapshot, Date.UTC(2027, 0, 3));
      const before = fixture.tables.seen?.find((s) => s.key === first.key);
      expect(again.timesSeen).toBe((before?.timesSeen ?? 0) + 1);
      expect(again.firstSeenAt).toBe(before?.firstSeenAt ?? Date.UTC(2027, 0, 3));
    });
  });

  it('upgrades once: opening again changes nothing', async () => {
    await withUpgraded(fixture, async (db, name) => {
      await db.open();
      const snapshot = async (d: SkillGapDatabase) => Object.fromEntries(await Promise.all(d.tables.map(async (t) => [t.name, await t.toArray()] as const)));
      const first = await snapshot(db);
      db.close();
      const reopened = new SkillGapDatabase(name);
      expect(await snapshot(reopened)).toEqual(first);
      reopened.close();
      await db.open();
    });
  });

  it('is not stopped by one record it cannot read: that record is kept as it was, the others are indexed', async () => {
    // Its skills were lost to some outside write; the old code stored it all the same.
    const broken = { ...fixture, tables: { ...fixture.tables, watchlist: [...fixture.tables.watchlist, { ...fixture.tables.watchlist[0], key: 'zz:broken', skills: null as never }] } };
    const name = `migration-broken-${Math.random()}`;
    await writeOld(name, broken);
    const db = new SkillGapDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBe(LATEST);
      expect((await db.watchlist.get('zz:broken'))?.skills).toBeNull();
      const indexed = new Set((await db.postingIndex.toArray()).map((r) => r.key));
      expect(indexed.has('zz:broken')).toBe(false);
      for (const p of fixture.tables.watchlist) expect(indexed.has(p.key)).toBe(true);
      // The watchlist lists the readable postings and goes on working.
      expect((await watchlistRepo(db).list()).map((p) => p.key).sort()).toEqual(fixture.tables.watchlist.map((p) => p.key).sort());
    } finally {
      await db.delete();
    }
  });

  it('loses nothing when the upgrade fails part-way: the database stays as the old version left it', async () => {
    const name = `migration-failure-${Math.random()}`;
    await writeOld(name, fixture);
    const db = new SkillGapDatabase(name);
    // The disk fills up while the upgrade writes the new index: IndexedDB rolls the whole upgrade back.
    const table = Object.getPrototypeOf(db.postingIndex) as { bulkPut(this: { name: string }, ...args: unknown[]): Promise<unknown> };
    const bulkPut = table.bulkPut;
    table.bulkPut = function (this: { name: string }, ...args: unknown[]) {
      if (this.name === 'postingIndex') return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      return bulkPut.apply(this, args);
    };
    try {
      await expect(db.open()).rejects.toThrow();
    } finally {
      table.bulkPut = bulkPut;
      db.close();
    }
    const after = await readOld(name, fixture);
    expect(after.verno).toBe(fixture.version);
    expect(after.tables.watchlist).toEqual([...fixture.tables.watchlist].sort((a, b) => a.key.localeCompare(b.key)));
    await Dexie.delete(name);
  });
});
