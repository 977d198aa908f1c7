// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GoalsView, type GoalCard } from '@/components/goals/GoalsView';
import { PlanView } from '@/components/goals/PlanView';
import { ProgressChart } from '@/components/goals/ProgressChart';
import { goalForRole, goalFromTitle } from '@/lib/goals/goal';
import type { Goal } from '@/lib/model/goal';
import { EMPTY_PLAN, type Plan } from '@/lib/model/plan';
import { buildRoleProfile, goalCoverage, type RolePosting } from '@/lib/goals/role-profile';
import type { RoleTemplate } from '@/lib/goals/role-template-schema';
import { scorePosting } from '@/lib/match/posting-score';
import type { Profile } from '@/lib/model/profile';
import { loadTaxonomy } from '@/lib/taxonomy/load-taxonomy';

afterEach(cleanup);

const taxonomy = loadTaxonomy();
const byId = new Map(taxonomy.skills.map((s) => [s.id, s]));
const nameOf = (id: string) => byId.get(id)?.name ?? id;
const has = (...ids: string[]): Profile => ({ skills: ids.map((id) => ({ id, level: 'working' as const, updatedAt: 0 })) });

const template: RoleTemplate = {
  roleId: 'data-engineer',
  source: 'corpus',
  postings: 90,
  skills: [
    { id: 'sql', frequency: 0.8, requiredShare: 0.9 },
    { id: 'python', frequency: 0.7, requiredShare: 0.9 },
    { id: 'apache-spark', frequency: 0.5, requiredShare: 0.8 },
    { id: 'apache-airflow', frequency: 0.3, requiredShare: 0.2 },
  ],
};
const posting: RolePosting = {
  key: 'greenhouse:1',
  title: 'Senior Data Engineer',
  company: 'Northwind',
  url: 'https://boards.greenhouse.io/northwind/jobs/1',
  saved: true,
  skills: [
    { id: 'python', requirement: 'required' },
    { id: 'apache-spark', requirement: 'required' },
  ],
};

function card(goal: Goal, profile: Profile): GoalCard {
  const roleProfile = buildRoleProfile(goal, [], template);
  return {
    goal,
    roleProfile,
    coverage: goalCoverage(roleProfile, profile, byId),
    postings: [{ posting, score: scorePosting(posting.skills, profile, byId, { countSoftSkills: false }) }],
  };
}

