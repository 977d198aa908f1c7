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
import { loadPreparedPostings, loadSuggestionPostings } from '@/lib/db/suggestion-source';
import { OldSkillGapDatabase, STORES_BY_VERSION, type OldVersion } from '../fixtures/db/old-database';
import { plain } from '../fixtures/db/build-upgraded';

// Databases written by older versions of the extension, upgraded by today's code: nothing the person kept
// is lost, every record reads back through today's schemas, and the repositories go on working on them.
// Each old version's database is built with that version's code: versions 1 and 2 by the fixtures
// tests/fixtures/db/build-v1.ts wrote, later ones by opening those with the old declarations and their
// upgrades (tests/fixtures/db/old-database.ts), whose encoders are frozen in lib/db/frozen/.

interface DbFixture {
  version: number;
  stores: Record<string, Record<string, string>>;
  tables: { watchlist: (SavedPosting & { text: string })[]; seen?: SeenPosting[] };
}

const FIXTURE_DIR = join(import.meta.dirname, '../fixtures/db');
const load = (file: string): DbFixture => JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8'));
const V1 = load('v1-data.json');
const V2 = load('v2-data.json');
/** Each old version, with the fixture it is built from. */
const VERSIONS: [string, OldVersion, DbFixture][] = [
  ['1 (v1-data.json)', 1, V1],
  ['2 (v2-data.json)', 2, V2],
  ['3 (v2-data.json opened by v3)', 3, V2],
  ['4 (v2-data.json upgraded by v4)', 4, V2],
  ['5 (v2-data.json upgraded by v5)', 5, V2],
];
const LATEST = new SkillGapDatabase('never-opened').verno;
/** A time after every fixture's views, for reading the packs. */
const NOW = Date.UTC(2027, 0, 1);

/** The fixture's first saved posting (every fixture has one). */
function firstSaved(fixture: DbFixture): SavedPosting & { text: string } {
  const first = fixture.tables.watchlist[0];
  if (!first) throw new Error('a database fixture without saved postings');
  return first;
}

/** Recreates the old database: the fixture's records as they were stored, then the old code up to `version` opening it. */
async function writeOld(name: string, fixture: DbFixture, version: OldVersion): Promise<void> {
  const old = new Dexie(name);
  for (const [v, stores] of Object.entries(fixture.stores)) old.version(Number(v)).stores(stores);
  await old.open();
  expect(old.verno).toBe(fixture.version);
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkPut(rows as object[]);
  old.close();
  if (version === fixture.version) return;
  const upgraded = new OldSkillGapDatabase(name, version);
  await upgraded.open();
  expect(upgraded.verno).toBe(version);
  upgraded.close();
}

/** Every table of the database as the old code of `version` reads it (declarations only, nothing upgraded). */
async function readOld(name: string, version: OldVersion): Promise<{ verno: number; tables: Record<string, unknown[]> }> {
  const old = new Dexie(name);
  for (let v = 1; v <= version; v++) old.version(v).stores(STORES_BY_VERSION[v as OldVersion]);
  await old.open();
  const tables: Record<string, unknown[]> = {};
  for (const table of old.tables) tables[table.name] = plain(await table.toArray()) as unknown[];
  const verno = old.verno;
  old.close();
  return { verno, tables };
}

async function withUpgraded(fixture: DbFixture, version: OldVersion, test: (db: SkillGapDatabase, name: string) => Promise<void>): Promise<void> {
  const name = `migration-${Math.random()}`;
  await writeOld(name, fixture, version);
  const db = new SkillGapDatabase(name);
  try {
    await test(db, name);
  } finally {
    await db.delete();
  }
}

