import { describe, expect, it } from 'vitest';
import { addDays, checkTarget, daysBetween, EFFORT_HOURS, estimateCompletion, goalReachedOn } from '@/lib/goals/plan';
import { EMPTY_PLAN, type Plan } from '@/lib/model/plan';
import { sharedMatcher } from '@/lib/skills/skill-engine';

const { byId } = sharedMatcher();
const planOf = (weeklyHours: number, ...skillIds: string[]): Plan => ({ ...EMPTY_PLAN, weeklyHours, items: skillIds.map((skillId) => ({ skillId, addedAt: 0 })) });
const START = '2026-01-05';

describe('estimating when a plan is done (hand-computed)', () => {
  it('uses the documented hours per effort class', () => {
    expect(EFFORT_HOURS).toEqual({ d: 8, w: 40, m: 160 });
    expect([byId.get('jquery')?.effort, byId.get('react')?.effort, byId.get('python')?.effort]).toEqual(['d', 'w', 'm']);
  });

  it('jQuery (days), React (weeks), Python (months) at 10 hours a week', () => {
    // 8 h → 5.6 days → 6; 48 h → 33.6 → 34; 208 h → 145.6 → 146 days after 5 January 2026.
    const e = estimateCompletion(planOf(10, 'jquery', 'react', 'python'), byId, START);
    expect(e.steps.map((s) => [s.skillId, s.hours, s.cumulativeHours, s.finish])).toEqual([
      ['jquery', 8, 8, '2026-01-11'],
      ['react', 40, 48, '2026-02-08'],
      ['python', 160, 208, '2026-05-31'],
    ]);
    expect(e.totalHours).toBe(208);
    expect(e.finish).toBe('2026-05-31');
  });

  it('a full-time pace: Docker (weeks) then Kubernetes (months) at 40 hours a week', () => {
    // 40 h → exactly 7 days; 200 h → exactly 35 days.
    const e = estimateCompletion(planOf(40, 'docker', 'kubernetes'), byId, START);
    expect(e.steps.map((s) => s.finish)).toEqual(['2026-01-12', '2026-02-09']);
  });

  it('counts no hours for a skill the profile already covers', () => {
    // Python is known; pandas: 40 h at 5 h a week = 56 days.
    const e = estimateCompletion(planOf(5, 'python', 'pandas'), byId, START, { profile: { skills: [{ id: 'python', level: 'working', updatedAt: 0 }] } });
    expect(e.steps.map((s) => [s.hours, s.finish])).toEqual([
      [0, START],
      [40, '2026-03-02'],
    ]);
  });

  it('takes other hours per class when given, and ends on the start for an empty plan', () => {
    const e = estimateCompletion(planOf(7, 'react'), byId, START, { effortHours: { d: 1, w: 14, m: 70 } });
    expect(e.finish).toBe('2026-01-19');
    expect(estimateCompletion(planOf(7), byId, START)).toEqual({ start: START, steps: [], totalHours: 0, finish: START });
  });
});

describe('the target date and the goal date', () => {
  const e = estimateCompletion(planOf(10, 'jquery', 'react', 'python'), byId, START);

  it('is on track with days to spare, and says what pace would finish exactly on the target', () => {
    // 176 days from 5 January to 30 June; 208 h over 176 days = 8.27 h a week → 8.5.
    expect(checkTarget(e, '2026-06-30')).toEqual({ onTrack: true, daysToSpare: 30, weeklyHoursNeeded: 8.5 });
  });

  it('is late, and says the pace needed', () => {
    // 115 days to 30 April: 208 × 7 / 115 = 12.66 h → 13.
    expect(checkTarget(e, '2026-04-30')).toEqual({ onTrack: false, daysToSpare: -31, weeklyHoursNeeded: 13 });
    expect(checkTarget(e, START).weeklyHoursNeeded).toBeNull();
  });

  it('reaches a goal when its last missing required skill in the plan is learned', () => {
    expect(goalReachedOn(e, ['react', 'python'])).toEqual({ date: '2026-05-31', notPlanned: [] });
    expect(goalReachedOn(e, ['react'])).toEqual({ date: '2026-02-08', notPlanned: [] });
    expect(goalReachedOn(e, ['react', 'sql'])).toEqual({ date: null, notPlanned: ['sql'] });
    expect(goalReachedOn(e, [])).toEqual({ date: START, notPlanned: [] });
  });

  it('does date arithmetic in whole days across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
