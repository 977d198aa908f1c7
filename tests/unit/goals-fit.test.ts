import { describe, expect, it } from 'vitest';
import { goalForRole, goalFromTitle } from '@/lib/goals/goal';
import { goalFits, goalSlots, goalTargetsFromTemplates, type GoalTarget } from '@/lib/goals/goal-fit';
import { countedSkillIds, goalFitLine } from '@/lib/goals/goal-fit-line';
import { findSkills, sharedMatcher } from '@/lib/skills/skill-engine';
import type { SkillMention } from '@/lib/model/mention';

const { byId } = sharedMatcher();
const mention = (id: string, extra: Partial<SkillMention> = {}): SkillMention => ({ id, name: id, category: 'lang', requirement: 'required', text: id, evidence: '', start: 0, end: 0, ...extra });
const profile = { skills: ['python', 'postgresql'].map((id) => ({ id, level: 'working' as const, updatedAt: 0 })) };

const engineer: GoalTarget = { goal: goalForRole('data-engineer', 0), skills: ['sql', 'python', 'apache-spark', 'kafka', 'docker'].map((id) => ({ id })) };
const analyst: GoalTarget = { goal: goalForRole('data-analyst', 0), skills: ['sql', 'tableau', 'microsoft-excel'].map((id) => ({ id })) };
const mentions = [
  mention('python'),
  mention('postgresql'),
  mention('apache-spark'),
  mention('kafka', { requirement: 'preferred' }),
  mention('tableau'),
  mention('communication', { soft: true }),
  mention('aws', { incidental: true }),
];

describe('how a posting fits the person’s goals', () => {
  it('says a posting whose title names the goal fits it, counting the posting’s skills of that role', () => {
    // Role skills in the posting: Python, PostgreSQL (an SQL database), Spark, Kafka; the person has the first two.
    const fits = goalFits({ title: 'Senior Data Engineer (Remote)', mentions }, [engineer, analyst], profile, byId);
    expect(fits).toEqual([{ goalId: 'role:data-engineer', goalTitle: 'Data Engineer', byTitle: true, have: 2, total: 4, text: 'fits your Data Engineer goal: 2 of 4' }]);
  });

  it('says a posting fits a goal when its skills are mostly the role’s, whatever its title', () => {
    const fits = goalFits({ title: 'Platform Wizard', mentions: [mention('python'), mention('mysql'), mention('kafka'), mention('figma')] }, [engineer], profile, byId);
    // Python, MySQL (an SQL database) and Kafka are the role's; the person has Python only.
    expect(fits.map((f) => f.text)).toEqual(['fits your Data Engineer goal: 1 of 3']);
    expect(fits[0]?.byTitle).toBe(false);
  });

  it('says nothing for a posting that shares a skill or two with a goal', () => {
    expect(goalFits({ title: 'Marketing Analyst', mentions }, [analyst], profile, byId)).toEqual([]);
    expect(goalFits({ title: 'Barista', mentions: [] }, [engineer], profile, byId)).toEqual([]);
  });

  it('lists title matches first, then the closest overlap', () => {
    const both = goalFits({ title: 'Data Analyst', mentions: [mention('sql'), mention('python'), mention('apache-spark'), mention('kafka')] }, [engineer, analyst], profile, byId);
    expect(both.map((f) => f.goalId)).toEqual(['role:data-analyst', 'role:data-engineer']);
  });

  it('works from the shipped templates and the engine’s own mentions, as the overlay will call it', () => {
    const targets = goalTargetsFromTemplates([goalForRole('data-engineer', 0), goalFromTitle('Growth Hacker')!]);
    expect(targets[0]?.skills.length).toBeGreaterThan(5);
    expect(targets[1]?.skills).toEqual([]);
    const text = 'Requirements: Python, SQL, Spark, Kafka and Airflow. AWS is a plus.';
    const fits = goalFits({ title: 'Data Engineer II', mentions: findSkills(text) }, targets, profile, byId);
    expect(fits).toHaveLength(1);
    expect(fits[0]?.text).toMatch(/^fits your Data Engineer goal: 2 of \d+$/);
    expect(goalFits({ title: 'Growth Hacker', mentions: findSkills(text) }, targets, profile, byId)[0]?.text).toMatch(/^fits your Growth Hacker goal: 2 of \d+$/);
  });

  it('splits into what the background finds once (which goals, which skills) and what the page counts live', () => {
    // The background's half does not depend on the profile…
    const slots = goalSlots({ title: 'Senior Data Engineer', skillIds: countedSkillIds(mentions) }, [engineer, analyst], byId);
    expect(slots).toEqual([{ goalId: 'role:data-engineer', goalTitle: 'Data Engineer', byTitle: true, slots: ['python', 'postgresql', 'apache-spark', 'kafka'] }]);
    // …and the page counts what the person has now: after "I have this" on Spark, 3 of 4.
    const has = new Set(['python', 'postgresql', 'apache-spark']);
    expect(goalFitLine(slots[0]!, (id) => has.has(id)).text).toBe('fits your Data Engineer goal: 3 of 4');
    // A skill marked "not a skill here" on the page since leaves the count.
    expect(goalFitLine(slots[0]!, (id) => has.has(id), new Set(['python', 'postgresql', 'apache-spark'])).text).toBe('fits your Data Engineer goal: 3 of 3');
  });

  it('counts neither soft skills nor skills named only about the company', () => {
    expect(countedSkillIds(mentions)).toEqual(['python', 'postgresql', 'apache-spark', 'kafka', 'tableau']);
  });
});
