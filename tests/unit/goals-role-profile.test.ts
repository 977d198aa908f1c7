import { describe, expect, it } from 'vitest';
import { goalForRole, goalFromTitle, goalMatchesTitle, withGoal, withoutGoal } from '@/lib/goals/goal';
import { goalsStateSchema, EMPTY_GOALS } from '@/lib/model/goal';
import { aggregatePostings, blendSkills, buildRoleProfile, classifySkills, FULL_PROFILE_POSTINGS, goalCoverage, postingsForGoal, type PostingSkill, type RolePosting } from '@/lib/goals/role-profile';
import type { RoleTemplate } from '@/lib/goals/role-template-schema';
import { sharedMatcher } from '@/lib/skills/skill-engine';
import type { Requirement } from '@/lib/model/mention';

const { byId } = sharedMatcher();
const skill = (id: string, requirement: Requirement = 'required', extra: Partial<PostingSkill> = {}): PostingSkill => ({ id, name: byId.get(id)?.name ?? id, category: 'lang', requirement, evidence: '', ...extra });
const posting = (key: string, title: string, skills: PostingSkill[], saved = false): RolePosting => ({ key, title, company: 'Acme', url: `https://example.com/${key}`, skills, saved });
const profile = (...ids: string[]) => ({ skills: ids.map((id) => ({ id, level: 'working' as const, updatedAt: 0 })) });

describe('aggregating postings into a role profile', () => {
  it('counts each skill once per posting, by its strongest requirement, and leaves soft and company-blurb skills out', () => {
    const postings = [
      posting('a', 'Data Engineer', [skill('sql'), skill('sql', 'preferred'), skill('python', 'preferred'), skill('communication', 'required', { soft: true })]),
      posting('b', 'Data Engineer', [skill('sql', 'preferred'), skill('aws', 'mentioned', { incidental: true })]),
      posting('c', 'Data Engineer', [skill('python'), skill('sql')]),
      posting('d', 'Data Engineer', [skill('kafka', 'preferred')]),
    ];
    // sql: asked by a, b, c (3 of 4), required by a and c (2 of 3); python: a, c (2 of 4), required by c (1 of 2).
    expect(aggregatePostings(postings)).toEqual([
      { id: 'sql', frequency: 0.75, requiredShare: 2 / 3 },
      { id: 'python', frequency: 0.5, requiredShare: 0.5 },
      { id: 'kafka', frequency: 0.25, requiredShare: 0 },
    ]);
    expect(aggregatePostings([])).toEqual([]);
  });

  it('blends observed and template frequencies by weight, and the required share by the asks behind it', () => {
    const observed = [{ id: 'sql', frequency: 1, requiredShare: 0 }];
    const template = [
      { id: 'sql', frequency: 0.5, requiredShare: 1 },
      { id: 'python', frequency: 0.8, requiredShare: 1 },
    ];
    // w = 0.4: sql = 0.4·1 + 0.6·0.5 = 0.7, required share = (0.4·0 + 0.3·1) / 0.7 = 3/7; python = 0.6·0.8 = 0.48.
    const blended = blendSkills(observed, template, 0.4);
    expect(blended.map((s) => s.id)).toEqual(['sql', 'python']);
    expect(blended[0]?.frequency).toBeCloseTo(0.7);
    expect(blended[0]?.requiredShare).toBeCloseTo(3 / 7);
    expect(blended[1]?.frequency).toBeCloseTo(0.48);
    expect(blended[1]?.requiredShare).toBeCloseTo(1);
  });

  it('splits skills into required (frequent, mostly required; at least three) and preferred (the rest above a tenth)', () => {
    const { required, preferred } = classifySkills([
      { id: 'python', frequency: 0.8, requiredShare: 0.9 },
      { id: 'sql', frequency: 0.3, requiredShare: 0.6 },
      { id: 'docker', frequency: 0.6, requiredShare: 0.2 },
      { id: 'kafka', frequency: 0.2, requiredShare: 0.7 },
      { id: 'scala', frequency: 0.15, requiredShare: 0.3 },
      { id: 'perl', frequency: 0.05, requiredShare: 1 },
    ]);
    // python and sql pass the 25 % bar; kafka is the most frequent mostly-required skill left, to make three.
    expect(required.map((s) => s.id)).toEqual(['python', 'sql', 'kafka']);
    expect(preferred.map((s) => s.id)).toEqual(['docker', 'scala']);
    expect(required.every((s) => s.level === 'required') && preferred.every((s) => s.level === 'preferred')).toBe(true);
  });
});

