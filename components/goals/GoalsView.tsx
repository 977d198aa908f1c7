import { useId, useState, type FormEvent } from 'react';
import { slotTotals, type PostingScore } from '@/lib/match/posting-score';
import { fitTier } from '@/lib/match/score';
import { goalForRole, goalFromTitle } from '@/lib/goals/goal';
import { MAX_GOALS, type Goal } from '@/lib/model/goal';
import type { CoverageGroup, GoalCoverage, RolePosting, RoleProfile } from '@/lib/goals/role-profile';
import { roleTemplate } from '@/lib/goals/role-templates';
import { ROLES, type Profession } from '@/lib/goals/roles';
import './goals.css';

/** One goal as the view shows it. */
export interface GoalCard {
  goal: Goal;
  roleProfile: RoleProfile;
  coverage: GoalCoverage;
  /** The person's postings for this goal, scored against the profile as it is now, best first. */
  postings: { posting: RolePosting; score: PostingScore }[];
}

interface Props {
  cards: readonly GoalCard[];
  /** Skills already in the learning plan. */
  planIds: ReadonlySet<string>;
  threshold: number;
  nameOf(id: string): string;
  onAddGoal(goal: Goal): void;
  onRemoveGoal(goalId: string): void;
  onAddToPlan(skillId: string, goalId: string): void;
}

const POSTINGS_SHOWN = 5;
const PROFESSIONS = [...new Set(ROLES.map((r) => r.profession))] as Profession[];
const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * The person's career goals: pick a role from the list or type an own title; per goal, how the profile
 * covers the role's required and preferred skills, what is missing (each can go into the plan), and the
 * postings that match it with their scores.
 */
export function GoalsView({ cards, planIds, threshold, nameOf, onAddGoal, onRemoveGoal, onAddToPlan }: Props) {
  const id = useId();
  const [roleId, setRoleId] = useState('');
  const [ownTitle, setOwnTitle] = useState('');
  const [message, setMessage] = useState('');
  const full = cards.length >= MAX_GOALS;

  const add = (goal: Goal | null) => {
    if (!goal) return setMessage('Type a job title, such as “Growth Marketer”.');
    const existing = cards.find((c) => c.goal.id === goal.id);
    if (existing) return setMessage(`${existing.goal.title} is already one of your goals.`);
    onAddGoal(goal);
    setMessage(`Added the goal ${goal.title}.`);
  };
  const addRole = (e: FormEvent) => {
    e.preventDefault();
    if (!roleId) return setMessage('Choose a role first.');
    add(goalForRole(roleId));
    setRoleId('');
  };
  const addOwn = (e: FormEvent) => {
    e.preventDefault();
    add(goalFromTitle(ownTitle));
    setOwnTitle('');
  };

  return (
    <section className="goals" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Your goals</h2>
      <div className="goal-pickers">
        <form onSubmit={addRole} className="goal-picker">
          <label htmlFor={`${id}-role`}>Target role</label>
          <select id={`${id}-role`} value={roleId} onChange={(e) => setRoleId(e.target.value)} disabled={full}>
            <option value="">Choose a role…</option>
            {PROFESSIONS.map((p) => (
              <optgroup key={p} label={p}>
                {ROLES.filter((r) => r.profession === p).map((r) => (
                  <option key={r.id} value={r.id} disabled={cards.some((c) => c.goal.roleId === r.id)}>{r.name}</option>
                ))}
              </optgroup>
            ))}
          </select>
          <button type="submit" className="primary" disabled={full}>Add goal</button>
        </form>
        <form onSubmit={addOwn} className="goal-picker">
          <label htmlFor={`${id}-own`}>Or your own title</label>
          <input id={`${id}-own`} type="text" value={ownTitle} maxLength={120} placeholder="e.g. Growth Marketer" onChange={(e) => setOwnTitle(e.target.value)} disabled={full} />
          <button type="submit" disabled={full || !ownTitle.trim()}>Add</button>
        </form>
      </div>
      <p className="muted" role="status">{full ? `You have ${MAX_GOALS} goals, the most SkillGap keeps. Remove one to add another.` : message}</p>
      {cards.length === 0 ? (
        <p className="empty">No goal yet. Pick the role you are working toward: SkillGap shows how you cover what its postings ask for, and what to learn.</p>
      ) : (
        <div className="goal-cards">
          {cards.map((card) => (
            <GoalCardView key={card.goal.id} card={card} planIds={planIds} threshold={threshold} nameOf={nameOf} onRemove={() => onRemoveGoal(card.goal.id)} onAddToPlan={(s) => onAddToPlan(s, card.goal.id)} />
          ))}
        </div>
      )}
    </section>
  );
}

