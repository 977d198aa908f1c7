import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupRepo } from '@/lib/db/backup-repo';
import { SkillGapDatabase } from '@/lib/db/database';
import { progressRepo } from '@/lib/db/progress-repo';
import { applyImport, currentData } from '@/lib/export/apply-import';
import { collectExport } from '@/lib/export/collect-export';
import { eraseEverything } from '@/lib/export/erase-everything';
import { DEFAULT_OVERLAY_PREFS } from '@/lib/model/overlay-prefs';
import { overlayPrefsStorage, readOverlayPrefs, readStoplist, stoplistStorage } from '@/lib/storage/overlay-storage';
import { EXPORT_VERSION, type ExportDoc } from '@/lib/export/export-format';
import { describePlan, planImport, type ImportMode } from '@/lib/export/import-plan';
import { EXPORT_MIGRATIONS } from '@/lib/export/migrations/index';
import { exportV2Schema, migrateV2ToV3 } from '@/lib/export/migrations/v2-to-v3';
import { parseExport } from '@/lib/export/parse-export';
import { storagePersonStore } from '@/lib/export/storage-person-store';
import { EMPTY_GOALS, MAX_GOALS, type Goal } from '@/lib/model/goal';
import { goalForRole, goalFromTitle } from '@/lib/goals/goal';
import { EMPTY_PLAN, type Plan } from '@/lib/model/plan';
import { goalSubject } from '@/lib/goals/progress';
import { DEFAULT_SETTINGS } from '@/lib/model/settings';
import { goalsStorage, planStorage, readGoals, readPlan } from '@/lib/storage/goals-storage';
import { memoryStore } from './memory-person-store';

const fixtureText = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/export', name), 'utf8');
const fixture = (name: string) => JSON.parse(fixtureText(name)) as Record<string, unknown> & { progress: { subject: string }[]; watchlist: unknown[] };

const NAMES: Record<string, string> = { python: 'Python', sql: 'SQL', go: 'Go', 'apache-spark': 'Apache Spark', dbt: 'dbt', kafka: 'Apache Kafka' };
const nameOf = (id: string) => NAMES[id] ?? id;

const DE = goalForRole('data-engineer', 1000);
const DA = goalForRole('data-analyst', 1001);
const OWN = goalFromTitle('Growth Hacker', 1002)!;

/** A plan with two skills, a pace, a date and a goal, as the plan view leaves one. */
const PLAN: Plan = {
  items: [
    { skillId: 'apache-spark', addedAt: 2000 },
    { skillId: 'dbt', addedAt: 2001 },
  ],
  weeklyHours: 6,
  targetDate: '2027-03-01',
  goalId: DE.id,
  dismissed: ['java'],
  learned: [{ skillId: 'sql', at: 1500 }],
};

const everythingDoc = (more: Partial<Extract<ExportDoc, { scope: 'everything' }>> = {}): ExportDoc => ({
  format: 'skillgap-export',
  version: EXPORT_VERSION,
  exportedAt: 5000,
  scope: 'everything',
  profile: { skills: [] },
  settings: DEFAULT_SETTINGS,
  watchlist: [],
  viewed: [],
  progress: [],
  goals: [],
  plan: EMPTY_PLAN,
  ...more,
});