describe('building a goal’s role profile', () => {
  const template: RoleTemplate = {
    roleId: 'data-engineer',
    source: 'hand',
    postings: 0,
    skills: [
      { id: 'sql', frequency: 0.9, requiredShare: 0.9 },
      { id: 'python', frequency: 0.8, requiredShare: 0.8 },
      { id: 'apache-spark', frequency: 0.5, requiredShare: 0.7 },
      { id: 'apache-airflow', frequency: 0.3, requiredShare: 0.2 },
    ],
  };
  const goal = goalForRole('data-engineer', 1);

  it('falls back to the template when the person has seen no posting for the role', () => {
    const rp = buildRoleProfile(goal, [posting('x', 'Barista', [skill('kafka')])], template);
    expect(rp).toMatchObject({ goalId: 'role:data-engineer', postings: 0, observedWeight: 0, template: 'hand' });
    expect(rp.required.map((s) => s.id)).toEqual(['sql', 'python', 'apache-spark']);
    expect(rp.preferred.map((s) => s.id)).toEqual(['apache-airflow']);
  });

  it('blends in the person’s matching postings in proportion to how many there are', () => {
    const mine = Array.from({ length: 5 }, (_, i) => posting(`p${i}`, i % 2 ? 'Sr. Data Engineer (Remote)' : 'Big Data Engineer', [skill('kafka'), skill('sql')]));
    const rp = buildRoleProfile(goal, [...mine, posting('other', 'Data Scientist', [skill('r')])], template);
    expect(rp.postings).toBe(5);
    expect(rp.observedWeight).toBe(5 / FULL_PROFILE_POSTINGS);
    const freq = new Map([...rp.required, ...rp.preferred].map((s) => [s.id, s.frequency]));
    // kafka: 0.5·1 = 0.5; sql: 0.5·1 + 0.5·0.9 = 0.95; python: 0.5·0.8 = 0.4; R is not a data engineer's skill here.
    expect(freq.get('kafka')).toBeCloseTo(0.5);
    expect(freq.get('sql')).toBeCloseTo(0.95);
    expect(freq.get('python')).toBeCloseTo(0.4);
    expect(freq.has('r')).toBe(false);
  });

  it('rests on the postings alone once there are enough of them', () => {
    const mine = Array.from({ length: FULL_PROFILE_POSTINGS }, (_, i) => posting(`p${i}`, 'Data Engineer', [skill('kafka'), skill('scala')]));
    const rp = buildRoleProfile(goal, mine, template);
    expect(rp.observedWeight).toBe(1);
    expect([...rp.required, ...rp.preferred].map((s) => s.id).sort()).toEqual(['kafka', 'scala']);
  });

  it('uses the shipped template by default, and postings alone for an own title', () => {
    expect(buildRoleProfile(goalForRole('registered-nurse'), []).required.map((s) => s.id)).toContain('rn-license');
    const own = goalFromTitle('Growth Hacker')!;
    expect(own).toMatchObject({ id: 'own:growth-hacker', roleId: null, title: 'Growth Hacker' });
    const rp = buildRoleProfile(own, [posting('g', 'Senior Growth Hacker', [skill('seo'), skill('google-ads', 'preferred')]), posting('h', 'Data Engineer', [skill('sql')])]);
    expect(rp).toMatchObject({ postings: 1, template: null });
    expect(rp.required.map((s) => s.id)).toEqual(['seo']);
    expect(rp.preferred.map((s) => s.id)).toEqual(['google-ads']);
  });

  it('lists the postings whose titles match the goal', () => {
    const list = [posting('a', 'Data Engineer II', []), posting('b', 'Director, Data Engineering', []), posting('c', 'Sr. Data Engineer - ETL', [])];
    expect(postingsForGoal(goal, list).map((p) => p.key)).toEqual(['a', 'c']);
  });
});

describe('coverage of a goal', () => {
  const rp = buildRoleProfile(goalForRole('data-engineer'), [], {
    roleId: 'data-engineer',
    source: 'hand',
    postings: 0,
    skills: [
      { id: 'sql', frequency: 0.8, requiredShare: 0.9 },
      { id: 'python', frequency: 0.6, requiredShare: 0.9 },
      { id: 'apache-spark', frequency: 0.4, requiredShare: 0.9 },
      { id: 'docker', frequency: 0.2, requiredShare: 0.2 },
    ],
  });

  it('counts required and preferred skills the profile covers, directly or through a narrower skill', () => {
    // PostgreSQL covers SQL; Python directly; Spark and Docker missing.
    const c = goalCoverage(rp, profile('postgresql', 'python'), byId);
    expect(c.required).toMatchObject({ have: 2, total: 3 });
    expect(c.required.missing.map((s) => s.id)).toEqual(['apache-spark']);
    expect(c.preferred).toMatchObject({ have: 0, total: 1 });
    // (0.8 + 0.6) / (0.8 + 0.6 + 0.4 + 0.2) = 70 %.
    expect(c.score).toBe(70);
  });

  it('does not count a skill being learned, but marks it', () => {
    const c = goalCoverage(rp, { skills: [{ id: 'apache-spark', level: 'learning', updatedAt: 0 }] }, byId);
    expect(c.required.have).toBe(0);
    expect(c.required.missing.find((s) => s.id === 'apache-spark')?.learning).toBe(true);
    expect(c.score).toBe(0);
  });
});

describe('goals', () => {
  it('takes an own title that clearly names a role as that role, keeping the person’s words', () => {
    expect(goalFromTitle('Sr. Data Engineer')).toMatchObject({ id: 'role:data-engineer', roleId: 'data-engineer', title: 'Sr. Data Engineer' });
    expect(goalFromTitle('data engineer')).toMatchObject({ title: 'Data Engineer' });
    expect(goalFromTitle('Senior (Remote)')).toBeNull();
  });

  it('adds a goal once, removes it, and validates what is stored', () => {
    const one = withGoal(EMPTY_GOALS, goalForRole('data-engineer', 5));
    expect(withGoal(one, goalForRole('data-engineer', 9)).goals).toHaveLength(1);
    expect(withoutGoal(one, 'role:data-engineer').goals).toEqual([]);
    expect(goalsStateSchema.safeParse(one).success).toBe(true);
    expect(goalsStateSchema.safeParse({ goals: [one.goals[0], one.goals[0]] }).success).toBe(false);
    expect(goalsStateSchema.safeParse({ goals: [{ ...one.goals[0], id: 'DATA' }] }).success).toBe(false);
  });

  it('matches posting titles for a role goal and for an own title', () => {
    expect(goalMatchesTitle(goalForRole('product-marketing-manager'), 'Sr. Product Marketing Mgr, Developer Tools')).toBe(true);
    expect(goalMatchesTitle(goalForRole('product-marketing-manager'), 'Product Manager')).toBe(false);
    expect(goalMatchesTitle(goalFromTitle('Growth Hacker')!, 'Growth Hacker (Contract)')).toBe(true);
  });
});
