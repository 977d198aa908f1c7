import { describe, expect, it } from 'vitest';
import {
  addToPlan,
  markLearned,
  moveInPlan,
  orderWithPrerequisites,
  prerequisitesOf,
  prerequisitesOutOfOrder,
  removeFromPlan,
} from '@/lib/goals/plan';
import { EMPTY_PLAN, planSchema, type Plan } from '@/lib/model/plan';
import type { Profile } from '@/lib/model/profile';
import { sharedMatcher } from '@/lib/skills/skill-engine';
import type { Skill } from '@/lib/model/skill';

const { byId } = sharedMatcher();
const NONE: Profile = { skills: [] };
const has = (...ids: string[]): Profile => ({ skills: ids.map((id) => ({ id, level: 'working' as const, updatedAt: 0 })) });
const ids = (plan: Plan) => plan.items.map((i) => i.skillId);
const planOf = (...skillIds: string[]): Plan => ({ ...EMPTY_PLAN, items: skillIds.map((skillId) => ({ skillId, addedAt: 1 })) });

describe('prerequisites from the taxonomy', () => {
  it('takes parents as prerequisites: a language under a framework, a framework under its extension', () => {
    expect(prerequisitesOf('react', byId)).toEqual(['javascript']);
    expect(prerequisitesOf('nextjs', byId)).toEqual(['react']);
    expect(prerequisitesOf('pandas', byId)).toEqual(['python']);
    expect(prerequisitesOf('postgresql', byId)).toEqual(['sql', 'relational-databases']);
  });

  it('leaves out parents that take longer than the skill itself, except languages', () => {
    // Amazon S3 (days) is part of AWS (months); scikit-learn (weeks) of machine learning (months).
    expect(prerequisitesOf('amazon-s3', byId)).toEqual([]);
    expect(prerequisitesOf('scikit-learn', byId)).toEqual(['python']);
    expect(prerequisitesOf('no-such-skill', byId)).toEqual([]);
  });
});

describe('ordering a plan with prerequisites first', () => {
  it('inserts missing prerequisites before the skill, recursively, marked as added for it', () => {
    const plan = addToPlan(EMPTY_PLAN, 'nextjs', byId, NONE, 7);
    expect(ids(plan)).toEqual(['javascript', 'react', 'nextjs']);
    expect(plan.items).toEqual([
      { skillId: 'javascript', addedAt: 7, prerequisiteOf: 'react' },
      { skillId: 'react', addedAt: 7, prerequisiteOf: 'nextjs' },
      { skillId: 'nextjs', addedAt: 7 },
    ]);
  });

  it('skips prerequisites the profile covers, directly or through a narrower skill', () => {
    // TypeScript implies JavaScript.
    expect(ids(addToPlan(EMPTY_PLAN, 'react', byId, has('typescript')))).toEqual(['react']);
    expect(ids(addToPlan(EMPTY_PLAN, 'nextjs', byId, has('react')))).toEqual(['nextjs']);
  });

  it('moves a prerequisite already in the plan to just before the first skill that needs it, keeping its record', () => {
    const plan = orderWithPrerequisites(planOf('docker', 'react', 'kubernetes', 'javascript'), byId, has('containerization', 'container-orchestration'));
    expect(ids(plan)).toEqual(['docker', 'javascript', 'react', 'kubernetes']);
    expect(plan.items[1]).toEqual({ skillId: 'javascript', addedAt: 1 });
  });

  it('keeps the person’s order otherwise, and adds a skill only once', () => {
    const plan = planOf('sql', 'python', 'tableau');
    expect(ids(orderWithPrerequisites(plan, byId, NONE))).toEqual(['sql', 'python', 'tableau']);
    expect(addToPlan(plan, 'python', byId, NONE)).toBe(plan);
  });

  it('does not add back a prerequisite the person removed', () => {
    const plan = addToPlan(EMPTY_PLAN, 'react', byId, NONE);
    const without = removeFromPlan(plan, 'javascript');
    expect(ids(without)).toEqual(['react']);
    expect(without.dismissed).toEqual(['javascript']);
    expect(ids(orderWithPrerequisites(without, byId, NONE))).toEqual(['react']);
    // Adding it on purpose brings it back, before React, and forgets the dismissal.
    const back = addToPlan(without, 'javascript', byId, NONE, 5);
    expect(back.dismissed).toEqual([]);
    expect(back.items[0]).toEqual({ skillId: 'javascript', addedAt: 5 });
    expect(ids(back)).toEqual(['javascript', 'react']);
  });

  it('survives a cycle in the relations', () => {
    const a: Skill = { id: 'a', name: 'A', aliases: [], category: 'lang', parents: ['b'], related: [], effort: 'w' };
    const b: Skill = { id: 'b', name: 'B', aliases: [], category: 'lang', parents: ['a'], related: [], effort: 'w' };
    const cyc = new Map([['a', a], ['b', b]]);
    expect(ids(addToPlan(EMPTY_PLAN, 'a', cyc, NONE))).toEqual(['b', 'a']);
  });
});

