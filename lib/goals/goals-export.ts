import { z } from 'zod';
import { goalSchema, MAX_GOALS, type Goal, type GoalsState } from '@/lib/model/goal';
import { EMPTY_PLAN, planItemSchema, planSchema, type Plan } from '@/lib/model/plan';

/** A refinement reporting the first entry whose key was already listed, at that entry's key. */
const listedOnce = <T>(keyOf: (item: T) => string, field: string, message: (key: string) => string) => (list: T[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const key = keyOf(item);
    if (seen.has(key)) ctx.addIssue({ code: 'custom', message: message(key), path: [i, field] });
    seen.add(key);
  });
};

/**
 * The fields goals add to an export document of scope "everything" (format version 3): the goals as a
 * list, and the learning plan. Progress snapshots, goals' included ("goal:<id>" subjects), are already
 * exported with the rest of the progress table. The same rules as the stored values, except that a
 * duplicate is reported where it is and by name, since an import file may be edited by hand.
 */
export const goalsExportFields = {
  goals: z.array(goalSchema).max(MAX_GOALS).superRefine(listedOnce((g: Goal) => g.id, 'id', (id) => `the goal "${id}" is listed twice`)),
  plan: planSchema.extend({
    items: z.array(planItemSchema).max(200).superRefine(listedOnce((i: { skillId: string }) => i.skillId, 'skillId', (id) => `the skill "${id}" is in the plan twice`)),
  }),
};
export const goalsExportSchema = z.object(goalsExportFields);
export type GoalsExport = z.infer<typeof goalsExportSchema>;

/** What a file from before goals existed (version 2) migrates to. */
export const EMPTY_GOALS_EXPORT: GoalsExport = { goals: [], plan: EMPTY_PLAN };

/** The goals after a merging import: the person's own first, then imported ones they lack, up to the limit. */
export function mergeGoals(current: GoalsState, imported: readonly Goal[]): GoalsState {
  const have = new Set(current.goals.map((g) => g.id));
  return { goals: [...current.goals, ...imported.filter((g) => !have.has(g.id))].slice(0, MAX_GOALS) };
}

/**
 * The plan after a merging import: the person's own order first, then imported skills they lack; their
 * pace, date and goal stay unless their plan is empty; dismissed prerequisites and learned history are joined.
 */
export function mergePlans(current: Plan, imported: Plan): Plan {
  const base = current.items.length ? current : { ...imported, items: current.items };
  const have = new Set(base.items.map((i) => i.skillId));
  const learned = new Map([...current.learned, ...imported.learned].map((l) => [`${l.skillId}@${l.at}`, l]));
  return planSchema.parse({
    ...base,
    items: [...base.items, ...imported.items.filter((i) => !have.has(i.skillId))].slice(0, 200),
    dismissed: [...new Set([...current.dismissed, ...imported.dismissed])].slice(0, 500),
    learned: [...learned.values()].sort((a, b) => a.at - b.at).slice(-1000),
  });
}
