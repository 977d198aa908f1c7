import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SkillGapDatabase } from '@/lib/db/database';
import { seenRepo } from '@/lib/db/seen-repo';
import { watchlistRepo } from '@/lib/db/watchlist-repo';
import { progressRepo } from '@/lib/db/progress-repo';
import { backupRepo } from '@/lib/db/backup-repo';
import { applyImport, currentData } from '@/lib/export/apply-import';
import { collectExport } from '@/lib/export/collect-export';
import { EXPORT_VERSION, type ExportDoc } from '@/lib/export/export-format';
import { describePlan, planImport } from '@/lib/export/import-plan';
import { migrateV1ToV2, exportV1Schema } from '@/lib/export/migrations/v1-to-v2';
import { parseExport } from '@/lib/export/parse-export';
import { eraseEverything } from '@/lib/export/erase-everything';
import { DEFAULT_SETTINGS } from '@/lib/model/settings';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/export', name), 'utf8');

import { memoryStore } from './memory-person-store';

describe('export format migrations', () => {
  it('brings a version 1 file with a watchlist up to version 2: numeric date, scope, settings defaults, first status step', () => {
    const v1 = exportV1Schema.parse(JSON.parse(fixture('v1-everything.json')));
    const v2 = migrateV1ToV2(v1) as ExportDoc & { scope: 'everything' };
    expect(v2).toMatchObject({ version: 2, exportedAt: Date.parse('2026-10-01T09:30:00.000Z'), scope: 'everything', viewed: [], progress: [] });
    expect(v2.settings).toEqual({ ...DEFAULT_SETTINGS, threshold: 70, countSoftSkills: true });
    expect(v2.watchlist[1]?.statusHistory).toEqual([{ status: 'saved', at: 1782000000000 }, { status: 'applied', at: 1782000000000 }]);
    expect(v2.watchlist[0]?.statusHistory).toEqual([{ status: 'saved', at: 1781000000000 }]);
  });

  it('reads version 1 files through the migration, profile-only ones as profile scope', () => {
    const everything = parseExport(fixture('v1-everything.json'));
    expect(everything).toMatchObject({ ok: true, fromVersion: 1, doc: { version: EXPORT_VERSION, scope: 'everything' } });
    const profile = parseExport(fixture('v1-profile.json'));
    expect(profile).toEqual({
      ok: true,
      fromVersion: 1,
      doc: { format: 'skillgap-export', version: 3, exportedAt: Date.parse('2026-09-12T18:00:00.000Z'), scope: 'profile', profile: { skills: [{ id: 'excel', level: 'expert', updatedAt: 1779000000000 }] } },
    });
  });
});