describe('changing a plan', () => {
  it('moves a skill up or down, clamped to the ends', () => {
    const plan = planOf('a', 'b', 'c');
    expect(ids(moveInPlan(plan, 'c', -1))).toEqual(['a', 'c', 'b']);
    expect(ids(moveInPlan(plan, 'a', 1))).toEqual(['b', 'a', 'c']);
    expect(moveInPlan(plan, 'a', -5)).toBe(plan);
    expect(moveInPlan(plan, 'zzz', 1)).toBe(plan);
  });

  it('reports a skill moved ahead of its prerequisite', () => {
    expect(prerequisitesOutOfOrder(planOf('react', 'javascript'), byId)).toEqual(new Map([['react', ['javascript']]]));
    expect(prerequisitesOutOfOrder(planOf('javascript', 'react'), byId).size).toBe(0);
  });

  it('removes a skill the person added without remembering it as dismissed', () => {
    expect(removeFromPlan(planOf('sql'), 'sql')).toMatchObject({ items: [], dismissed: [] });
  });
});

describe('marking a skill learned', () => {
  it('moves it from the plan into the profile at working level and records when', () => {
    const { plan, profile } = markLearned(planOf('react', 'nextjs'), NONE, 'react', 99);
    expect(ids(plan)).toEqual(['nextjs']);
    expect(plan.learned).toEqual([{ skillId: 'react', at: 99 }]);
    expect(profile.skills).toEqual([{ id: 'react', level: 'working', updatedAt: 99 }]);
  });

  it('moves a skill being learned up to working, and keeps a higher level the person set', () => {
    const learning: Profile = { skills: [{ id: 'react', level: 'learning', updatedAt: 1, startedAt: 1 }] };
    expect(markLearned(planOf('react'), learning, 'react', 50).profile.skills[0]).toMatchObject({ level: 'working', learnedAt: 50 });
    const expert: Profile = { skills: [{ id: 'react', level: 'expert', updatedAt: 1 }] };
    expect(markLearned(planOf('react'), expert, 'react', 50).profile).toBe(expert);
  });
});

describe('the stored plan', () => {
  it('validates what is stored', () => {
    expect(planSchema.safeParse(addToPlan({ ...EMPTY_PLAN, targetDate: '2026-12-31' }, 'react', byId, NONE)).success).toBe(true);
    expect(planSchema.safeParse({ ...EMPTY_PLAN, items: [{ skillId: 'sql', addedAt: 1 }, { skillId: 'sql', addedAt: 2 }] }).success).toBe(false);
    expect(planSchema.safeParse({ ...EMPTY_PLAN, weeklyHours: 0 }).success).toBe(false);
    expect(planSchema.safeParse({ ...EMPTY_PLAN, targetDate: '31/12/2026' }).success).toBe(false);
  });
});
