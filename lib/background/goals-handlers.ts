import type { Goal } from '@/lib/model/goal';
import { goalSlots, goalTargetsFromTemplates, type GoalTarget } from '@/lib/goals/goal-fit';
import type { HandlersFor } from '@/lib/messaging/handler-map';
import { sharedMatcher } from '@/lib/skills/skill-engine';
import { readGoals } from '@/lib/storage/goals-storage';

/** Which of the person's goals a posting fits, for the overlay's goal line. */
export function goalsHandlers(): HandlersFor<'posting:goals'> {
  // Role skills per goal from the shipped templates, kept while the goals stay the same.
  let targets: { key: string; value: GoalTarget[] } | undefined;
  const goalTargets = (goals: Goal[]): GoalTarget[] => {
    const key = JSON.stringify(goals);
    if (targets?.key !== key) targets = { key, value: goalTargetsFromTemplates(goals) };
    return targets.value;
  };
  return {
    'posting:goals': async ({ title, skillIds }) => ({ goals: goalSlots({ title, skillIds }, goalTargets((await readGoals()).goals), sharedMatcher().byId) }),
  };
}
