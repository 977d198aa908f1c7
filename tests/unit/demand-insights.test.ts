import { describe, expect, it } from 'vitest';
import type { SkillDemand } from '@/lib/model/demand';
import { ALL_POSTINGS_ID } from '@/lib/model/demand';
import { lastMonths, monthlyShares, topDemand } from '@/lib/match/insights';
import type { Skill } from '@/lib/model/skill';

const skill = (id: string, extra: Partial<Skill> = {}): Skill => ({ id, name: id.toUpperCase(), aliases: [], category: 'lang', parents: [], related: [], ...extra });
const byId = new Map([skill('sql'), skill('postgresql', { parents: ['sql'] }), skill('python'), skill('go'), skill('communication', { category: 'soft' })].map((s) => [s.id, s]));
const row = (id: string, required: number, preferred: number, mentioned: number, byMonth: Record<string, number> = {}): SkillDemand => ({ id, required, preferred, mentioned, byMonth });
const rows = [
  row('python', 5, 2, 0, { '2026-10': 4, '2026-11': 3 }),
  row('sql', 6, 0, 0, { '2026-10': 2, '2026-11': 4 }),
  row('go', 1, 0, 0, { '2026-11': 1 }),
  row('communication', 9, 0, 0),
  row(ALL_POSTINGS_ID, 10, 0, 0, { '2026-10': 4, '2026-11': 6 }),
];

describe('insights', () => {
  it('lists the skills most asked for with the person’s coverage, soft skills only when counted', () => {
    const bars = topDemand(rows, byId, { skills: [{ id: 'postgresql', level: 'working', updatedAt: 0 }, { id: 'go', level: 'learning', updatedAt: 0 }] }, { countSoftSkills: false, limit: 10 });
    expect(bars.map((b) => [b.id, b.postings, b.coverage])).toEqual([['python', 7, 'none'], ['sql', 6, 'implied'], ['go', 1, 'learning']]);
    expect(topDemand(rows, byId, { skills: [] }, { countSoftSkills: true, limit: 1 }).map((b) => b.id)).toEqual(['communication']);
  });

  it('gives each month’s share of postings asking for a skill', () => {
    const months = lastMonths(Date.UTC(2026, 11, 3), 3);
    expect(months).toEqual(['2026-10', '2026-11', '2026-12']);
    // October: Python 4 of 4, SQL 2 of 4; November: Python 3 of 6, SQL 4 of 6; December: nothing counted.
    expect(monthlyShares(rows, ['python', 'sql'], months)).toEqual([
      { id: 'python', shares: [100, 50, null] },
      { id: 'sql', shares: [50, 67, null] },
    ]);
  });

  it('counts months back across a year boundary', () => {
    expect(lastMonths(Date.UTC(2027, 0, 15), 3)).toEqual(['2026-11', '2026-12', '2027-01']);
  });
});
