import { z } from 'zod';
import { normalizeTitle, titleKey, titleMatchesKey, titleMatchesRole } from './normalize-title';
import { roleById } from './roles';

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

/** Confidence at which an own title is taken to be a role of the list ("Sr. Data Engineer" → Data Engineer). */
const OWN_TITLE_ROLE_CONFIDENCE = 0.8;

/** A goal for a role of the list. */
export function goalForRole(roleId: string, now = Date.now()): Goal {
  const role = roleById(roleId);
  if (!role) throw new Error(`unknown role ${roleId}`);
  return { id: `role:${role.id}`, title: role.name, roleId: role.id, createdAt: now };
}

/**
 * A goal from a title the person typed: a role of the list when the title clearly names one (keeping the
 * person's wording), otherwise their own title, matched against posting titles word for word.
 * Returns null for a title with no words left once seniority and the like are removed.
 */
export function goalFromTitle(title: string, now = Date.now()): Goal | null {
  const text = title.trim().replace(/\s+/g, ' ').slice(0, 120);
  const exact = text.toLowerCase();
  const named = normalizeTitle(text);
  const roleId = named.roleId && named.confidence >= OWN_TITLE_ROLE_CONFIDENCE ? named.roleId : null;
  if (roleId) {
    const role = roleById(roleId)!;
    return { id: `role:${roleId}`, title: role.name.toLowerCase() === exact ? role.name : text, roleId, createdAt: now };
  }
  const key = titleKey(text);
  if (!key) return null;
  return { id: `own:${key.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80)}`, title: text, roleId: null, createdAt: now };
}

/** The goals with one more (a goal already set is not added twice; the oldest beyond the limit stay). */
export function withGoal(state: GoalsState, goal: Goal): GoalsState {
  if (state.goals.some((g) => g.id === goal.id) || state.goals.length >= MAX_GOALS) return state;
  return { goals: [...state.goals, goal] };
}

/** The goals without one. */
export function withoutGoal(state: GoalsState, goalId: string): GoalsState {
  return { goals: state.goals.filter((g) => g.id !== goalId) };
}

/** Whether a posting's title is one for this goal: its role, or the person's own title word for word. */
export function goalMatchesTitle(goal: Goal, postingTitle: string): boolean {
  if (goal.roleId) return titleMatchesRole(postingTitle, goal.roleId);
  return titleMatchesKey(postingTitle, titleKey(goal.title));
}