describe('the frozen upgrades', () => {
  // What upgrades v4, v5 and v6 wrote for the v2 fixture when they were written (build-upgraded.ts).
  const expected = JSON.parse(readFileSync(join(FIXTURE_DIR, 'upgraded-v6.json'), 'utf8')) as { postingIndex: unknown[]; skillDemand: unknown[]; indexPacks: { id: number }[] };
  const byId = <T extends { id: number }>(rows: T[]) => [...rows].sort((a, b) => a.id - b.id);

  it.each([4, 5, 6] as const)('v%i writes what it wrote when it was written', async (version) => {
    const name = `frozen-${version}-${Math.random()}`;
    await writeOld(name, V2, version);
    const { tables } = await readOld(name, version);
    await Dexie.delete(name);
    expect(tables.postingIndex).toEqual(expected.postingIndex);
    expect(tables.skillDemand).toEqual(expected.skillDemand);
    // v5 writes the coded packs and their codes, v6 adds each pack's binary form.
    const packs = version >= 5 ? expected.indexPacks.filter((p) => version >= 6 || p.id < 1000) : [];
    expect(byId((tables.indexPacks ?? []) as { id: number }[])).toEqual(byId(packs));
  });

  it.each(['upgrade-v4.ts', 'upgrade-v5.ts', 'upgrade-v6.ts'])('%s imports only frozen code, Dexie and lib/model', (file) => {
    const lib = join(import.meta.dirname, '../../lib/db');
    const sources = [readFileSync(join(lib, file), 'utf8')];
    for (const [, frozen] of sources[0]!.matchAll(/from '\.\/frozen\/([\w-]+)'/g)) sources.push(readFileSync(join(lib, 'frozen', `${frozen}.ts`), 'utf8'));
    const imports = sources.flatMap((s) => [...s.matchAll(/from '([^']+)'/g)].map((m) => m[1]));
    expect(imports.length).toBeGreaterThan(1);
    for (const from of imports) expect(from).toMatch(/^(dexie|\.\/frozen\/[\w-]+|@\/lib\/model\/[\w-]+)$/);
  });
});

describe.each(VERSIONS)('a database written by schema version %s', (_label, version, fixture) => {
  it('opens at the latest version with every saved posting, its text and its history intact', async () => {
    await withUpgraded(fixture, version, async (db) => {
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
    await withUpgraded(fixture, version, async (db) => {
      const seen = fixture.tables.seen ?? [];
      expect(await db.seen.orderBy('key').toArray()).toEqual([...seen].sort((a, b) => a.key.localeCompare(b.key)));
      for (const s of seen) expect(seenPostingSchema.safeParse(s).success).toBe(true);
    });
  });

  it('builds the posting index and skill demand from what was kept', async () => {
    await withUpgraded(fixture, version, async (db) => {
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
      // The upgraded index, counts and packs say what today's rebuild from scratch says (the packs' skill
      // numbers follow the order postings were packed in, so they are compared decoded, and as suggestions read them).
      const packed = async () => ({
        postings: (await loadSuggestionPostings(db, 100_000, NOW)).sort((a, b) => a.key.localeCompare(b.key)),
        prepared: await loadPreparedPostings(db, 100_000, true, NOW),
      });
      const upgraded = { demand: await db.skillDemand.orderBy('id').toArray(), ...(await packed()) };
      expect(upgraded.postings.map((p) => p.key)).toEqual(keys);
      await rebuildPostingIndex(db);
      expect(await db.postingIndex.orderBy('key').toArray()).toEqual(index);
      const rebuilt = { demand: await db.skillDemand.orderBy('id').toArray(), ...(await packed()) };
      expect(rebuilt.demand).toEqual(upgraded.demand);
      expect(rebuilt.postings).toEqual(upgraded.postings);
      expect(rebuilt.prepared.count).toBe(upgraded.prepared.count);
      // The tables added later start empty.
      expect(await db.progress.count()).toBe(0);
      expect(await db.backups.count()).toBe(0);
    });
  });

  it('goes on working: list, texts, status changes, new saves and views', async () => {
    await withUpgraded(fixture, version, async (db) => {
      const watchlist = watchlistRepo(db, { profileIds: async () => ['python'] });
      const listed = await watchlist.list();
      expect(listed.map((p) => p.key)).toEqual([...fixture.tables.watchlist].sort((a, b) => b.savedAt - a.savedAt).map((p) => p.key));
      const first = firstSaved(fixture);
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
    await withUpgraded(fixture, version, async (db, name) => {
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
    const broken = { ...fixture, tables: { ...fixture.tables, watchlist: [...fixture.tables.watchlist, { ...firstSaved(fixture), key: 'zz:broken', skills: null as never }] } };
    const name = `migration-broken-${Math.random()}`;
    await writeOld(name, broken, version);
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
    await writeOld(name, fixture, version);
    const before = await readOld(name, version);
    const db = new SkillGapDatabase(name);
    // The disk fills up while the upgrade writes the new index (or, from v4 on, the packs): IndexedDB rolls
    // the whole upgrade back.
    const failing = version < 4 ? 'postingIndex' : 'indexPacks';
    const table = Object.getPrototypeOf(db.postingIndex) as { bulkPut(this: { name: string }, ...args: unknown[]): Promise<unknown> };
    const bulkPut = table.bulkPut;
    table.bulkPut = function (this: { name: string }, ...args: unknown[]) {
      if (this.name === failing) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      return bulkPut.apply(this, args);
    };
    try {
      await expect(db.open()).rejects.toThrow();
    } finally {
      table.bulkPut = bulkPut;
      db.close();
    }
    const after = await readOld(name, version);
    expect(after.verno).toBe(version);
    expect(after).toEqual(before);
    if (version < 4) expect(after.tables.watchlist).toEqual([...fixture.tables.watchlist].sort((a, b) => a.key.localeCompare(b.key)));
    await Dexie.delete(name);
  });
});
