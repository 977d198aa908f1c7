import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_GOALS } from '@/lib/model/goal';
import { goalForRole, goalFromTitle } from '@/lib/goals/goal';
import { EMPTY_GOALS_EXPORT, goalsExportSchema, mergeGoals, mergePlans } from '@/lib/goals/goals-export';
import { EMPTY_PLAN, type Plan } from '@/lib/model/plan';
import { goalsStorage, planStorage, readGoals, readPlan } from '@/lib/storage/goals-storage';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('goals and plan storage items', () => {
  it('start empty and read back what was written', async () => {
    expect(await readGoals()).toEqual(EMPTY_GOALS);
    expect(await readPlan()).toEqual(EMPTY_PLAN);
    const goals = { goals: [goalForRole('data-engineer', 1)] };
    const plan: Plan = { ...EMPTY_PLAN, items: [{ skillId: 'sql', addedAt: 2 }], weeklyHours: 6, targetDate: '2027-03-01', goalId: 'role:data-engineer' };
    await goalsStorage.setValue(goals);
    await planStorage.setValue(plan);
    expect(await readGoals()).toEqual(goals);
    expect(await readPlan()).toEqual(plan);
  });

  it('ignore a stored value that is not valid, saying so, and leave it as it is', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await planStorage.setValue({ ...EMPTY_PLAN, weeklyHours: -3 });
    expect(await readPlan()).toEqual(EMPTY_PLAN);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('learning plan is not valid'));
    expect((await planStorage.getValue()).weeklyHours).toBe(-3);
  });
});

describe('goals in the export', () => {
  const de = goalForRole('data-engineer', 1);
  const own = goalFromTitle('Growth Hacker', 2)!;

  it('validates the fields goals add to an export, and what an older file migrates to', () => {
    expect(goalsExportSchema.parse({ goals: [de, own], plan: EMPTY_PLAN })).toEqual({ goals: [de, own], plan: EMPTY_PLAN });
    expect(goalsExportSchema.safeParse(EMPTY_GOALS_EXPORT).success).toBe(true);
    expect(goalsExportSchema.safeParse({ goals: [de, de], plan: EMPTY_PLAN }).success).toBe(false);
    expect(goalsExportSchema.safeParse({ goals: [], plan: { ...EMPTY_PLAN, items: [{ skillId: 'Not An Id', addedAt: 1 }] } }).success).toBe(false);
  });

  it('merges imported goals after the person’s own, without duplicates', () => {
    expect(mergeGoals({ goals: [de] }, [own, de]).goals.map((g) => g.id)).toEqual(['role:data-engineer', 'own:growth-hacker']);
  });

  it('merges an imported plan after the person’s own order, keeping their pace unless their plan is empty', () => {
    const mine: Plan = { ...EMPTY_PLAN, items: [{ skillId: 'sql', addedAt: 1 }], weeklyHours: 3, dismissed: ['javascript'], learned: [{ skillId: 'git', at: 5 }] };
    const theirs: Plan = { ...EMPTY_PLAN, items: [{ skillId: 'python', addedAt: 2 }, { skillId: 'sql', addedAt: 2 }], weeklyHours: 10, targetDate: '2027-01-01', learned: [{ skillId: 'excel', at: 1 }] };
    const merged = mergePlans(mine, theirs);
    expect(merged.items.map((i) => i.skillId)).toEqual(['sql', 'python']);
    expect(merged).toMatchObject({ weeklyHours: 3, targetDate: null, dismissed: ['javascript'], learned: [{ skillId: 'excel', at: 1 }, { skillId: 'git', at: 5 }] });
    expect(mergePlans(EMPTY_PLAN, theirs)).toMatchObject({ weeklyHours: 10, targetDate: '2027-01-01' });
  });
});
