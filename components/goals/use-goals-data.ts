import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { useSkillGap } from '@/components/popup/skillgap-context';
import { useStoredValue } from '@/components/popup/use-stored-value';
import { loadGoalPostings } from '@/lib/db/goal-source';
import { sendRequest } from '@/lib/messaging/send';
import { goalsStateSchema, type GoalsState } from '@/lib/model/goal';
import { planSchema, type Plan } from '@/lib/model/plan';
import { goalReadings } from '@/lib/goals/progress';
import { buildRoleProfile, type RolePosting, type RoleProfile } from '@/lib/goals/role-profile';
import { goalsStorage, parseGoals, parsePlan, planStorage } from '@/lib/storage/goals-storage';

/** What the goal and plan views work with. */
export interface GoalsData {
  goals: GoalsState;
  plan: Plan;
  /** The person's postings, saved and viewed (a posting both saved and viewed once, as saved). */
  postings: RolePosting[];
  /** Each goal's role profile, by goal id. */
  roleProfiles: Map<string, RoleProfile>;
  saveGoals(next: GoalsState): Promise<void>;
  savePlan(next: Plan): Promise<void>;
}

/**
 * Goals, plan and postings, followed live, with each goal's role profile; when a goal's coverage changes,
 * asks the background to take this week's progress snapshot (the background writes it). Undefined while loading.
 */
export function useGoalsData(): GoalsData | undefined {
  const { db, profile, byId } = useSkillGap();
  const goals = useStoredValue(goalsStorage, parseGoals);
  const plan = useStoredValue(planStorage, parsePlan);
  const postings = useLiveQuery(() => loadGoalPostings(db), [db]);
  const roleProfiles = useMemo(() => {
    const map = new Map<string, RoleProfile>();
    if (goals && postings) for (const g of goals.goals) map.set(g.id, buildRoleProfile(g, postings));
    return map;
  }, [goals, postings]);
  const readings = useMemo(() => (goals ? goalReadings(goals.goals, roleProfiles, profile, byId) : []), [goals, roleProfiles, profile, byId]);
  // The readings as a key, so that a new but equal list (a re-render) asks for no snapshot.
  const readingsKey = postings ? JSON.stringify(readings) : undefined;
  useEffect(() => {
    if (readingsKey !== undefined && readingsKey !== '[]') void sendRequest({ type: 'progress:snapshot' }).catch(() => undefined);
  }, [readingsKey]);
  return useMemo(
    () =>
      goals && plan && postings
        ? {
            goals,
            plan,
            postings,
            roleProfiles,
            saveGoals: (next: GoalsState) => goalsStorage.setValue(goalsStateSchema.parse(next)),
            savePlan: (next: Plan) => planStorage.setValue(planSchema.parse(next)),
          }
        : undefined,
    [goals, plan, postings, roleProfiles],
  );
}
