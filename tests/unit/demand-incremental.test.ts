import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SkillGapDatabase } from '@/lib/db/database';
import type { SkillDemand } from '@/lib/model/demand';
import { ALL_POSTINGS_ID } from '@/lib/model/demand';
import { monthOf } from '@/lib/db/demand';
import { rebuildPostingIndex } from '@/lib/db/posting-index';
import { CODES_ID, packLine, replaceLine, SkillCodes, TITLE_BASE } from '@/lib/db/index-packs';
import type { PostingSnapshot, SavedSkill } from '@/lib/model/posting';
import { seenRepo } from '@/lib/db/seen-repo';
import { loadSuggestionPostings } from '@/lib/db/suggestion-source';
import { watchlistRepo } from '@/lib/db/watchlist-repo';

const DAY = 86_400_000;
const NOV = Date.UTC(2026, 10, 10);
const DEC = Date.UTC(2026, 11, 5);

const sk = (id: string, requirement: SavedSkill['requirement'], extra: Partial<SavedSkill> = {}): SavedSkill => ({ id, name: id, category: 'lang', requirement, evidence: `${id}.`, ...extra });
const snapshot = (key: string, skills: SavedSkill[]): PostingSnapshot => ({
  key, url: `https://boards.greenhouse.io/acme/jobs/${key.length}`, site: 'greenhouse', title: `Job ${key}`, company: 'Acme', location: 'Remote', text: `Text of ${key}`, skills,
});
const seenReport = (key: string, skills: SavedSkill[]) => {
  const { text: _t, ...rest } = snapshot(key, skills);
  return rest;
};

/** Demand rows as { id: [required, preferred, mentioned, byMonth] }, for compact expectations. */
async function demand(db: SkillGapDatabase): Promise<Record<string, [number, number, number, Record<string, number>]>> {
  const rows: SkillDemand[] = await db.skillDemand.toArray();
  return Object.fromEntries(rows.map((r) => [r.id, [r.required, r.preferred, r.mentioned, r.byMonth]]));
}

