import { storage } from '#imports';
import { EMPTY_GOALS, goalsStateSchema, type GoalsState } from '@/lib/model/goal';
import { EMPTY_PLAN, planSchema, type Plan } from '@/lib/model/plan';
import { parseStored } from './items';

/** The person's career goals (target roles); content scripts read them for the overlay's goal line. */
export const goalsStorage = storage.defineItem<GoalsState>('local:goals', { fallback: EMPTY_GOALS, version: 1 });

/** The person's learning plan: ordered skills, weekly hours, target date. */
export const planStorage = storage.defineItem<Plan>('local:plan', { fallback: EMPTY_PLAN, version: 1 });

/** Parses a stored goals value, falling back to none when it is not valid. */
export const parseGoals = (value: unknown): GoalsState => parseStored(goalsStateSchema, value, EMPTY_GOALS, 'goals');

/** Parses a stored plan, falling back to an empty plan when it is not valid. */
export const parsePlan = (value: unknown): Plan => parseStored(planSchema, value, EMPTY_PLAN, 'learning plan');

/** The goals, validated. */
export async function readGoals(): Promise<GoalsState> {
  return parseGoals(await goalsStorage.getValue());
}

/** The plan, validated. */
export async function readPlan(): Promise<Plan> {
  return parsePlan(await planStorage.getValue());
}
