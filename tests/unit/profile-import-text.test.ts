import { describe, expect, it } from 'vitest';
import { proposeSkillsFromText } from '@/lib/profile/propose-from-text';
import { withSkill, withSkills, withYears } from '@/lib/profile/profile';
import type { Profile } from '@/lib/model/profile';
import { sharedMatcher } from '@/lib/skills/skill-engine';
import { weekStart } from '@/lib/db/progress-repo';

const profile: Profile = { skills: [{ id: 'sql', level: 'strong', updatedAt: 1 }] };

describe('proposing skills from pasted text', () => {
  it('finds the skills of a resume, with years, and says which are already in the profile', () => {
    const resume = `Jane Doe — Data Engineer
Experience: 5 years of Python and SQL building pipelines on AWS with Airflow and dbt.
Built dashboards in Tableau; strong communication with stakeholders.`;
    const proposed = proposeSkillsFromText(resume, sharedMatcher(), profile);
    const by = new Map(proposed.map((p) => [p.id, p]));
    expect([...by.keys()]).toEqual(expect.arrayContaining(['python', 'sql', 'aws', 'apache-airflow', 'dbt', 'tableau']));
    expect(by.get('python')).toMatchObject({ name: 'Python', years: 5, inProfile: false, checked: true });
    expect(by.get('sql')).toMatchObject({ inProfile: true, checked: false });
    // Soft skills are offered, unchecked.
    expect(by.get('communication')).toMatchObject({ checked: false });
  });

  it('reads a LinkedIn skills list, bare ambiguous names included', () => {
    const list = ['Go', 'R', 'Kubernetes · 12 endorsements', 'Project Management', 'Microsoft Excel (3 endorsements)', 'Lead the team to victory on every project we undertake'].join('\n');
    const ids = proposeSkillsFromText(list, sharedMatcher(), { skills: [] }).map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['go', 'r', 'kubernetes', 'project-management', 'microsoft-excel']));
  });

  it('proposes nothing for text without skills', () => {
    expect(proposeSkillsFromText('Hello, I like long walks.', sharedMatcher(), profile)).toEqual([]);
  });
});

describe('profile changes', () => {
  it('records when learning started and when the skill was learned', () => {
    const learning = withSkill({ skills: [] }, 'aws', 'learning', 100);
    expect(learning.skills[0]).toEqual({ id: 'aws', level: 'learning', updatedAt: 100, startedAt: 100 });
    const learned = withSkill(learning, 'aws', 'working', 900);
    expect(learned.skills[0]).toEqual({ id: 'aws', level: 'working', updatedAt: 900, startedAt: 100, learnedAt: 900 });
  });

  it('sets and clears years, and adds many skills without touching those already there', () => {
    const p = withYears(profile, 'sql', 4, 5);
    expect(p.skills[0]).toEqual({ id: 'sql', level: 'strong', years: 4, updatedAt: 5 });
    expect(withYears(p, 'sql', undefined, 6).skills[0]).toEqual({ id: 'sql', level: 'strong', updatedAt: 6 });
    const more = withSkills(p, [{ id: 'sql', level: 'learning' }, { id: 'python', level: 'working', years: 2 }], 7);
    expect(more.skills).toEqual([{ id: 'sql', level: 'strong', years: 4, updatedAt: 5 }, { id: 'python', level: 'working', years: 2, updatedAt: 7 }]);
  });

  it('starts progress weeks on Monday, UTC', () => {
    expect(new Date(weekStart(Date.UTC(2026, 10, 25, 15))).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(new Date(weekStart(Date.UTC(2026, 10, 23))).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(new Date(weekStart(Date.UTC(2026, 10, 22, 23))).toISOString()).toBe('2026-11-16T00:00:00.000Z');
  });
});
