import type { Profile, ProfileSkill } from '@/lib/profile/profile';
import type { ExportDoc } from './export-format';

/** Merge adds and replaces what the file holds, keeping the rest; replace makes the data what the file holds. */
export type ImportMode = 'merge' | 'replace';

/** What the person has now, as far as an import plan needs to know. */
export interface CurrentData {
  profile: Profile;
  watchlistKeys: readonly string[];
  viewedKeys: readonly string[];
  progressKeys: readonly string[];
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
}

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