describe('export format version 2 → 3', () => {
  it('is registered after version 1 → 2, and the format now writes version 3', () => {
    expect(EXPORT_VERSION).toBe(3);
    expect(EXPORT_MIGRATIONS.map((m) => m.from)).toEqual([1, 2]);
    expect(EXPORT_MIGRATIONS[1]).toMatchObject({ schema: exportV2Schema, up: migrateV2ToV3 });
  });

  it('migrates a file of everything written by version 2: every field kept, goals and plan empty', () => {
    const v2 = fixture('v2-everything.json');
    expect(v2).toMatchObject({ version: 2, scope: 'everything' });
    const parsed = parseExport(JSON.stringify(v2));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.fromVersion).toBe(2);
    const { goals, plan, ...rest } = parsed.doc as Extract<ExportDoc, { scope: 'everything' }>;
    // Nothing lost, nothing changed: the version 2 document field for field, saved postings' profileAtSave included.
    expect(rest).toEqual({ ...v2, version: 3 });
    expect(goals).toEqual([]);
    expect(plan).toEqual(EMPTY_PLAN);
    // The goal's coverage history version 2 recorded is still there, for a goal set again later.
    expect(rest.progress.filter((p) => p.subject === goalSubject(DE.id)).map((p) => p.value)).toEqual([41, 57]);
    expect(rest.watchlist.map((p) => [p.key, p.status, p.notes, p.profileAtSave])).toEqual([
      ['greenhouse:9101', 'saved', '', ['python', 'sql', 'apache-spark']],
      ['greenhouse:9102', 'interviewing', 'Second round on Friday, =bring portfolio', ['python', 'sql', 'apache-spark']],
    ]);
  });

  it('migrates a version 2 file of the profile alone, or of the watchlist alone, changing only the version', () => {
    const profile = fixture('v2-profile.json');
    expect(parseExport(JSON.stringify(profile))).toEqual({ ok: true, fromVersion: 2, doc: { ...profile, version: 3 } });
    const v2 = fixture('v2-everything.json');
    const watchlist = { format: v2.format, version: 2, exportedAt: v2.exportedAt, scope: 'watchlist', watchlist: v2.watchlist };
    expect(parseExport(JSON.stringify(watchlist))).toEqual({ ok: true, fromVersion: 2, doc: { ...watchlist, version: 3 } });
  });

  it('migrates step by step: its output does not share the empty plan with other files', () => {
    const v2 = exportV2Schema.parse(fixture('v2-everything.json'));
    const a = migrateV2ToV3(v2) as { plan: Plan };
    a.plan.items.push({ skillId: 'go', addedAt: 1 });
    expect((migrateV2ToV3(v2) as { plan: Plan }).plan).toEqual(EMPTY_PLAN);
    expect(EMPTY_PLAN.items).toEqual([]);
  });

  it('reports a problem in a version 2 file against version 2', () => {
    const v2 = fixture('v2-everything.json');
    const parsed = parseExport(JSON.stringify({ ...v2, settings: { ...(v2.settings as object), threshold: 400 } }));
    expect(parsed).toEqual({ ok: false, message: 'The file does not match export format version 2: at settings.threshold, too big: expected number to be <=100.' });
  });
});

