import { describe, expect, it } from 'vitest';
import type { CompactMention } from '@/lib/match/compact-mentions';
import { explainSuggestion, suggestNextSkills, type SuggestionPosting } from '@/lib/match/suggest-next-skills';
import type { Profile } from '@/lib/model/profile';
import type { Skill } from '@/lib/model/skill';

const skill = (id: string, name: string, extra: Partial<Skill> = {}): Skill => ({ id, name, aliases: [], category: 'lang', parents: [], related: [], ...extra });
const skills: Skill[] = [
  skill('sql', 'SQL', { effort: 'w' }),
  skill('postgresql', 'PostgreSQL', { category: 'db', parents: ['sql'], related: ['mysql'], effort: 'w' }),
  skill('mysql', 'MySQL', { category: 'db', parents: ['sql'] }),
  skill('python', 'Python', { effort: 'm' }),
  skill('java', 'Java', { effort: 'm' }),
  skill('javascript', 'JavaScript'),
  skill('react', 'React', { category: 'web', parents: ['javascript'] }),
  skill('kubernetes', 'Kubernetes', { category: 'devops', related: ['docker'], effort: 'm' }),
  skill('docker', 'Docker', { category: 'devops' }),
  skill('aws', 'AWS', { category: 'cloud' }),
  skill('communication', 'Communication', { category: 'soft' }),
];
const byId = new Map(skills.map((s) => [s.id, s]));
const r = (id: string, group?: number): CompactMention => ({ id, requirement: 'required', ...(group !== undefined ? { group } : {}) });
const p = (id: string, group?: number): CompactMention => ({ id, requirement: 'preferred', ...(group !== undefined ? { group } : {}) });
const posting = (key: string, how: 'saved' | 'viewed' | 'both', mentions: CompactMention[]): SuggestionPosting => ({
  key, saved: how !== 'viewed', viewed: how !== 'saved', mentions,
});
const profile: Profile = {
  skills: [
    { id: 'docker', level: 'working', updatedAt: 0 },
    { id: 'react', level: 'strong', updatedAt: 0 },
    { id: 'aws', level: 'learning', updatedAt: 0, startedAt: 1000 },
  ],
};

// Six postings, worked out by hand (required slots weigh 2, preferred 1; the threshold is 80%):
// P1 saved   Python r, SQL r, Docker r ✓, Kubernetes p        2/7 = 29%  no single skill lifts it to 80%
// P2 saved   Kubernetes r, Docker r ✓, AWS p (learning)        2/5 = 40%  Kubernetes → 4/5 = 80% ✓
// P3 viewed  PostgreSQL r, JavaScript r ✓ (via React)          2/4 = 50%  PostgreSQL → 100% ✓
// P4 viewed  SQL r, Python p                                   0/3 =  0%  SQL or PostgreSQL → 67%, Python → 33%
// P5 viewed  (Python or Java) r, Docker r ✓, Communication     2/4 = 50%  Python → 100% ✓, Java → 100% ✓ (soft skill not counted)
// P6 both    SQL r, Docker r ✓                                 2/4 = 50%  SQL → 100% ✓, PostgreSQL (covers SQL) → 100% ✓
const postings: SuggestionPosting[] = [
  posting('p1', 'saved', [r('python'), r('sql'), r('docker'), p('kubernetes')]),
  posting('p2', 'saved', [r('kubernetes'), r('docker'), p('aws')]),
  posting('p3', 'viewed', [r('postgresql'), r('javascript')]),
  posting('p4', 'viewed', [r('sql'), p('python')]),
  posting('p5', 'viewed', [r('python', 1), r('java', 1), r('docker'), { id: 'communication', requirement: 'required', soft: true }]),
  posting('p6', 'both', [r('sql'), r('docker')]),
];