describe('skill demand, kept up to date one posting at a time', () => {
  let db: SkillGapDatabase;
  beforeEach(() => {
    db = new SkillGapDatabase(`demand-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('counts a posting in when first viewed, once however often it is viewed, at its strongest wording', async () => {
    const seen = seenRepo(db);
    await seen.record(seenReport('a', [sk('python', 'required'), sk('sql', 'preferred'), sk('aws', 'mentioned', { incidental: true })]), NOV);
    await seen.record(seenReport('a', [sk('python', 'required'), sk('sql', 'preferred'), sk('aws', 'mentioned', { incidental: true })]), NOV + DAY);
    await seen.record(seenReport('b', [sk('python', 'preferred'), sk('go', 'required', { group: 1 }), sk('java', 'required', { group: 1 })]), DEC);
    expect(await demand(db)).toEqual({
      python: [1, 1, 0, { '2026-11': 1, '2026-12': 1 }],
      sql: [0, 1, 0, { '2026-11': 1 }],
      go: [1, 0, 0, { '2026-12': 1 }],
      java: [1, 0, 0, { '2026-12': 1 }],
      [ALL_POSTINGS_ID]: [2, 0, 0, { '2026-11': 1, '2026-12': 1 }],
    });
    // Skills named only about the company are never demand.
    expect(await db.skillDemand.get('aws')).toBeUndefined();
  });

  it('does not count a saved posting twice when it was also viewed, and counts it out only when it is neither', async () => {
    const seen = seenRepo(db);
    const watchlist = watchlistRepo(db, { profileIds: async () => [] });
    await seen.record(seenReport('a', [sk('python', 'required')]), NOV);
    await watchlist.save(snapshot('a', [sk('python', 'required')]), NOV + DAY);
    expect((await demand(db)).python).toEqual([1, 0, 0, { '2026-11': 1 }]);
    // The saved snapshot's skills count: re-saving with other skills moves the counts, in the month first counted.
    await watchlist.save(snapshot('a', [sk('python', 'preferred'), sk('rust', 'required')]), DEC);
    expect(await demand(db)).toMatchObject({ python: [0, 1, 0, { '2026-11': 1 }], rust: [1, 0, 0, { '2026-11': 1 }] });
    await watchlist.remove('a');
    // Still viewed: counted by its viewed record now.
    expect(await demand(db)).toEqual({ python: [1, 0, 0, { '2026-11': 1 }], [ALL_POSTINGS_ID]: [1, 0, 0, { '2026-11': 1 }] });
    expect(await db.postingIndex.get('a')).toMatchObject({ saved: 0, seenAt: NOV });
  });

  it('forgets viewed postings older than the retention and counts them out, keeping saved ones', async () => {
    const seen = seenRepo(db);
    const watchlist = watchlistRepo(db, { profileIds: async () => [] });
    await seen.record(seenReport('old', [sk('python', 'required')]), NOV);
    await seen.record(seenReport('kept', [sk('python', 'required')]), NOV);
    await watchlist.save(snapshot('kept', [sk('python', 'required')]), NOV);
    await seen.record(seenReport('new', [sk('sql', 'required')]), DEC);
    expect(await seen.prune(20, DEC + DAY)).toBe(2);
    expect(await db.seen.toCollection().primaryKeys()).toEqual(['new']);
    expect(await demand(db)).toEqual({
      python: [1, 0, 0, { '2026-11': 1 }],
      sql: [1, 0, 0, { '2026-12': 1 }],
      [ALL_POSTINGS_ID]: [2, 0, 0, { '2026-11': 1, '2026-12': 1 }],
    });
    expect((await db.postingIndex.toArray()).map((r) => [r.key, r.saved, r.seenAt])).toEqual([['kept', 1, 0], ['new', 0, DEC]]);
  });

  it('agrees with a rebuild from scratch after any sequence of changes', async () => {
    const seen = seenRepo(db);
    const watchlist = watchlistRepo(db, { profileIds: async () => [] });
    const pool = [sk('python', 'required'), sk('sql', 'preferred'), sk('go', 'mentioned'), sk('rust', 'required', { group: 2 }), sk('c', 'required', { group: 2 })];
    for (let i = 0; i < 40; i++) {
      const key = `k${i % 7}`;
      const skills = pool.filter((_, j) => (i + j) % 3 !== 0);
      const t = NOV + i * 3 * DAY;
      if (i % 5 === 0) await watchlist.remove(key);
      else if (i % 3 === 0) await watchlist.save(snapshot(key, skills), t);
      else await seen.record(seenReport(key, skills), t);
    }
    await seen.prune(30, NOV + 120 * DAY);
    const incremental = await demand(db);
    const index = await db.postingIndex.orderBy('key').toArray();
    // The packs hold the same postings as the index, coded with the ids of the codes record.
    const packedLines = async () => {
      const packs = await db.indexPacks.toArray();
      const ids = packs.find((p) => p.id === CODES_ID)!.lines.split('\n');
      return packs.filter((p) => p.id !== CODES_ID && p.id < TITLE_BASE).flatMap((p) => p.lines.split('\n').filter(Boolean))
        .map((l) => l.replace(/(\t| )(\d+)(?=[rpm])/g, (_m, sep: string, code: string) => `${sep}${ids[Number(code)]}/`)).sort();
    };
    const packed = await packedLines();
    expect(packed).toEqual(index.map((r) => `${r.seenAt}\t${r.saved}\t${r.skills}\t${JSON.stringify(r.key)}`).sort());
    await rebuildPostingIndex(db);
    expect(await demand(db)).toEqual(incremental);
    expect(await db.postingIndex.orderBy('key').toArray()).toEqual(index);
    expect(await packedLines()).toEqual(packed);
  });

  it('loads the postings suggestions count: viewed in the window, and every saved one', async () => {
    const seen = seenRepo(db);
    const watchlist = watchlistRepo(db, { profileIds: async () => [] });
    await seen.record(seenReport('old', [sk('python', 'required')]), NOV);
    await seen.record(seenReport('recent', [sk('sql', 'required', { group: 1 })]), DEC);
    await watchlist.save(snapshot('saved-long-ago', [sk('go', 'preferred')]), NOV - 100 * DAY);
    const postings = await loadSuggestionPostings(db, 10, DEC + DAY);
    expect(postings.sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: 'recent', saved: false, viewed: true, mentions: [{ id: 'sql', requirement: 'required', group: 1 }] },
      { key: 'saved-long-ago', saved: true, viewed: false, mentions: [{ id: 'go', requirement: 'preferred' }] },
    ]);
  });
});

describe('packed index lines', () => {
  it('replaces a posting’s line by its key, even a key holding tabs or line breaks', () => {
    const codes = new SkillCodes();
    const row = (key: string, seenAt: number) => ({ key, firstAt: 0, seenAt, saved: 0 as const, skills: 'go/r sql/p#2~' });
    let lines = packLine(row('a', 1), codes) + packLine(row('odd\tkey\n', 2), codes) + packLine(row('b', 3), codes);
    lines = replaceLine(lines, 'odd\tkey\n', packLine(row('odd\tkey\n', 9), codes));
    expect(lines).toBe('1\t0\t0r 1p#2~\t"a"\n3\t0\t0r 1p#2~\t"b"\n9\t0\t0r 1p#2~\t"odd\\tkey\\n"\n');
    expect(replaceLine(lines, 'a', undefined)).toBe('3\t0\t0r 1p#2~\t"b"\n9\t0\t0r 1p#2~\t"odd\\tkey\\n"\n');
    expect(codes.record()).toEqual({ id: CODES_ID, lines: 'go\nsql' });
  });
});

describe('database versions 4 and 5', () => {
  it('upgrades a version 3 database: texts move to their own table, the index and demand are built, nothing is lost', async () => {
    const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/db/v3-data.json'), 'utf8'));
    const name = `upgrade-${Math.random()}`;
    // The old code path: the same declarations as versions 1–3, nothing more.
    const old = new Dexie(name);
    old.version(1).stores({ watchlist: 'key, savedAt, status, company' });
    old.version(2).stores({ seen: 'key, lastSeenAt, firstSeenAt, site' });
    old.version(3).stores({ skillDemand: 'id, required', progress: '++id, subject, week, [subject+week]', backups: '++id, takenAt' });
    await old.table('watchlist').bulkPut(fixture.watchlist);
    await old.table('seen').bulkPut(fixture.seen);
    old.close();

    const db = new SkillGapDatabase(name);
    try {
      const [saved] = await db.watchlist.toArray();
      const { text, ...rest } = fixture.watchlist[0];
      expect(saved).toEqual(rest);
      expect(await db.postingText.get('greenhouse:4012345')).toEqual({ key: 'greenhouse:4012345', text });
      expect(await db.seen.count()).toBe(2);
      expect(await db.postingIndex.get('greenhouse:4012345')).toEqual({
        key: 'greenhouse:4012345', firstAt: 1789990000000, seenAt: 1790000000000, saved: 1,
        skills: 'python/r postgresql/r kubernetes/r aws/p',
      });
      const m1 = monthOf(1789990000000);
      const m2 = monthOf(1792000000000);
      expect(await demand(db)).toEqual({
        python: [1, 1, 0, { [m1]: 1, [m2]: 1 }],
        postgresql: [1, 0, 0, { [m1]: 1 }],
        kubernetes: [1, 0, 0, { [m1]: 1 }],
        aws: [0, 1, 0, { [m1]: 1 }],
        sql: [1, 0, 0, { [m2]: 1 }],
        [ALL_POSTINGS_ID]: [2, 0, 0, { [m1]: 1, [m2]: 1 }],
      });
      // v5 packed the index: both postings are found by the suggestions' reader.
      expect((await loadSuggestionPostings(db, 3650, 1792000000000 + 1)).map((p) => p.key).sort()).toEqual(['greenhouse:4012345', 'lever:acme-data-engineer']);
    } finally {
      await db.delete();
    }
  });
});
