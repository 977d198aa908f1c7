import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SkillGapDatabase } from '@/lib/db/database';
import { loadGoalPostings, loadGoalPostingsFromRecords } from '@/lib/db/goal-source';
import { TITLE_BASE } from '@/lib/db/index-packs';
import { rebuildPostingIndex } from '@/lib/db/posting-index';
import { seenRepo } from '@/lib/db/seen-repo';
import { watchlistRepo } from '@/lib/db/watchlist-repo';
import { goalForRole, goalFromTitle } from '@/lib/goals/goal';
import { goalCards } from '@/lib/goals/goal-cards';
import type { Goal } from '@/lib/model/goal';
import type { PostingSnapshot, SavedSkill } from '@/lib/model/posting';
import type { Profile } from '@/lib/model/profile';
import { loadTaxonomy } from '@/lib/taxonomy/load-taxonomy';

// Goals reads the packed index (lib/db/goal-source.ts) instead of every full record: on the same data the
// Goals view must show exactly what it showed from the records, whichever way the packs were written.

const byId = new Map(loadTaxonomy().skills.map((s) => [s.id, s]));
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 2);
const sk = (id: string, requirement: SavedSkill['requirement'], extra: Partial<SavedSkill> = {}): SavedSkill => ({ id, name: id, category: 'lang', requirement, evidence: `We use ${id}.`, ...extra });
const posting = (key: string, title: string, company: string, skills: SavedSkill[]): PostingSnapshot => ({
  key, url: `https://boards.greenhouse.io/${company.toLowerCase()}/jobs/${key}`, site: 'greenhouse', title, company, location: 'Remote', text: `${title} at ${company}.`, skills,
});
const viewed = (p: PostingSnapshot) => {
  const { text: _text, ...report } = p;
  return report;
};

const DATA_ENGINEER = [sk('python', 'required'), sk('sql', 'required'), sk('apache-spark', 'preferred'), sk('apache-airflow', 'preferred', { group: 1 }), sk('dbt', 'preferred', { group: 1 })];
const POSTINGS = [
  posting('1', 'Senior Data Engineer', 'Northwind', DATA_ENGINEER),
  posting('2', 'Data Engineer', 'Acme', [...DATA_ENGINEER, sk('communication', 'required', { soft: true }), sk('aws', 'mentioned', { incidental: true })]),
  posting('3', 'Data Engineer (Streaming)', 'Globex', [sk('apache-kafka', 'required'), sk('python', 'preferred'), sk('scala', 'mentioned')]),
  posting('4', 'Backend Engineer', 'Initech', [sk('go', 'required'), sk('postgresql', 'required'), sk('kubernetes', 'preferred')]),
  posting('5', 'Data Engineer', 'Hooli', [sk('sql', 'required'), sk('snowflake', 'required')]),
  posting('6', 'Platform Wrangler', 'Stark', [sk('terraform', 'required'), sk('python', 'required')]),
];
const GOALS: Goal[] = [goalForRole('data-engineer', T0), goalForRole('backend-developer', T0), goalFromTitle('Platform Wrangler', T0)!];
const PROFILE: Profile = { skills: [{ id: 'python', level: 'strong', updatedAt: T0 }, { id: 'postgresql', level: 'working', updatedAt: T0 }, { id: 'dbt', level: 'learning', updatedAt: T0 }] };

/** The Goals view's cards, as the person would see them, from each source. */
async function cardsFrom(db: SkillGapDatabase) {
  const settings = { countSoftSkills: false };
  const [packed, records] = await Promise.all([loadGoalPostings(db), loadGoalPostingsFromRecords(db)]);
  const view = (postings: typeof packed) =>
    goalCards(GOALS, postings, PROFILE, byId, settings).map((c) => ({
      goal: c.goal.id,
      roleProfile: c.roleProfile,
      coverage: c.coverage,
      postings: c.postings.map(({ posting: p, score }) => ({ key: p.key, title: p.title, company: p.company, url: p.url, saved: p.saved, score })),
    }));
  return { packed: view(packed), records: view(records), keys: packed.map((p) => p.key) };
}

describe('Goals from the packed index', () => {
  let db: SkillGapDatabase;
  beforeEach(async () => {
    db = new SkillGapDatabase(`goals-packed-${Math.random()}`);
    const seen = seenRepo(db);
    const watchlist = watchlistRepo(db, { profileIds: async () => ['python'] });
    for (const [i, p] of POSTINGS.entries()) await seen.record(viewed(p), T0 + i * DAY);
    await watchlist.save(POSTINGS[1]!, T0 + 10 * DAY);
    // Saved again under a new title: only the title changes, and Goals must follow it.
    await watchlist.save({ ...POSTINGS[3]!, title: 'Backend Engineer, Payments' }, T0 + 11 * DAY);
    await watchlist.save({ ...POSTINGS[3]!, title: 'Senior Backend Engineer' }, T0 + 12 * DAY);
    // Saved without ever being viewed.
    await watchlist.save(posting('7', 'Data Engineer II', 'Umbrella', [sk('python', 'required'), sk('aws', 'preferred')]), T0 + 13 * DAY);
    await watchlist.save(posting('8', 'Analytics Engineer', 'Wayne', [sk('dbt', 'required')]), T0 + 14 * DAY);
    await watchlist.remove('8');
  });
  afterEach(async () => {
    await db.delete();
  });

  it('shows what the records show, kept up to date one change at a time', async () => {
    const { packed, records, keys } = await cardsFrom(db);
    expect(keys).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(packed).toEqual(records);
    const dataEngineer = packed.find((c) => c.goal === 'role:data-engineer')!;
    expect(dataEngineer.postings.map((p) => p.key)).toEqual(['2', '7', '1', '5', '3']);
    expect(dataEngineer.roleProfile.postings).toBe(5);
    expect(packed.find((c) => c.goal === 'role:backend-developer')?.postings.map((p) => p.title)).toEqual(['Senior Backend Engineer']);
    expect(packed.find((c) => c.goal.startsWith('own:'))?.postings.map((p) => p.company)).toEqual(['Stark']);
  });

  it('shows the same after a rebuild of the index', async () => {
    await rebuildPostingIndex(db);
    expect(await db.indexPacks.where('id').aboveOrEqual(TITLE_BASE).count()).toBeGreaterThan(0);
    const { packed, records } = await cardsFrom(db);
    expect(packed).toEqual(records);
  });

  it('takes titles from the records where packs were written before their title records existed', async () => {
    await db.indexPacks.where('id').aboveOrEqual(TITLE_BASE).delete();
    const { packed, records } = await cardsFrom(db);
    expect(packed).toEqual(records);
    // A later change to such a pack does not write a title record that would lack its other postings.
    await seenRepo(db).record(viewed(POSTINGS[0]!), T0 + 20 * DAY);
    const after = await cardsFrom(db);
    expect(after.packed).toEqual(after.records);
  });
});
