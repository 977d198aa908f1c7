import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SkillGapDatabase } from '@/lib/db/database';
import { BIN_BASE, buildPacks, PACK_COUNT } from '@/lib/db/index-packs';
import { indexRowFor } from '@/lib/db/posting-index';
import type { SavedSkill } from '@/lib/model/posting';
import { seenRepo } from '@/lib/db/seen-repo';
import { loadPreparedPostings, loadSuggestionPostings } from '@/lib/db/suggestion-source';
import { preparePostings } from '@/lib/match/suggest-next-skills';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 26);
const sk = (id: string, requirement: SavedSkill['requirement'], extra: Partial<SavedSkill> = {}): SavedSkill => ({ id, name: id, category: 'lang', requirement, evidence: `${id}.`, ...extra });
const report = (key: string, skills: SavedSkill[]) => ({ key, url: `https://boards.greenhouse.io/acme/jobs/${key.length}`, site: 'greenhouse', title: `Job ${key}`, company: 'Acme', location: 'Remote', skills });
const POSTINGS = Array.from({ length: 40 }, (_, i) =>
  report(`p${i}`, [sk(['python', 'sql', 'go', 'java'][i % 4]!, 'required', i % 5 === 0 ? { group: 1 } : {}), sk(['docker', 'aws'][i % 2]!, i % 3 ? 'preferred' : 'mentioned', i % 5 === 0 ? { group: 1 } : {}), sk('communication', 'required', { soft: true })]),
);

/** Prepared postings with the ids written out, so packings with different skill numbers compare. */
const named = (pp: ReturnType<typeof preparePostings>) => ({ ...pp, ids: undefined, memberId: Array.from(pp.memberId, (n) => pp.ids[n]), saved: Array.from(pp.saved), viewed: Array.from(pp.viewed), slotStart: Array.from(pp.slotStart), memberStart: Array.from(pp.memberStart), memberTier: Array.from(pp.memberTier) });

describe('the packs’ binary records', () => {
  const names: string[] = [];
  afterEach(async () => {
    for (const name of names.splice(0)) await Dexie.delete(name);
  });

  it('are kept with every change and give the postings the coded lines give', async () => {
    const db = new SkillGapDatabase(`bins-${Math.random()}`);
    names.push(db.name);
    const seen = seenRepo(db);
    for (const [i, p] of POSTINGS.entries()) await seen.record(p, NOW - (i % 20) * DAY);
    await seen.prune(12, NOW);
    for (const countSoft of [false, true]) {
      const fromLines = (await loadSuggestionPostings(db, 7, NOW)).sort((a, b) => Number(a.key.slice(1)) - Number(b.key.slice(1)));
      const fromBins = await loadPreparedPostings(db, 7, countSoft, NOW);
      expect(fromBins.count).toBe(fromLines.length);
      expect(fromBins.count).toBeGreaterThan(10);
      // The packs hold postings by key hash, so compare as multisets of postings.
      // One posting as text: saved and viewed flags, then its slots, each as its members (skill:tier).
      const one = (pp: ReturnType<typeof preparePostings>, p: number) => `${pp.saved[p]}${pp.viewed[p]} ` + JSON.stringify(Array.from({ length: pp.slotStart[p + 1]! - pp.slotStart[p]! }, (_, s) => {
        const slot = pp.slotStart[p]! + s;
        return Array.from({ length: pp.memberStart[slot + 1]! - pp.memberStart[slot]! }, (_, k) => `${pp.ids[pp.memberId[pp.memberStart[slot]! + k]!]}:${pp.memberTier[pp.memberStart[slot]! + k]}`).join('|');
      }).sort());
      const expected = preparePostings(fromLines, countSoft);
      const all = (pp: ReturnType<typeof preparePostings>) => Array.from({ length: pp.count }, (_, p) => one(pp, p)).sort();
      expect(all(fromBins)).toEqual(all(expected));
    }
    db.close();
  });

  it('are written for a database of version 5 when it opens, and read from the lines while missing', async () => {
    const name = `v5-${Math.random()}`;
    names.push(name);
    // Version 5's declarations, and its packs: coded lines only.
    const old = new Dexie(name);
    old.version(1).stores({ watchlist: 'key, savedAt, status, company' });
    old.version(2).stores({ seen: 'key, lastSeenAt, firstSeenAt, site' });
    old.version(3).stores({ skillDemand: 'id, required', progress: '++id, subject, week, [subject+week]', backups: '++id, takenAt' });
    old.version(4).stores({ postingIndex: 'key, seenAt, saved', postingText: 'key' });
    old.version(5).stores({ indexPacks: 'id' });
    const seenRows = POSTINGS.map((p, i) => ({ ...p, firstSeenAt: NOW - i * DAY, lastSeenAt: NOW - i * DAY, timesSeen: 1 }));
    const rows = seenRows.map((s) => indexRowFor(s.key, undefined, s)!);
    await old.table('seen').bulkPut(seenRows);
    await old.table('postingIndex').bulkPut(rows);
    await old.table('indexPacks').bulkPut(buildPacks(rows).filter((p) => p.id < BIN_BASE));
    old.close();

    const db = new SkillGapDatabase(name);
    await db.open();
    expect(db.verno).toBe(6);
    const bins = await db.indexPacks.where('id').aboveOrEqual(BIN_BASE).toArray();
    expect(bins.map((b) => b.id)).toEqual(Array.from({ length: PACK_COUNT }, (_, n) => BIN_BASE + n));
    const expected = await loadPreparedPostings(db, 30, false, NOW);
    expect(expected.count).toBe(31);
    // Without them (as if never written), the same postings come from the lines.
    await db.indexPacks.where('id').aboveOrEqual(BIN_BASE).delete();
    const fallback = await loadPreparedPostings(db, 30, false, NOW);
    expect(named(fallback)).toEqual(named(expected));
    db.close();
  });
});
