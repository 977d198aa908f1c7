import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SkillGapDatabase } from '@/lib/db/database';
import { progressRepo, weekStart } from '@/lib/db/progress-repo';
import { goalForRole } from '@/lib/goals/goal';
import { goalReadings, goalSubject, isoWeekLabel, progressSeries } from '@/lib/goals/progress';
import { buildRoleProfile } from '@/lib/goals/role-profile';
import { sharedMatcher } from '@/lib/skills/skill-engine';

const { byId } = sharedMatcher();
const DAY = 86_400_000;

describe('weeks', () => {
  it('labels ISO weeks, including the ones that straddle a new year', () => {
    expect(isoWeekLabel(Date.UTC(2026, 0, 5))).toBe('2026-W02');
    expect(isoWeekLabel(Date.UTC(2025, 11, 29))).toBe('2026-W01');
    expect(isoWeekLabel(Date.UTC(2026, 11, 28))).toBe('2026-W53');
    expect(isoWeekLabel(Date.UTC(2027, 0, 4))).toBe('2027-W01');
    expect(isoWeekLabel(weekStart(Date.UTC(2026, 10, 25, 15)))).toBe('2026-W48');
  });
});

describe('goal readings and series', () => {
  const goal = goalForRole('data-engineer', 0);
  const rp = buildRoleProfile(goal, [], {
    roleId: 'data-engineer',
    source: 'hand',
    postings: 0,
    skills: [
      { id: 'sql', frequency: 0.5, requiredShare: 1 },
      { id: 'python', frequency: 0.5, requiredShare: 1 },
    ],
  });

  it('reads each goal’s coverage score; a goal without skills gives no reading', () => {
    const own = { ...goalForRole('data-analyst', 0), id: 'own:nothing' };
    const readings = goalReadings([goal, own], new Map([[goal.id, rp], [own.id, { ...rp, goalId: own.id, required: [], preferred: [] }]]), { skills: [{ id: 'mysql', level: 'working', updatedAt: 0 }] }, byId);
    // MySQL covers SQL: half of the asks.
    expect(readings).toEqual([{ subject: 'goal:role:data-engineer', value: 50 }]);
  });

  it('groups snapshots into weekly series in the order given, the latest reading of a week winning', () => {
    const w1 = Date.UTC(2026, 0, 5);
    const w2 = w1 + 7 * DAY;
    const series = progressSeries(
      [
        { subject: 'watchlist', week: w2, value: 40, takenAt: w2 + 5 },
        { subject: goalSubject(goal.id), week: w2, value: 60, takenAt: w2 + 1 },
        { subject: goalSubject(goal.id), week: w1, value: 20, takenAt: w1 + 1 },
        { subject: goalSubject(goal.id), week: w1, value: 30, takenAt: w1 + 9 },
        { subject: 'goal:role:gone', week: w1, value: 99, takenAt: w1 },
      ],
      new Map([[goalSubject(goal.id), 'Data Engineer'], ['watchlist', 'Saved postings'], ['goal:role:nothing-yet', 'Nothing']]),
    );
    expect(series).toEqual([
      { subject: 'goal:role:data-engineer', label: 'Data Engineer', points: [{ week: w1, value: 30 }, { week: w2, value: 60 }] },
      { subject: 'watchlist', label: 'Saved postings', points: [{ week: w2, value: 40 }] },
    ]);
  });
});

describe('goal snapshots in the database', () => {
  let db: SkillGapDatabase;
  beforeEach(() => {
    db = new SkillGapDatabase(`goals-progress-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('keeps one snapshot per goal and week, and charts them week by week', async () => {
    const repo = progressRepo(db);
    const subject = goalSubject('role:data-engineer');
    const monday = Date.UTC(2026, 10, 23, 9);
    await repo.record(subject, 20, monday);
    await repo.record(subject, 35, monday + 2 * DAY);
    await repo.record(subject, 50, monday + 7 * DAY);
    const rows = await db.progress.toArray();
    expect(rows).toHaveLength(2);
    const [line] = progressSeries(rows, new Map([[subject, 'Data Engineer']]));
    expect(line?.points).toEqual([
      { week: weekStart(monday), value: 35 },
      { week: weekStart(monday + 7 * DAY), value: 50 },
    ]);
  });
});
