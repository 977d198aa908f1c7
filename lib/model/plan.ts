import { z } from 'zod';
import { skillIdSchema } from './skill';

/** A calendar date, YYYY-MM-DD (the target date; estimates). */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');

/** One skill in the plan. */
export const planItemSchema = z.object({
  skillId: skillIdSchema,
  /** When it was added (ms since epoch). */
  addedAt: z.number().int().nonnegative(),
  /** Set when the plan added it as a prerequisite of another skill (the id of that skill). */
  prerequisiteOf: skillIdSchema.optional(),
});
export type PlanItem = z.infer<typeof planItemSchema>;

/** The person's learning plan: skills in the order they will learn them, at a weekly pace, toward a date. */
export const planSchema = z.object({
  items: z
    .array(planItemSchema)
    .max(200)
    .refine((items) => new Set(items.map((i) => i.skillId)).size === items.length, { message: 'a skill is in the plan twice' }),
  /** Hours a week the person means to spend learning. */
  weeklyHours: z.number().min(0.5).max(80),
  /** The date they want to be done by, if any. */
  targetDate: isoDateSchema.nullable(),
  /** The goal the plan works toward (its id), if any: suggestions and the goal date follow it. */
  goalId: z.string().max(90).nullable(),
  /** Prerequisites the person removed: the plan does not add them again. */
  dismissed: z.array(skillIdSchema).max(500),
  /** Skills marked learned from the plan, with when. */
  learned: z.array(z.object({ skillId: skillIdSchema, at: z.number().int().nonnegative() })).max(1000),
});
export type Plan = z.infer<typeof planSchema>;

export const EMPTY_PLAN: Plan = { items: [], weeklyHours: 5, targetDate: null, goalId: null, dismissed: [], learned: [] };