describe('GoalsView', () => {
  const handlers = () => ({ onAddGoal: vi.fn(), onRemoveGoal: vi.fn(), onAddToPlan: vi.fn() });

  it('adds a goal picked from the role list, or an own title', () => {
    const h = handlers();
    render(<GoalsView cards={[]} planIds={new Set()} threshold={80} nameOf={nameOf} {...h} />);
    expect(screen.getByText(/No goal yet/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Target role'), { target: { value: 'product-marketing-manager' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add goal' }));
    expect(h.onAddGoal).toHaveBeenCalledWith(expect.objectContaining({ id: 'role:product-marketing-manager', title: 'Product Marketing Manager' }));
    fireEvent.change(screen.getByLabelText('Or your own title'), { target: { value: 'Growth Hacker' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(h.onAddGoal).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'own:growth-hacker', roleId: null }));
    expect(screen.getByRole('status').textContent).toBe('Added the goal Growth Hacker.');
  });

  it('offers roles grouped by profession, and does not add a goal twice', () => {
    const h = handlers();
    render(<GoalsView cards={[card(goalForRole('data-engineer'), has())]} planIds={new Set()} threshold={80} nameOf={nameOf} {...h} />);
    const select = screen.getByLabelText('Target role');
    expect(within(select).getAllByRole('group').length).toBeGreaterThanOrEqual(10);
    expect((within(select).getByRole('option', { name: 'Data Engineer' }) as HTMLOptionElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Or your own title'), { target: { value: 'Senior Data Engineer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(h.onAddGoal).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('Data Engineer is already one of your goals.');
  });

  it('shows a goal’s required and preferred coverage, what is missing, and its postings with their scores', () => {
    const h = handlers();
    render(<GoalsView cards={[card(goalForRole('data-engineer'), has('postgresql'))]} planIds={new Set(['python'])} threshold={80} nameOf={nameOf} {...h} />);
    const article = screen.getByRole('article', { name: 'Data Engineer' });
    const a = within(article);
    // Required: SQL (covered through PostgreSQL), Python, Spark; preferred: Airflow.
    expect(a.getByTestId('goal-required').textContent).toBe('1 of 3');
    expect(a.getByTestId('goal-preferred').textContent).toBe('0 of 1');
    expect(a.getByTestId('goal-score').textContent).toBe('You cover 35% of what these postings ask for.');
    expect(a.getByText(/measured over 90 real postings/)).toBeTruthy();
    const missing = a.getByTestId('goal-missing-required');
    expect([...missing.querySelectorAll('li')].map((li) => li.dataset.skill)).toEqual(['python', 'apache-spark']);
    expect(within(missing).getByText('in your plan')).toBeTruthy();
    fireEvent.click(a.getByRole('button', { name: 'Add to plan: Apache Spark' }));
    expect(h.onAddToPlan).toHaveBeenCalledWith('apache-spark', 'role:data-engineer');
    expect(a.getByRole('link', { name: 'Senior Data Engineer' }).getAttribute('href')).toBe(posting.url);
    expect(a.getByTestId('goal-posting-score').textContent).toBe('0 of 2 skills (0%)');
    fireEvent.click(a.getByRole('button', { name: 'Remove the goal Data Engineer' }));
    expect(h.onRemoveGoal).toHaveBeenCalledWith('role:data-engineer');
  });

  it('explains an own title with no postings yet', () => {
    const goal = goalFromTitle('Growth Hacker')!;
    const roleProfile = buildRoleProfile(goal, []);
    render(<GoalsView cards={[{ goal, roleProfile, coverage: goalCoverage(roleProfile, has(), byId), postings: [] }]} planIds={new Set()} threshold={80} nameOf={nameOf} {...handlers()} />);
    expect(screen.getByText(/No posting with this title yet/)).toBeTruthy();
    expect(screen.queryByTestId('goal-required')).toBeNull();
  });
});

describe('PlanView', () => {
  const TODAY = '2026-01-05';
  function Harness({ initial, profile = has(), goals = [], goalGaps = null, onMarkLearned = () => undefined }: { initial: Plan; profile?: Profile; goals?: Goal[]; goalGaps?: { required: string[]; preferred: string[] } | null; onMarkLearned?: (id: string) => void }) {
    const [plan, setPlan] = useState(initial);
    return (
      <>
        <PlanView plan={plan} goals={goals} taxonomy={taxonomy} byId={byId} profile={profile} today={TODAY} goalGaps={goalGaps} nameOf={nameOf} onChange={setPlan} onMarkLearned={onMarkLearned} />
        <pre data-testid="stored">{JSON.stringify(plan)}</pre>
      </>
    );
  }
  const order = () => [...document.querySelectorAll('.plan-items li')].map((li) => (li as HTMLElement).dataset.skill);
  const stored = (): Plan => JSON.parse(screen.getByTestId('stored').textContent!);

  it('adds a skill with its prerequisites first, and estimates each finish at the weekly pace', () => {
    render(<Harness initial={{ ...EMPTY_PLAN, weeklyHours: 10 }} />);
    const search = screen.getByRole('combobox', { name: 'Add a skill' });
    fireEvent.change(search, { target: { value: 'React' } });
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(order()).toEqual(['javascript', 'react']);
    expect(screen.getByText('needed for React')).toBeTruthy();
    // JavaScript 160 h, React 40 h: 200 h at 10 h a week = 140 days after 5 January.
    expect(screen.getByTestId('plan-summary').textContent).toContain('About 200 hours of learning. At 10 hours a week you finish around');
    expect(screen.getByTestId('plan-finish-date').textContent).toBe(new Date('2026-05-25T00:00:00Z').toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));
  });

  it('reorders with the buttons and with Alt+arrow keys, keeping focus on the moved skill, and warns about prerequisites', () => {
    const initial: Plan = { ...EMPTY_PLAN, items: ['sql', 'javascript', 'react'].map((skillId) => ({ skillId, addedAt: 0 })) };
    render(<Harness initial={initial} />);
    fireEvent.click(screen.getByRole('button', { name: 'Move React up' }));
    expect(order()).toEqual(['sql', 'react', 'javascript']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move React up' }));
    expect(screen.getByText('comes before JavaScript, which it builds on')).toBeTruthy();
    expect(screen.getByRole('status', { hidden: true }).textContent).toBe('React moved to position 2 of 3.');
    const sql = document.querySelector<HTMLElement>('li[data-skill="sql"]')!;
    sql.focus();
    fireEvent.keyDown(sql, { key: 'ArrowDown', altKey: true });
    expect(order()).toEqual(['react', 'sql', 'javascript']);
    expect(document.activeElement).toBe(document.querySelector('li[data-skill="sql"]'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(order()).toEqual(['react', 'sql', 'javascript']);
    fireEvent.click(screen.getByRole('button', { name: 'Put prerequisites first' }));
    expect(order()).toEqual(['javascript', 'react', 'sql']);
  });

  it('takes weekly hours and a target date, and says how late the plan is and the pace that would make it', () => {
    render(<Harness initial={{ ...EMPTY_PLAN, weeklyHours: 10, items: ['jquery', 'react', 'python'].map((skillId) => ({ skillId, addedAt: 0 })) }} />);
    fireEvent.change(screen.getByLabelText('Target date'), { target: { value: '2026-04-30' } });
    // 208 h at 10 h a week ends on 31 May: 31 days late; 13 h a week would make 30 April.
    expect(screen.getByTestId('plan-summary').textContent).toContain('That is 31 days after your target date; 13 hours a week would make it.');
    fireEvent.change(screen.getByLabelText('Hours a week'), { target: { value: '13' } });
    expect(stored().weeklyHours).toBe(13);
    expect(screen.getByTestId('plan-summary').textContent).toMatch(/days? before your target date\./);
    fireEvent.change(screen.getByLabelText('Hours a week'), { target: { value: '0' } });
    expect(stored().weeklyHours).toBe(13);
  });

  it('suggests the plan goal’s missing skills, dates the goal, and marks a skill learned', () => {
    const goal = goalForRole('data-engineer');
    const learned = vi.fn();
    render(<Harness initial={{ ...EMPTY_PLAN, goalId: goal.id, items: [{ skillId: 'sql', addedAt: 0 }] }} goals={[goal]} goalGaps={{ required: ['sql', 'apache-spark'], preferred: ['kafka'] }} onMarkLearned={learned} />);
    expect(screen.getByTestId('plan-goal-date').textContent).toContain('1 required skill of your Data Engineer goal is not in the plan yet: Apache Spark.');
    const next = screen.getByRole('list', { name: 'Skills to learn for Data Engineer, most asked for first' });
    expect([...next.querySelectorAll('li')].map((li) => li.dataset.skill)).toEqual(['apache-spark', 'kafka']);
    fireEvent.click(within(next).getByRole('button', { name: 'Add to plan: Apache Spark' }));
    expect(order()).toEqual(['sql', 'apache-spark']);
    expect(screen.getByTestId('plan-goal-date').textContent).toMatch(/^Your Data Engineer goal: every required skill learned by /);
    fireEvent.click(screen.getByRole('button', { name: 'I learned it: SQL' }));
    expect(learned).toHaveBeenCalledWith('sql');
  });
});

describe('ProgressChart', () => {
  it('draws one line per goal over the weeks and carries the figures in a table', () => {
    const w1 = Date.UTC(2026, 0, 5);
    const w2 = w1 + 7 * 86_400_000;
    render(<ProgressChart series={[
      { subject: 'goal:role:data-engineer', label: 'Data Engineer', points: [{ week: w1, value: 40 }, { week: w2, value: 55 }] },
      { subject: 'watchlist', label: 'Saved postings (mean match)', points: [{ week: w2, value: 62 }] },
    ]} />);
    const chart = screen.getByTestId('progress-chart');
    expect(chart.querySelector('[data-series="goal:role:data-engineer"] path')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(chart.querySelectorAll('[data-series="watchlist"] circle')).toHaveLength(1);
    const table = within(chart).getByRole('table', { hidden: true });
    expect(within(table).getByRole('row', { name: /Data Engineer 40% 55%/, hidden: true })).toBeTruthy();
    expect(within(table).getByRole('row', { name: /Saved postings \(mean match\) – 62%/, hidden: true })).toBeTruthy();
  });

  it('says the chart fills in when there is nothing yet', () => {
    render(<ProgressChart series={[]} />);
    expect(screen.getByTestId('progress-empty')).toBeTruthy();
  });
});
