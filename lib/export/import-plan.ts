import { MAX_GOALS, type Goal, type GoalsState } from '@/lib/model/goal';
import { mergeGoals, mergePlans } from '@/lib/goals/goals-export';
import type { Plan } from '@/lib/model/plan';
import type { Profile, ProfileSkill } from '@/lib/model/profile';
import type { ExportDoc } from './export-format';

/** Merge adds and replaces what the file holds, keeping the rest; replace makes the data what the file holds. */
export type ImportMode = 'merge' | 'replace';

/** What the person has now, as far as an import plan needs to know. */
export interface CurrentData {
  profile: Profile;
  watchlistKeys: readonly string[];
  viewedKeys: readonly string[];
  progressKeys: readonly string[];
  goals: readonly Goal[];
  plan: Plan;
}

interface KeyedCounts {
  added: number;
  replaced: number;
  removed: number;
}

/** What an import would change, shown to the person before anything is written. */
export interface ImportPlan {
  mode: ImportMode;
  scope: ExportDoc['scope'];
  profile?: { added: string[]; changed: string[]; removed: string[] };
  settings?: 'replaced';
  watchlist?: KeyedCounts;
  viewed?: KeyedCounts;
  progress?: { added: number; removed: number };
  /** Goals by title; `leftOut`: goals a merge cannot add because the person already has the most kept. */
  goals?: { added: string[]; removed: string[]; leftOut: string[] };
  /** Plan skills by id, and which of the plan's own settings change. */
  plan?: { added: string[]; removed: string[]; changed: PlanSetting[] };
}

/** A setting of the learning plan an import may change, as the preview names it. */
type PlanSetting = 'weekly hours' | 'target date' | 'goal';

const sameSkill = (a: ProfileSkill, b: ProfileSkill) => a.level === b.level && a.years === b.years;

/** The key of a progress snapshot: one per subject and week. */
export const progressKey = (p: { subject: string; week: number }) => `${p.subject}@${p.week}`;

function keyed(imported: readonly string[], current: readonly string[], mode: ImportMode): KeyedCounts {
  const have = new Set(current);
  const incoming = new Set(imported);
  let added = 0;
  for (const k of incoming) if (!have.has(k)) added++;
  const replaced = incoming.size - added;
  const removed = mode === 'replace' ? current.filter((k) => !incoming.has(k)).length : 0;
  return { added, replaced, removed };
}

/** The goals an import leaves: the file's (replace), or the person's followed by the file's they lack (merge). */
export function goalsAfterImport(current: GoalsState, imported: readonly Goal[], mode: ImportMode): GoalsState {
  return mode === 'replace' ? { goals: [...imported] } : mergeGoals(current, imported);
}

/** The learning plan an import leaves: the file's (replace), or the two merged (merge). */
export function planAfterImport(current: Plan, imported: Plan, mode: ImportMode): Plan {
  return mode === 'replace' ? imported : mergePlans(current, imported);
}

function goalsChange(current: readonly Goal[], imported: readonly Goal[], mode: ImportMode): NonNullable<ImportPlan['goals']> {
  const next = goalsAfterImport({ goals: [...current] }, imported, mode).goals;
  const had = new Set(current.map((g) => g.id));
  const kept = new Set(next.map((g) => g.id));
  return {
    added: next.filter((g) => !had.has(g.id)).map((g) => g.title),
    removed: current.filter((g) => !kept.has(g.id)).map((g) => g.title),
    leftOut: imported.filter((g) => !kept.has(g.id)).map((g) => g.title),
  };
}

function planChange(current: Plan, imported: Plan, mode: ImportMode): NonNullable<ImportPlan['plan']> {
  const next = planAfterImport(current, imported, mode);
  const had = new Set(current.items.map((i) => i.skillId));
  const kept = new Set(next.items.map((i) => i.skillId));
  const changed: PlanSetting[] = [];
  if (next.weeklyHours !== current.weeklyHours) changed.push('weekly hours');
  if (next.targetDate !== current.targetDate) changed.push('target date');
  if (next.goalId !== current.goalId) changed.push('goal');
  return {
    added: next.items.filter((i) => !had.has(i.skillId)).map((i) => i.skillId),
    removed: current.items.filter((i) => !kept.has(i.skillId)).map((i) => i.skillId),
    changed,
  };
}

