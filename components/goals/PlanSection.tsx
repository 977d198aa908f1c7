import { useMemo } from 'react';
import { useSkillGap } from '@/components/popup/skillgap-context';
import { localDate, markLearned } from '@/lib/goals/plan';
import { goalCoverage } from '@/lib/goals/role-profile';
import { PlanView } from './PlanView';
import { useGoalsData } from './use-goals-data';

/** The Plan section of the dashboard and popup: the learning plan, wired to storage and the profile. */
export function PlanSection() {
  const { taxonomy, byId, profile, saveProfile, nameOf } = useSkillGap();
  const data = useGoalsData();
  const goalGaps = useMemo(() => {
    const goal = data?.goals.goals.find((g) => g.id === data.plan.goalId);
    const rp = goal ? data!.roleProfiles.get(goal.id) : undefined;
    if (!rp) return null;
    const c = goalCoverage(rp, profile, byId);
    return { required: c.required.missing.map((s) => s.id), preferred: c.preferred.missing.map((s) => s.id) };
  }, [data, profile, byId]);
  if (!data) return <p className="empty" role="status">Loading your plan…</p>;
  const { plan, savePlan } = data;
  return (
    <PlanView
      plan={plan}
      goals={data.goals.goals}
      taxonomy={taxonomy}
      byId={byId}
      profile={profile}
      today={localDate()}
      goalGaps={goalGaps}
      nameOf={nameOf}
      onChange={(next) => void savePlan(next)}
      onMarkLearned={(skillId) => {
        const next = markLearned(plan, profile, skillId);
        void saveProfile(next.profile, `Learned ${nameOf(skillId)}`).then(() => savePlan(next.plan));
      }}
    />
  );
}