describe('what to learn next', () => {
  const report = suggestNextSkills({ postings, profile, byId, settings: { threshold: 80, countSoftSkills: false } });

  it('ranks skills by demand, what they open up and closeness, as computed by hand', () => {
    // score = 2·required + preferred + 3·saved opened + 2·viewed opened, ×1.5 when close to a skill the person has
    // SQL 2·3 + 3·1 = 9 (weeks); Kubernetes (2 + 1 + 3)·1.5 = 9 (months, close to Docker); PostgreSQL 2 + 3 + 2 = 7 (weeks);
    // Python 2·2 + 1 + 2 = 7 (months); Java 2 + 2 = 4. Ties go to the quicker skill to learn.
    expect(report.suggestions.map((s) => [s.id, s.score])).toEqual([
      ['sql', 9],
      ['kubernetes', 9],
      ['postgresql', 7],
      ['python', 7],
      ['java', 4],
    ]);
  });

  it('counts demand by the strongest wording in each posting, and what each skill would open up exactly', () => {
    const by = new Map(report.suggestions.map((s) => [s.id, s]));
    expect(by.get('python')).toMatchObject({ demand: { required: 2, preferred: 1, mentioned: 0 }, opens: { saved: 0, viewed: 1 } });
    expect(by.get('sql')).toMatchObject({ demand: { required: 3, preferred: 0, mentioned: 0 }, opens: { saved: 1, viewed: 0 } });
    expect(by.get('kubernetes')).toMatchObject({ demand: { required: 1, preferred: 1, mentioned: 0 }, opens: { saved: 1, viewed: 0 } });
    // PostgreSQL is asked for once but also fills the SQL slot of P6.
    expect(by.get('postgresql')).toMatchObject({ demand: { required: 1, preferred: 0, mentioned: 0 }, opens: { saved: 1, viewed: 1 } });
    expect(by.get('kubernetes')!.close).toEqual({ id: 'docker', name: 'Docker', how: 'related' });
    expect(by.get('sql')!.close).toBeUndefined();
  });

  it('leaves out skills the person has (directly or through a narrower one) and soft skills, and lists the ones being learned apart', () => {
    const ids = report.suggestions.map((s) => s.id);
    expect(ids).not.toContain('docker');
    expect(ids).not.toContain('javascript');
    expect(ids).not.toContain('communication');
    expect(report.learning).toEqual([expect.objectContaining({ id: 'aws', learning: true, startedAt: 1000, demand: { required: 0, preferred: 1, mentioned: 0 }, score: 1 })]);
  });

  it('reports what it counted and how the saved postings stand', () => {
    expect(report.considered).toEqual({ total: 6, saved: 3, viewed: 4 });
    // Saved: 29%, 40%, 50% → mean 39.7 → 40; none at 80%.
    expect(report.saved).toEqual({ atThreshold: 0, meanPercent: 40 });
  });

  it('explains each suggestion in one line', () => {
    const by = new Map(report.suggestions.map((s) => [s.id, s]));
    expect(explainSuggestion(by.get('sql')!, report.considered, 80)).toBe(
      'Required in 3 of 6 postings you viewed or saved; learning it would put 1 saved job at 80% or more',
    );
    expect(explainSuggestion(by.get('kubernetes')!, report.considered, 80)).toBe(
      'Required in 1, preferred in 1, of 6 postings you viewed or saved; learning it would put 1 saved job at 80% or more; close to your Docker',
    );
    expect(explainSuggestion(by.get('postgresql')!, report.considered, 80)).toBe(
      'Required in 1 of 6 postings you viewed or saved; learning it would put 1 saved job and 1 other viewed posting at 80% or more',
    );
    expect(explainSuggestion(report.learning[0]!, report.considered, 80)).toBe('Preferred in 1 of 6 postings you viewed or saved');
  });

  it('counts soft skills when the setting says so', () => {
    const withSoft = suggestNextSkills({ postings, profile, byId, settings: { threshold: 80, countSoftSkills: true } });
    expect(withSoft.suggestions.find((s) => s.id === 'communication')).toMatchObject({ demand: { required: 1, preferred: 0, mentioned: 0 } });
  });

  it('says a skill builds on one the person has when its parent is in the profile', () => {
    const sqlProfile: Profile = { skills: [{ id: 'sql', level: 'expert', updatedAt: 0 }, { id: 'mysql', level: 'working', updatedAt: 0 }] };
    const out = suggestNextSkills({ postings: [posting('x', 'viewed', [r('postgresql')])], profile: sqlProfile, byId, settings: { threshold: 80, countSoftSkills: false } });
    // Both SQL (its parent) and MySQL (related) are close: the parent wins, and the score is 2 + 2 (opens the posting), ×1.5.
    expect(out.suggestions[0]).toMatchObject({ id: 'postgresql', close: { id: 'sql', how: 'builds-on' }, score: 6 });
  });

  it('follows the badge’s rule for alternatives: learning the required one of a filled pair raises the score', () => {
    // (Python r or Java p) with Java known: the slot stands as preferred, 1/1. Docker r 2/2, AWS r 0/2 → 3/5 = 60%.
    // Learning Python moves the slot to required, 2/2 → 4/6 = 67%: at a 65% threshold that opens the posting.
    const javaProfile: Profile = { skills: [{ id: 'java', level: 'working', updatedAt: 0 }, { id: 'docker', level: 'working', updatedAt: 0 }] };
    const out = suggestNextSkills({
      postings: [posting('x', 'saved', [r('python', 1), p('java', 1), r('docker'), r('aws')])],
      profile: javaProfile, byId, settings: { threshold: 65, countSoftSkills: false },
    });
    const by = new Map(out.suggestions.map((s) => [s.id, s]));
    expect(by.get('python')!.opens).toEqual({ saved: 1, viewed: 0 });
    // AWS: 5/6 = 83%, also opens.
    expect(by.get('aws')!.opens).toEqual({ saved: 1, viewed: 0 });
  });

  it('suggests nothing, and counts nothing, without postings', () => {
    expect(suggestNextSkills({ postings: [], profile, byId, settings: { threshold: 80, countSoftSkills: false } })).toEqual({
      suggestions: [], learning: [], considered: { total: 0, saved: 0, viewed: 0 }, saved: { atThreshold: 0, meanPercent: 0 },
    });
  });
});