function GoalCardView({ card, planIds, threshold, nameOf, onRemove, onAddToPlan }: { card: GoalCard; planIds: ReadonlySet<string>; threshold: number; nameOf(id: string): string; onRemove(): void; onAddToPlan(skillId: string): void }) {
  const id = useId();
  const [allPostings, setAllPostings] = useState(false);
  const { goal, roleProfile: rp, coverage } = card;
  const empty = rp.required.length + rp.preferred.length === 0;
  const shown = allPostings ? card.postings : card.postings.slice(0, POSTINGS_SHOWN);
  return (
    <article className="goal-card" data-goal={goal.id} aria-labelledby={`${id}-title`}>
      <header>
        <h3 id={`${id}-title`}>{goal.title}</h3>
        <button type="button" className="remove" aria-label={`Remove the goal ${goal.title}`} onClick={onRemove}>Remove</button>
      </header>
      <p className="muted basis">{basisOf(goal, rp)}</p>
      {!empty && (
        <>
          <div className="goal-coverage">
            <Meter label="Required skills" group={coverage.required} testId="goal-required" />
            <Meter label="Preferred skills" group={coverage.preferred} testId="goal-preferred" />
          </div>
          <p className="goal-score" data-testid="goal-score">
            You cover <strong>{coverage.score}%</strong> of what these postings ask for.
          </p>
          <SkillList title="Required skills to learn" skills={coverage.required.missing} planIds={planIds} nameOf={nameOf} onAddToPlan={onAddToPlan} testId="goal-missing-required" />
          {coverage.required.missing.length === 0 && <p className="closed">You have every required skill of this goal.</p>}
          {coverage.preferred.missing.length > 0 && (
            <details>
              <summary>Preferred skills to learn ({coverage.preferred.missing.length})</summary>
              <SkillList skills={coverage.preferred.missing} planIds={planIds} nameOf={nameOf} onAddToPlan={onAddToPlan} testId="goal-missing-preferred" />
            </details>
          )}
          {coverage.required.covered.length + coverage.preferred.covered.length > 0 && (
            <details>
              <summary>Skills of this goal you have ({coverage.required.covered.length + coverage.preferred.covered.length})</summary>
              <ul className="skill-chips have" aria-label={`Skills of ${goal.title} you have`}>
                {[...coverage.required.covered, ...coverage.preferred.covered].map((s) => <li key={s.id} data-skill={s.id}>{nameOf(s.id)}</li>)}
              </ul>
            </details>
          )}
        </>
      )}
      <h4>Postings for this goal ({card.postings.length})</h4>
      {card.postings.length === 0 ? (
        <p className="empty">None of the postings you viewed or saved has this title yet.</p>
      ) : (
        <ul className="goal-postings" aria-label={`Postings for ${goal.title}`}>
          {shown.map(({ posting, score }) => {
            const { have, total } = slotTotals(score);
            return (
              <li key={posting.key} data-key={posting.key}>
                <a href={posting.url} target="_blank" rel="noreferrer noopener" className="title">{posting.title}</a>
                <span className="meta">{posting.company}{posting.saved ? ' · saved' : ''}</span>
                <span className={`match ${fitTier(score.percent, threshold)}`} data-testid="goal-posting-score">
                  {have} of {total} skills ({score.percent}%)
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {card.postings.length > POSTINGS_SHOWN && (
        <button type="button" className="link" aria-expanded={allPostings} onClick={() => setAllPostings(!allPostings)}>
          {allPostings ? 'Show fewer' : `Show all ${card.postings.length}`}
        </button>
      )}
    </article>
  );
}

function Meter({ label, group, testId }: { label: string; group: CoverageGroup; testId: string }) {
  return (
    <div className="goal-meter">
      <span className="label">{label}</span>
      <meter min={0} max={Math.max(1, group.total)} value={group.have} aria-hidden="true" />
      <span className="value" data-testid={testId}>{group.have} of {group.total}</span>
    </div>
  );
}

function SkillList({ title, skills, planIds, nameOf, onAddToPlan, testId }: { title?: string; skills: CoverageGroup['missing']; planIds: ReadonlySet<string>; nameOf(id: string): string; onAddToPlan(id: string): void; testId: string }) {
  if (!skills.length) return null;
  return (
    <>
      {title && <h4>{title}</h4>}
      <ul className="goal-skills" data-testid={testId}>
        {skills.map((s) => {
          const name = nameOf(s.id);
          return (
            <li key={s.id} data-skill={s.id}>
              <span className="name">{name}</span>
              <span className="muted">asked by {percent(s.frequency)}</span>
              {s.learning && <span className="tag">learning</span>}
              {planIds.has(s.id) ? (
                <span className="tag">in your plan</span>
              ) : (
                <button type="button" aria-label={`Add to plan: ${name}`} onClick={() => onAddToPlan(s.id)}>Add to plan</button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** Where a goal's profile comes from, in one sentence. */
function basisOf(goal: Goal, rp: RoleProfile): string {
  const yours = `${rp.postings} ${rp.postings === 1 ? 'posting' : 'postings'} for this role you viewed or saved`;
  if (!rp.template) {
    return rp.postings
      ? `From the ${yours}.`
      : 'No posting with this title yet: view or save a few and this goal fills in, or pick a role from the list.';
  }
  const template = goal.roleId ? roleTemplate(goal.roleId) : undefined;
  const source = rp.template === 'corpus' && template ? `measured over ${template.postings} real postings` : 'an estimate from typical postings';
  if (rp.postings === 0) return `From SkillGap’s template for this role (${source}).`;
  if (rp.observedWeight >= 1) return `From the ${yours}.`;
  return `From the ${yours}, blended with SkillGap’s template (${source}; yours count ${percent(rp.observedWeight)}).`;
}
