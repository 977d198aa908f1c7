import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useSkillGap } from '@/components/popup/skillgap-context';
import { WATCHLIST_SUBJECT } from '@/lib/db/progress-repo';
import { withGoal, withoutGoal } from '@/lib/goals/goal';
import { addToPlan } from '@/lib/goals/plan';
import { goalSubject, progressSeries } from '@/lib/goals/progress';
import { goalPostings } from '@/lib/goals/goal-cards';
import { goalCoverage } from '@/lib/goals/role-profile';
import { GoalsView, type GoalCard } from './GoalsView';
import { ProgressChart } from './ProgressChart';
import { useGoalsData } from './use-goals-data';

/** The Goals section of the dashboard and popup: goals with their coverage and postings, and the progress chart. */
export function GoalsSection() {
  const { db, profile, byId, settings, nameOf } = useSkillGap();
  const data = useGoalsData();
  const snapshots = useLiveQuery(() => db.progress.toArray(), [db]);
  const cards = useMemo<GoalCard[]>(() => {
    if (!data) return [];
    return data.goals.goals.map((goal) => {
      const roleProfile = data.roleProfiles.get(goal.id)!;
      return { goal, roleProfile, coverage: goalCoverage(roleProfile, profile, byId), postings: goalPostings(goal, data.postings, profile, byId, settings) };
    });
  }, [data, profile, byId, settings]);
  const series = useMemo(() => {
    if (!data || !snapshots) return [];
    const labels = new Map<string, string>(data.goals.goals.map((g) => [goalSubject(g.id), g.title]));
    labels.set(WATCHLIST_SUBJECT, 'Saved postings (mean match)');
    return progressSeries(snapshots, labels);
  }, [data, snapshots]);
  if (!data) return <p className="empty" role="status">Loading your goals…</p>;
  const { plan, goals, saveGoals, savePlan } = data;
  return (
    <>
      <GoalsView
        cards={cards}
        planIds={new Set(plan.items.map((i) => i.skillId))}
        threshold={settings.threshold}
        nameOf={nameOf}
        onAddGoal={(goal) => void saveGoals(withGoal(goals, goal))}
        onRemoveGoal={(goalId) => void saveGoals(withoutGoal(goals, goalId))}
        onAddToPlan={(skillId, goalId) => void savePlan({ ...addToPlan(plan, skillId, byId, profile), goalId: plan.goalId ?? goalId })}
      />
      {goals.goals.length > 0 && <ProgressChart series={series} />}
    </>
  );
}
