import { z } from 'zod';

/** Most goals a person keeps at once: a few targets keep the dashboard readable. */
export const MAX_GOALS = 8;

/** A target role the person works toward. */
export const goalSchema = z.object({
  /** `role:<role id>` for a role of the list, `own:<words>` for the person's own title; progress snapshots use it. */
  id: z.string().regex(/^(role|own):[a-z0-9-]{1,80}$/, 'a goal id is "role:…" or "own:…"'),
  /** What the person called it ("Data Engineer", or their own title). */
  title: z.string().trim().min(1).max(120),
  /** The role of the list it stands for, or null for an own title the list lacks. */
  roleId: z.string().min(1).max(80).nullable(),
  /** When it was set (ms since epoch). */
  createdAt: z.number().int().nonnegative(),
});
export type Goal = z.infer<typeof goalSchema>;

/** The person's goals, in the order they set them. */
export const goalsStateSchema = z.object({
  goals: z
    .array(goalSchema)
    .max(MAX_GOALS)
    .refine((g) => new Set(g.map((x) => x.id)).size === g.length, { message: 'a goal is listed twice' }),
});
export type GoalsState = z.infer<typeof goalsStateSchema>;

export const EMPTY_GOALS: GoalsState = { goals: [] };