/** Works out what importing `doc` would add, change and remove, without changing anything. */
export function planImport(doc: ExportDoc, current: CurrentData, mode: ImportMode): ImportPlan {
  const plan: ImportPlan = { mode, scope: doc.scope };
  if (doc.scope !== 'watchlist') {
    const now = new Map(current.profile.skills.map((s) => [s.id, s]));
    const incoming = new Set(doc.profile.skills.map((s) => s.id));
    plan.profile = {
      added: doc.profile.skills.filter((s) => !now.has(s.id)).map((s) => s.id),
      changed: doc.profile.skills.filter((s) => now.has(s.id) && !sameSkill(now.get(s.id)!, s)).map((s) => s.id),
      removed: mode === 'replace' ? current.profile.skills.filter((s) => !incoming.has(s.id)).map((s) => s.id) : [],
    };
  }
  if (doc.scope !== 'profile') plan.watchlist = keyed(doc.watchlist.map((p) => p.key), current.watchlistKeys, mode);
  if (doc.scope === 'everything') {
    if (mode === 'replace') plan.settings = 'replaced';
    plan.viewed = keyed(doc.viewed.map((p) => p.key), current.viewedKeys, mode);
    const prog = keyed(doc.progress.map(progressKey), current.progressKeys, mode);
    plan.progress = { added: prog.added, removed: prog.removed };
    plan.goals = goalsChange(current.goals, doc.goals, mode);
    plan.plan = planChange(current.plan, doc.plan, mode);
  }
  return plan;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const names = (ids: string[], nameOf: (id: string) => string) =>
  ids.slice(0, 8).map(nameOf).join(', ') + (ids.length > 8 ? ` and ${ids.length - 8} more` : '');

/** The plan in sentences, one per kind of data: "Profile: adds 3 skills (Python, SQL, Docker)." */
export function describePlan(plan: ImportPlan, nameOf: (id: string) => string): string[] {
  const lines: string[] = [];
  if (plan.profile) {
    const { added, changed, removed } = plan.profile;
    const parts: string[] = [];
    if (added.length) parts.push(`adds ${plural(added.length, 'skill')} (${names(added, nameOf)})`);
    if (changed.length) parts.push(`replaces the level or years of ${plural(changed.length, 'skill')} (${names(changed, nameOf)})`);
    if (removed.length) parts.push(`removes ${plural(removed.length, 'skill')} (${names(removed, nameOf)})`);
    lines.push(`Profile: ${parts.length ? parts.join(', ') : 'no change'}.`);
  }
  if (plan.settings) lines.push('Settings: replaced by the file’s.');
  if (plan.goals) {
    const { added, removed, leftOut } = plan.goals;
    const parts: string[] = [];
    if (added.length) parts.push(`adds ${plural(added.length, 'goal')} (${names(added, String)})`);
    if (removed.length) parts.push(`removes ${plural(removed.length, 'goal')} (${names(removed, String)})`);
    if (leftOut.length) parts.push(`leaves out ${leftOut.length} (${names(leftOut, String)}): ${MAX_GOALS} goals are the most kept`);
    lines.push(`Goals: ${parts.length ? parts.join(', ') : 'no change'}.`);
  }
  if (plan.plan) {
    const { added, removed, changed } = plan.plan;
    const parts: string[] = [];
    if (added.length) parts.push(`adds ${plural(added.length, 'skill')} (${names(added, nameOf)})`);
    if (removed.length) parts.push(`removes ${plural(removed.length, 'skill')} (${names(removed, nameOf)})`);
    if (changed.length) parts.push(`sets the ${changed.length > 1 ? `${changed.slice(0, -1).join(', ')} and ${changed[changed.length - 1]}` : changed[0]} to the file’s`);
    lines.push(`Learning plan: ${parts.length ? parts.join(', ') : 'no change'}.`);
  }
  const counts = (label: string, c: KeyedCounts | undefined) => {
    if (!c) return;
    const parts: string[] = [];
    if (c.added) parts.push(`adds ${c.added}`);
    if (c.replaced) parts.push(`replaces ${c.replaced}`);
    if (c.removed) parts.push(`removes ${c.removed}`);
    lines.push(`${label}: ${parts.length ? parts.join(', ') : 'no change'}.`);
  };
  counts('Saved postings', plan.watchlist);
  counts('Viewed postings', plan.viewed);
  if (plan.progress && (plan.progress.added || plan.progress.removed)) {
    lines.push(`Progress history: ${[plan.progress.added ? `adds ${plan.progress.added} weekly snapshots` : '', plan.progress.removed ? `removes ${plan.progress.removed}` : ''].filter(Boolean).join(', ')}.`);
  }
  return lines;
}

/** The profile after a merge: the file's skills replace the same skills, the others are kept. */
export function mergeProfiles(current: Profile, incoming: Profile): Profile {
  const byId = new Map(incoming.skills.map((s) => [s.id, s]));
  const kept = current.skills.map((s) => byId.get(s.id) ?? s);
  const have = new Set(current.skills.map((s) => s.id));
  return { skills: [...kept, ...incoming.skills.filter((s) => !have.has(s.id))] };
}
