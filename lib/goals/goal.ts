import { MAX_GOALS, type Goal, type GoalsState } from '@/lib/model/goal';
import { normalizeTitle, TITLE_MATCH_THRESHOLD, titleKey, titleMatchesKey, type NormalizedTitle } from './normalize-title';
import { roleById } from './roles';

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

/**
 * Posting titles already read for roles. Goals match every posting against every goal, more than once per
 * view (role profile, then the goal's postings), and the same titles recur: reading one costs about as much
 * as scoring the posting, so each is read once. Bounded, so a long session cannot grow it without end.
 */
const readTitles = new Map<string, NormalizedTitle>();
const MAX_READ_TITLES = 100_000;

function readTitle(title: string): NormalizedTitle {
  let read = readTitles.get(title);
  if (!read) {
    if (readTitles.size >= MAX_READ_TITLES) readTitles.clear();
    readTitles.set(title, (read = normalizeTitle(title)));
  }
  return read;
}

/** Whether a posting's title is one for this goal: its role (as titleMatchesRole reads it), or the person's own title word for word. */
export function goalMatchesTitle(goal: Goal, postingTitle: string): boolean {
  const roleId = goal.roleId;
  if (roleId) return readTitle(postingTitle).candidates.some((c) => c.roleId === roleId && c.confidence >= TITLE_MATCH_THRESHOLD);
  return titleMatchesKey(postingTitle, titleKey(goal.title));
}