describe('reading an import file', () => {
  it.each([
    ['not JSON', '{"format": "skillgap-export", ', /^The file is not valid JSON \(/],
    ['another kind of JSON', '{"name": "my resume"}', /^The file is not a SkillGap export: it lacks "format": "skillgap-export"\.$/],
    ['no version', '{"format": "skillgap-export"}', /"version" is missing or not a whole number/],
    ['a newer version', '{"format": "skillgap-export", "version": 9}', /written by a newer SkillGap \(format version 9; this one reads up to 3\)/],
    [
      'a bad level',
      JSON.stringify({ format: 'skillgap-export', version: 2, exportedAt: 1, scope: 'profile', profile: { skills: [{ id: 'python', level: 'guru', updatedAt: 1 }] } }),
      /^The file does not match export format version 2: at profile\.skills\[0\]\.level, invalid option: expected one of "learning"\|"working"\|"strong"\|"expert"\.$/,
    ],
    [
      'a posting listed twice',
      JSON.stringify({ format: 'skillgap-export', version: 2, exportedAt: 1, scope: 'watchlist', watchlist: [0, 1].map(() => JSON.parse(JSON.stringify(v2Posting))) }),
      /at watchlist\[1\]\.key, the saved posting "greenhouse:1" is listed twice/,
    ],
    [
      'a bad version 1 file',
      JSON.stringify({ format: 'skillgap-export', version: 1, exportedAt: 'yesterday', profile: { skills: [] } }),
      /^The file does not match export format version 1: at exportedAt, not a date\.$/,
    ],
  ])('names the first problem of %s', (_what, text, message) => {
    const parsed = parseExport(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toMatch(message);
  });
});

const v2Posting = {
  key: 'greenhouse:1', url: 'https://boards.greenhouse.io/acme/jobs/1', site: 'greenhouse', title: 'Data Engineer', company: 'Acme', location: 'Remote',
  text: 'Requirements: Python.', skills: [{ id: 'python', name: 'Python', category: 'lang', requirement: 'required', evidence: 'Requirements: Python.' }],
  savedAt: 1000, status: 'saved', statusHistory: [{ status: 'saved', at: 1000 }], notes: '',
};

describe('export and import', () => {
  let a: SkillGapDatabase;
  let b: SkillGapDatabase;
  beforeEach(() => {
    a = new SkillGapDatabase(`export-a-${Math.random()}`);
    b = new SkillGapDatabase(`export-b-${Math.random()}`);
  });
  afterEach(async () => {
    await a.delete();
    await b.delete();
  });

  async function fill(db: SkillGapDatabase) {
    const w = watchlistRepo(db, { profileIds: async () => ['python'] });
    await w.save({ ...v2Posting, key: 'greenhouse:1' } as never, 1000);
    await w.save({ ...v2Posting, key: 'lever:2', title: 'Analyst', text: 'Excel, "quoted", and more' } as never, 2000);
    await w.setStatus('lever:2', 'interviewing', 3000);
    await w.setNotes('lever:2', 'Second round on Friday');
    const { text: _t, savedAt: _s, status: _st, statusHistory: _h, notes: _n, ...report } = v2Posting;
    await seenRepo(db).record({ ...report, key: 'indeed:3' } as never, 500);
    await progressRepo(db).record('watchlist', 42, Date.UTC(2026, 10, 4));
  }

  it('round-trips everything into a fresh profile unchanged', async () => {
    await fill(a);
    const storeA = memoryStore({ skills: [{ id: 'python', level: 'strong', years: 3, updatedAt: 10 }, { id: 'aws', level: 'learning', updatedAt: 11, startedAt: 11 }] }, { ...DEFAULT_SETTINGS, threshold: 75 });
    const exported = await collectExport(a, storeA, 'everything', 9000);
    const parsed = parseExport(JSON.stringify(exported));
    expect(parsed.ok).toBe(true);
    const storeB = memoryStore();
    await applyImport(b, storeB, (parsed as { doc: ExportDoc }).doc, 'replace', 9500);
    const again = await collectExport(b, storeB, 'everything', 9000);
    expect(again).toEqual(exported);
    // The index and demand are rebuilt in the new database.
    expect((await b.postingIndex.toCollection().primaryKeys()).sort()).toEqual(['greenhouse:1', 'indeed:3', 'lever:2']);
    expect(await b.skillDemand.get('python')).toMatchObject({ required: 3 });
  });

  it('shows what an import would add and replace before anything is written', async () => {
    await fill(a);
    const store = memoryStore({ skills: [{ id: 'python', level: 'working', updatedAt: 1 }, { id: 'go', level: 'strong', updatedAt: 1 }] });
    const doc = parseExport(fixture('v1-everything.json'));
    if (!doc.ok) throw new Error(doc.message);
    const current = await currentData(a, store);
    const names: Record<string, string> = { python: 'Python', postgresql: 'PostgreSQL', go: 'Go' };
    expect(describePlan(planImport(doc.doc, current, 'merge'), (id) => names[id] ?? id)).toEqual([
      'Profile: adds 1 skill (PostgreSQL), replaces the level or years of 1 skill (Python).',
      'Goals: no change.',
      'Learning plan: no change.',
      'Saved postings: adds 2.',
      'Viewed postings: no change.',
    ]);
    expect(describePlan(planImport(doc.doc, current, 'replace'), (id) => names[id] ?? id)).toEqual([
      'Profile: adds 1 skill (PostgreSQL), replaces the level or years of 1 skill (Python), removes 1 skill (Go).',
      'Settings: replaced by the file’s.',
      'Goals: no change.',
      'Learning plan: no change.',
      'Saved postings: adds 2, removes 2.',
      'Viewed postings: removes 1.',
      'Progress history: removes 1.',
    ]);
    // Planning changed nothing.
    expect(await a.watchlist.count()).toBe(2);
    expect(store.profile.skills.map((s) => s.id)).toEqual(['python', 'go']);
  });

  it('merges: the file’s skills and postings win, everything else is kept', async () => {
    await fill(a);
    const store = memoryStore({ skills: [{ id: 'python', level: 'working', updatedAt: 1 }, { id: 'go', level: 'strong', updatedAt: 1 }] });
    const doc = parseExport(fixture('v1-everything.json'));
    if (!doc.ok) throw new Error(doc.message);
    const result = await applyImport(a, store, doc.doc, 'merge');
    expect(result).toEqual({});
    expect(store.profile.skills.map((s) => [s.id, s.level])).toEqual([['python', 'strong'], ['go', 'strong'], ['postgresql', 'working']]);
    expect(store.settings).toEqual(DEFAULT_SETTINGS);
    expect((await a.watchlist.orderBy('key').toArray()).map((p) => [p.key, p.status])).toEqual([['greenhouse:1', 'saved'], ['greenhouse:4012345', 'saved'], ['lever:2', 'interviewing'], ['lever:acme-1', 'applied']]);
    expect(await a.seen.count()).toBe(1);
    expect(await watchlistRepo(a).text('lever:acme-1')).toBe('We use SQL.');
  });

  it('replacing keeps a backup that restores the data as it was', async () => {
    await fill(a);
    const store = memoryStore({ skills: [{ id: 'go', level: 'strong', updatedAt: 1 }] });
    const before = await collectExport(a, store, 'everything', 1);
    const doc = parseExport(fixture('v1-profile.json'));
    if (!doc.ok) throw new Error(doc.message);
    const { backupId } = await applyImport(a, store, doc.doc, 'replace', 7000);
    expect(store.profile.skills.map((s) => s.id)).toEqual(['excel']);
    // A profile file replaces the profile only.
    expect(await a.watchlist.count()).toBe(2);

    const backup = await backupRepo(a).get(backupId!);
    expect(backup).toMatchObject({ takenAt: 7000, reason: 'Before importing a profile file (replace)' });
    const restored = parseExport(backup!.json);
    if (!restored.ok) throw new Error(restored.message);
    await applyImport(a, store, restored.doc, 'replace', 8000);
    expect(await collectExport(a, store, 'everything', 1)).toEqual(before);
    expect((await backupRepo(a).list()).map((x) => x.takenAt)).toEqual([8000, 7000]);
  });

  it('keeps only the five newest backups', async () => {
    const repo = backupRepo(a);
    for (let i = 1; i <= 7; i++) await repo.add(`b${i}`, '{}', i);
    expect((await repo.list()).map((x) => x.reason)).toEqual(['b7', 'b6', 'b5', 'b4', 'b3']);
  });

  it('erases everything on request', async () => {
    await fill(a);
    const store = memoryStore({ skills: [{ id: 'go', level: 'strong', updatedAt: 1 }] }, { ...DEFAULT_SETTINGS, threshold: 50 });
    await eraseEverything(a, store);
    expect(store.profile).toEqual({ skills: [] });
    expect(store.settings).toEqual(DEFAULT_SETTINGS);
    for (const t of a.tables) expect(await t.count()).toBe(0);
  });
});