describe('goals and plan in the export', () => {
  let a: SkillGapDatabase;
  let b: SkillGapDatabase;
  beforeEach(() => {
    a = new SkillGapDatabase(`goals-a-${Math.random()}`);
    b = new SkillGapDatabase(`goals-b-${Math.random()}`);
  });
  afterEach(async () => {
    await a.delete();
    await b.delete();
  });

  it('exports the goals in the person’s order and the plan whole, and imports them into a fresh profile unchanged', async () => {
    const storeA = memoryStore({ skills: [{ id: 'python', level: 'strong', updatedAt: 10 }] }, DEFAULT_SETTINGS, { goals: { goals: [OWN, DE] }, plan: PLAN });
    await progressRepo(a).record(goalSubject(DE.id), 44, Date.UTC(2026, 10, 4));
    const exported = await collectExport(a, storeA, 'everything', 9000);
    expect(exported).toMatchObject({ version: 3, goals: [OWN, DE], plan: PLAN, progress: [{ subject: 'goal:role:data-engineer', value: 44 }] });
    // Only a file of everything carries them.
    expect(Object.keys(await collectExport(a, storeA, 'profile', 9000))).not.toContain('goals');
    expect(Object.keys(await collectExport(a, storeA, 'watchlist', 9000))).not.toContain('plan');

    const parsed = parseExport(JSON.stringify(exported));
    if (!parsed.ok) throw new Error(parsed.message);
    const storeB = memoryStore();
    await applyImport(b, storeB, parsed.doc, 'replace', 9500);
    expect(storeB.goals).toEqual({ goals: [OWN, DE] });
    expect(storeB.plan).toEqual(PLAN);
    expect(await collectExport(b, storeB, 'everything', 9000)).toEqual(exported);
  });

  it.each([
    ['a goal id of the wrong form', { goals: [{ ...DE, id: 'job:data' }] }, 'at goals[0].id, a goal id is "role:…" or "own:…".'],
    ['a goal listed twice', { goals: [DE, OWN, DE] }, 'at goals[2].id, the goal "role:data-engineer" is listed twice.'],
    ['a goal without a title', { goals: [{ ...OWN, title: '  ' }] }, 'at goals[0].title, too small: expected string to have >=1 characters.'],
    ['more goals than are kept', { goals: Array.from({ length: MAX_GOALS + 1 }, (_, i) => goalFromTitle(`Role ${'x'.repeat(i + 1)}`, 1)) }, 'at goals, too big: expected array to have <=8 items.'],
    ['goals that are not a list', { goals: { DE } }, 'at goals, invalid input: expected array, received object.'],
    ['no plan', { plan: undefined }, 'at plan, invalid input: expected object, received undefined.'],
    ['a skill in the plan twice', { plan: { ...PLAN, items: [...PLAN.items, { skillId: 'apache-spark', addedAt: 3 }] } }, 'at plan.items[2].skillId, the skill "apache-spark" is in the plan twice.'],
    ['a plan skill id that is not one', { plan: { ...PLAN, items: [{ skillId: 'Apache Spark', addedAt: 1 }] } }, 'at plan.items[0].skillId, a skill id is lowercase words joined by hyphens.'],
    ['no weekly hours', { plan: { ...PLAN, weeklyHours: 0 } }, 'at plan.weeklyHours, too small: expected number to be >=0.5.'],
    ['a target date in another form', { plan: { ...PLAN, targetDate: '01/03/2027' } }, 'at plan.targetDate, a date is written YYYY-MM-DD.'],
  ])('rejects an import file with %s, naming the problem, before anything is written', async (_what, change, where) => {
    const store = memoryStore({ skills: [{ id: 'go', level: 'strong', updatedAt: 1 }] }, DEFAULT_SETTINGS, { goals: { goals: [DA] }, plan: PLAN });
    const text = JSON.stringify({ ...everythingDoc({ goals: [DE], plan: PLAN }), ...change });
    const parsed = parseExport(text);
    expect(parsed).toEqual({ ok: false, message: `The file does not match export format version 3: ${where}` });
    // The dashboard only applies a file that parsed; the person's data is as it was.
    expect(store.writes).toBe(0);
    expect(await currentData(a, store)).toMatchObject({ goals: [DA], plan: PLAN });
  });

  it('previews, then merges: the person’s goals and plan first, the file’s added after, their pace kept', async () => {
    const mine: Plan = { ...EMPTY_PLAN, items: [{ skillId: 'go', addedAt: 1 }, { skillId: 'dbt', addedAt: 2 }], weeklyHours: 3 };
    const store = memoryStore({ skills: [] }, DEFAULT_SETTINGS, { goals: { goals: [DA, DE] }, plan: mine });
    const doc = everythingDoc({ goals: [DE, OWN], plan: PLAN });
    const preview = describePlan(planImport(doc, await currentData(a, store), 'merge'), nameOf);
    expect(preview).toContain('Goals: adds 1 goal (Growth Hacker).');
    expect(preview).toContain('Learning plan: adds 1 skill (Apache Spark).');
    expect(store.writes).toBe(0);

    await applyImport(a, store, doc, 'merge');
    expect(store.goals.goals.map((g) => g.title)).toEqual(['Data Analyst', 'Data Engineer', 'Growth Hacker']);
    expect(store.plan).toEqual({ ...mine, items: [...mine.items, PLAN.items[0]], dismissed: ['java'], learned: [{ skillId: 'sql', at: 1500 }] });
    expect(store.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('a merge into an empty plan takes the file’s pace, date and goal, and says so', async () => {
    const store = memoryStore();
    const doc = everythingDoc({ goals: [DE], plan: PLAN });
    expect(describePlan(planImport(doc, await currentData(a, store), 'merge'), nameOf)).toEqual([
      'Profile: no change.',
      'Goals: adds 1 goal (Data Engineer).',
      'Learning plan: adds 2 skills (Apache Spark, dbt), sets the weekly hours, target date and goal to the file’s.',
      'Saved postings: no change.',
      'Viewed postings: no change.',
    ]);
    await applyImport(a, store, doc, 'merge');
    expect(store.plan).toEqual(PLAN);
  });

  it('a merge that would go past the most goals kept says which are left out', async () => {
    const full = Array.from({ length: MAX_GOALS }, (_, i) => goalFromTitle(`Title ${'q'.repeat(i + 1)}`, 1) as Goal);
    const store = memoryStore({ skills: [] }, DEFAULT_SETTINGS, { goals: { goals: full } });
    const doc = everythingDoc({ goals: [DE, OWN] });
    expect(describePlan(planImport(doc, await currentData(a, store), 'merge'), nameOf)).toContain(
      'Goals: leaves out 2 (Data Engineer, Growth Hacker): 8 goals are the most kept.',
    );
    await applyImport(a, store, doc, 'merge');
    expect(store.goals.goals).toEqual(full);
  });

  it('previews, then replaces: goals and plan become the file’s, and the backup holds the ones replaced', async () => {
    const mine: Plan = { ...EMPTY_PLAN, items: [{ skillId: 'go', addedAt: 1 }, { skillId: 'dbt', addedAt: 2 }], weeklyHours: 3, goalId: DA.id };
    const store = memoryStore({ skills: [] }, DEFAULT_SETTINGS, { goals: { goals: [DA, DE] }, plan: mine });
    const before = await collectExport(a, store, 'everything', 1);
    const doc = everythingDoc({ goals: [DE, OWN], plan: PLAN });
    const preview = describePlan(planImport(doc, await currentData(a, store), 'replace'), nameOf);
    expect(preview).toContain('Goals: adds 1 goal (Growth Hacker), removes 1 goal (Data Analyst).');
    expect(preview).toContain('Learning plan: adds 1 skill (Apache Spark), removes 1 skill (Go), sets the weekly hours, target date and goal to the file’s.');

    const { backupId } = await applyImport(a, store, doc, 'replace', 7000);
    expect(store.goals).toEqual({ goals: [DE, OWN] });
    expect(store.plan).toEqual(PLAN);

    const backup = parseExport((await backupRepo(a).get(backupId!))!.json);
    if (!backup.ok) throw new Error(backup.message);
    expect(backup.doc).toMatchObject({ goals: [DA, DE], plan: mine });
    await applyImport(a, store, backup.doc, 'replace', 8000);
    expect(store.goals).toEqual({ goals: [DA, DE] });
    expect(store.plan).toEqual(mine);
    expect(await collectExport(a, store, 'everything', 1)).toEqual(before);
  });

  it('replacing by a version 2 file empties goals and plan, and the preview says so first', async () => {
    const store = memoryStore({ skills: [] }, DEFAULT_SETTINGS, { goals: { goals: [DE] }, plan: PLAN });
    const parsed = parseExport(fixtureText('v2-everything.json'));
    if (!parsed.ok) throw new Error(parsed.message);
    const preview = describePlan(planImport(parsed.doc, await currentData(a, store), 'replace'), nameOf);
    expect(preview).toContain('Goals: removes 1 goal (Data Engineer).');
    expect(preview).toContain('Learning plan: removes 2 skills (Apache Spark, dbt), sets the weekly hours, target date and goal to the file’s.');
    // Merging the same file keeps them.
    expect(describePlan(planImport(parsed.doc, await currentData(a, store), 'merge'), nameOf)).toContain('Goals: no change.');
    await applyImport(a, store, parsed.doc, 'replace', 7000);
    expect(store.goals).toEqual(EMPTY_GOALS);
    expect(store.plan).toEqual(EMPTY_PLAN);
  });

  it.each<ImportMode>(['merge', 'replace'])('a profile file leaves goals and plan alone (%s)', async (mode) => {
    const store = memoryStore({ skills: [] }, DEFAULT_SETTINGS, { goals: { goals: [DE] }, plan: PLAN });
    const doc = parseExport(fixtureText('v2-profile.json'));
    if (!doc.ok) throw new Error(doc.message);
    expect(describePlan(planImport(doc.doc, await currentData(a, store), mode), nameOf).join(' ')).not.toMatch(/Goals|Learning plan/);
    await applyImport(a, store, doc.doc, mode, 7000);
    expect(store.goals).toEqual({ goals: [DE] });
    expect(store.plan).toEqual(PLAN);
  });

  it('erasing everything empties goals and plan too', async () => {
    const store = memoryStore({ skills: [] }, DEFAULT_SETTINGS, { goals: { goals: [DE, OWN] }, plan: PLAN });
    await eraseEverything(a, store);
    expect(store.goals).toEqual(EMPTY_GOALS);
    expect(store.plan).toEqual(EMPTY_PLAN);
  });
});

describe('the extension’s storage as the person store', () => {
  let db: SkillGapDatabase;
  beforeEach(() => {
    db = new SkillGapDatabase(`goals-storage-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('exports the stored goals and plan, imports into them, and erases them', async () => {
    await goalsStorage.setValue({ goals: [DE, OWN] });
    await planStorage.setValue(PLAN);
    const exported = await collectExport(db, storagePersonStore, 'everything', 1);
    expect(exported).toMatchObject({ goals: [DE, OWN], plan: PLAN });

    await applyImport(db, storagePersonStore, everythingDoc({ goals: [DA], plan: { ...PLAN, items: [PLAN.items[1]!], goalId: DA.id } }), 'replace', 2);
    expect(await readGoals()).toEqual({ goals: [DA] });
    expect((await readPlan()).items.map((i) => i.skillId)).toEqual(['dbt']);

    await overlayPrefsStorage.setValue({ minimized: true, highlights: true, hiddenSites: ['www.indeed.com'] });
    await stoplistStorage.setValue({ 'www.linkedin.com': ['go'] });
    await eraseEverything(db, storagePersonStore);
    expect(await readGoals()).toEqual(EMPTY_GOALS);
    expect(await readPlan()).toEqual(EMPTY_PLAN);
    // What the person set on job pages goes too.
    expect(await readOverlayPrefs()).toEqual(DEFAULT_OVERLAY_PREFS);
    expect(await readStoplist()).toEqual({});
  });

  it('refuses to store goals or a plan that are not valid, keeping what was stored', async () => {
    await goalsStorage.setValue({ goals: [DE] });
    await planStorage.setValue(PLAN);
    await expect(storagePersonStore.writeGoals({ goals: [DE, DE] })).rejects.toThrow(/a goal is listed twice/);
    await expect(storagePersonStore.writePlan({ ...PLAN, weeklyHours: 500 })).rejects.toThrow();
    expect(await readGoals()).toEqual({ goals: [DE] });
    expect(await readPlan()).toEqual(PLAN);
  });
});
