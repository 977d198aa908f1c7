import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { SkillSearch } from '@/components/popup/SkillSearch';
import type { Goal } from '@/lib/model/goal';
import {
  addToPlan,
  checkTarget,
  estimateCompletion,
  goalReachedOn,
  moveInPlan,
  orderWithPrerequisites,
  prerequisitesOutOfOrder,
  removeFromPlan,
} from '@/lib/goals/plan';
import type { Plan } from '@/lib/model/plan';
import type { Profile } from '@/lib/model/profile';
import type { Effort, Skill, TaxonomyData } from '@/lib/model/skill';
import './goals.css';

interface Props {
  plan: Plan;
  goals: readonly Goal[];
  taxonomy: TaxonomyData;
  byId: ReadonlyMap<string, Skill>;
  profile: Profile;
  /** Today, YYYY-MM-DD: estimates start from it. */
  today: string;
  /** The skills the plan's goal still lacks, most asked for first; null without a goal. */
  goalGaps: { required: string[]; preferred: string[] } | null;
  nameOf(id: string): string;
  onChange(next: Plan): void;
  onMarkLearned(skillId: string): void;
}

const EFFORT_LABEL: Record<Effort, string> = { d: 'days', w: 'weeks', m: 'months' };
const SUGGESTIONS_SHOWN = 6;
const formatDate = (date: string) => new Date(`${date}T00:00:00Z`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const hoursText = (h: number) => `${h} ${h === 1 ? 'hour' : 'hours'}`;

/**
 * The learning plan: skills in order (reorder with the buttons, or Alt+↑/↓ on a focused skill), a weekly
 * time budget and a target date, the estimated finish of each skill and of the goal, suggestions from the
 * goal's missing skills, and "I learned it", which moves a skill into the profile.
 */
export function PlanView({ plan, goals, taxonomy, byId, profile, today, goalGaps, nameOf, onChange, onMarkLearned }: Props) {
  const id = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const [focusAfter, setFocusAfter] = useState<{ skillId: string; part: 'item' | 'up' | 'down' } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [hoursDraft, setHoursDraft] = useState(String(plan.weeklyHours));
  useEffect(() => setHoursDraft(String(plan.weeklyHours)), [plan.weeklyHours]);

  const estimate = useMemo(() => estimateCompletion(plan, byId, today, { profile }), [plan, byId, today, profile]);
  const finishOf = useMemo(() => new Map(estimate.steps.map((s) => [s.skillId, s])), [estimate]);
  const late = useMemo(() => prerequisitesOutOfOrder(plan, byId), [plan, byId]);
  const target = plan.targetDate ? checkTarget(estimate, plan.targetDate) : null;
  const goal = goals.find((g) => g.id === plan.goalId) ?? null;
  const reached = goal && goalGaps ? goalReachedOn(estimate, goalGaps.required) : null;
  const inPlan = new Set(plan.items.map((i) => i.skillId));
  const have = useMemo(() => new Set(profile.skills.map((s) => s.id)), [profile]);
  const suggestions = goalGaps ? [...goalGaps.required, ...goalGaps.preferred].filter((s) => !inPlan.has(s)).slice(0, SUGGESTIONS_SHOWN) : [];

  // After a move, focus follows the skill that moved, so keyboard users keep their place.
  useEffect(() => {
    if (!focusAfter || !listRef.current) return;
    const li = listRef.current.querySelector<HTMLElement>(`li[data-skill="${focusAfter.skillId}"]`);
    const button = focusAfter.part === 'item' ? null : li?.querySelector<HTMLButtonElement>(`button[data-move="${focusAfter.part}"]:not(:disabled)`);
    (button ?? li)?.focus();
    setFocusAfter(null);
  }, [focusAfter, plan]);

  const move = (skillId: string, delta: number, part: 'item' | 'up' | 'down') => {
    const next = moveInPlan(plan, skillId, delta);
    if (next === plan) return;
    onChange(next);
    const position = next.items.findIndex((i) => i.skillId === skillId) + 1;
    setAnnouncement(`${nameOf(skillId)} moved to position ${position} of ${next.items.length}.`);
    setFocusAfter({ skillId, part });
  };
  const add = (skillId: string) => {
    const next = addToPlan(plan, skillId, byId, profile);
    const added = next.items.filter((i) => !inPlan.has(i.skillId)).map((i) => nameOf(i.skillId));
    onChange(next);
    setAnnouncement(added.length ? `Added ${added.join(', ')} to your plan.` : `${nameOf(skillId)} is already in your plan.`);
  };
  const onItemKey = (e: KeyboardEvent<HTMLLIElement>, skillId: string) => {
    if (e.target !== e.currentTarget || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    move(skillId, e.key === 'ArrowUp' ? -1 : 1, 'item');
  };
  const commitHours = (text: string) => {
    setHoursDraft(text);
    const h = Number(text);
    if (Number.isFinite(h) && h >= 0.5 && h <= 80 && h !== plan.weeklyHours) onChange({ ...plan, weeklyHours: Math.round(h * 2) / 2 });
  };

  return (
    <section className="plan" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Learning plan</h2>
      <div className="plan-settings">
        <label>
          Working toward
          <select value={plan.goalId ?? ''} onChange={(e) => onChange({ ...plan, goalId: e.target.value || null })}>
            <option value="">No particular goal</option>
            {goals.map((g) => <option key={g.id} value={g.id}>{g.title}</option>)}
          </select>
        </label>
        <label>
          Hours a week
          <input type="number" min={0.5} max={80} step={0.5} value={hoursDraft} onChange={(e) => commitHours(e.target.value)} onBlur={() => setHoursDraft(String(plan.weeklyHours))} />
        </label>
        <label>
          Target date
          <input type="date" min={today} value={plan.targetDate ?? ''} onChange={(e) => onChange({ ...plan, targetDate: e.target.value || null })} />
        </label>
      </div>

      <div className="plan-summary" data-testid="plan-summary">
        {plan.items.length === 0 ? (
          <p className="empty">Your plan is empty. Add skills below, or from a goal’s missing skills.</p>
        ) : (
          <p>
            About {hoursText(estimate.totalHours)} of learning. At {hoursText(plan.weeklyHours)} a week you finish around{' '}
            <strong data-testid="plan-finish-date">{formatDate(estimate.finish)}</strong>.
            {target && target.onTrack && ` That is ${target.daysToSpare} ${target.daysToSpare === 1 ? 'day' : 'days'} before your target date.`}
            {target && !target.onTrack && (
              <span className="late">
                {' '}That is {-target.daysToSpare} {target.daysToSpare === -1 ? 'day' : 'days'} after your target date
                {target.weeklyHoursNeeded !== null ? `; ${hoursText(target.weeklyHoursNeeded)} a week would make it.` : '.'}
              </span>
            )}
          </p>
        )}
        {goal && reached && (
          reached.date ? (
            <p data-testid="plan-goal-date">
              {goalGaps!.required.length ? (
                <>Your {goal.title} goal: every required skill learned by <strong>{formatDate(reached.date)}</strong>.</>
              ) : (
                <>You have every required skill of your {goal.title} goal.</>
              )}
            </p>
          ) : (
            <p data-testid="plan-goal-date">
              {reached.notPlanned.length} required {reached.notPlanned.length === 1 ? 'skill' : 'skills'} of your {goal.title} goal {reached.notPlanned.length === 1 ? 'is' : 'are'} not in the plan yet: {reached.notPlanned.map(nameOf).join(', ')}.{' '}
              <button type="button" className="link" onClick={() => onChange(reached.notPlanned.reduce((p, s) => addToPlan(p, s, byId, profile), plan))}>Add them</button>
            </p>
          )
        )}
      </div>

      {suggestions.length > 0 && goal && (
        <>
          <h3>Next for your {goal.title} goal</h3>
          <ul className="goal-skills" aria-label={`Skills to learn for ${goal.title}, most asked for first`}>
            {suggestions.map((s) => (
              <li key={s} data-skill={s}>
                <span className="name">{nameOf(s)}</span>
                {goalGaps!.required.includes(s) && <span className="tag">required</span>}
                <span className="muted">{EFFORT_LABEL[byId.get(s)?.effort ?? 'w']}</span>
                <button type="button" aria-label={`Add to plan: ${nameOf(s)}`} onClick={() => add(s)}>Add to plan</button>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>Add any skill</h3>
      <SkillSearch taxonomy={taxonomy} have={have} onAdd={add} />

      {plan.items.length > 0 && (
        <>
          <h3 id={`${id}-list`}>Your plan, in order</h3>
          <p className="muted" id={`${id}-hint`}>Prerequisites come first. Reorder with the arrows, or focus a skill and press Alt+↑ or Alt+↓.</p>
          {late.size > 0 && (
            <p className="late">
              Some skills now come before what they build on.{' '}
              <button type="button" className="link" onClick={() => onChange(orderWithPrerequisites(plan, byId, profile))}>Put prerequisites first</button>
            </p>
          )}
          <ol ref={listRef} className="plan-items" aria-labelledby={`${id}-list`} aria-describedby={`${id}-hint`}>
            {plan.items.map((item, n) => {
              const name = nameOf(item.skillId);
              const step = finishOf.get(item.skillId);
              const needs = late.get(item.skillId);
              return (
                <li key={item.skillId} data-skill={item.skillId} tabIndex={0} onKeyDown={(e) => onItemKey(e, item.skillId)}>
                  <span className="position" aria-hidden="true">{n + 1}</span>
                  <div className="what">
                    <span className="name">{name}</span>
                    <span className="muted">
                      {EFFORT_LABEL[step?.effort ?? 'w']}
                      {step && (step.hours === 0 ? ' · already in your profile' : ` · by ${formatDate(step.finish)}`)}
                    </span>
                    {item.prerequisiteOf && <span className="note">needed for {nameOf(item.prerequisiteOf)}</span>}
                    {needs && <span className="late">comes before {needs.map(nameOf).join(', ')}, which it builds on</span>}
                  </div>
                  <div className="item-actions">
                    <button type="button" data-move="up" aria-label={`Move ${name} up`} disabled={n === 0} onClick={() => move(item.skillId, -1, 'up')}>↑</button>
                    <button type="button" data-move="down" aria-label={`Move ${name} down`} disabled={n === plan.items.length - 1} onClick={() => move(item.skillId, 1, 'down')}>↓</button>
                    <button type="button" className="primary" aria-label={`I learned it: ${name}`} onClick={() => { onMarkLearned(item.skillId); setAnnouncement(`${name} is now in your profile.`); }}>
                      I learned it
                    </button>
                    <button type="button" className="remove" aria-label={`Remove ${name} from the plan`} onClick={() => onChange(removeFromPlan(plan, item.skillId))}>×</button>
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}

      {plan.learned.length > 0 && (
        <p className="muted learned" data-testid="plan-learned">
          Learned from your plan: {plan.learned.slice(-5).reverse().map((l) => `${nameOf(l.skillId)} (${new Date(l.at).toLocaleDateString(undefined, { day: 'numeric', month: 'short' })})`).join(', ')}.
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">{announcement}</p>
    </section>
  );
}
