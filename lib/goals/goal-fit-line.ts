/**
 * The overlay's goal line from what the background found: kept apart from goal-fit.ts so the content script
 * can count coverage live (after "I have this", or a profile change in the popup) without carrying the role
 * templates or the taxonomy.
 */

/** The skills of a posting that count: not soft skills, not the ones named only about the company. */
export const countedSkillIds = (mentions: readonly { id: string; soft?: boolean; incidental?: boolean }[]): string[] => [
  ...new Set(mentions.filter((m) => !m.soft && !m.incidental).map((m) => m.id)),
];

/** One goal a posting fits, and the posting's skills that count toward it. */
export interface GoalSlots {
  goalId: string;
  goalTitle: string;
  /** The posting's title names the goal's role (rather than only its skills overlapping). */
  byTitle: boolean;
  /** Ids of the posting's counted skills that belong to the goal's role (all of them on a title match with none in common). */
  slots: string[];
}

/** How a posting fits one of the person's goals, for the overlay's line "fits your Data Engineer goal: 7 of 9". */
export interface GoalFit {
  goalId: string;
  goalTitle: string;
  byTitle: boolean;
  /** Of the slots, how many the person has… */
  have: number;
  /** …and how many there are. */
  total: number;
  /** The line to show. */
  text: string;
}

/**
 * Counts a goal's slots the person covers. `counted`, when given, drops slots no longer counted on this page
 * (a word the person marked "not a skill here" since the background looked).
 */
export function goalFitLine(goal: GoalSlots, covered: (skillId: string) => boolean, counted?: ReadonlySet<string>): GoalFit {
  const slots = counted ? goal.slots.filter((id) => counted.has(id)) : goal.slots;
  const have = slots.filter(covered).length;
  return { goalId: goal.goalId, goalTitle: goal.goalTitle, byTitle: goal.byTitle, have, total: slots.length, text: `fits your ${goal.goalTitle} goal: ${have} of ${slots.length}` };
}
