import { ALL_POSTINGS_ID, type SkillDemand } from '@/lib/model/demand';
import { decodeMentions } from '@/lib/match/compact-mentions';

/** "2026-11" for a time, in UTC, as demand's months are keyed. */
export function monthOf(time: number): string {
  return new Date(time).toISOString().slice(0, 7);
}

const RANK = { required: 3, preferred: 2, mentioned: 1 } as const;

/** A change to demand: one posting's encoded skills counted in or out (`sign` +1 or -1) in its month. */
export interface DemandChange {
  skills: string;
  month: string;
  sign: 1 | -1;
}

/**
 * Applies changes to demand rows in memory: each posting counts once per skill, at its strongest
 * wording, plus once in the all-postings row. Rows whose counts all reach zero are returned in `emptied`.
 */
export function applyDemandChanges(rows: Map<string, SkillDemand>, changes: readonly DemandChange[]): { changed: Set<string>; emptied: Set<string> } {
  const changed = new Set<string>();
  const bump = (id: string, field: 'required' | 'preferred' | 'mentioned', month: string, sign: number) => {
    let row = rows.get(id);
    if (!row) rows.set(id, (row = { id, required: 0, preferred: 0, mentioned: 0, byMonth: {} }));
    row[field] = Math.max(0, row[field] + sign);
    const m = Math.max(0, (row.byMonth[month] ?? 0) + sign);
    if (m) row.byMonth[month] = m;
    else delete row.byMonth[month];
    changed.add(id);
  };
  for (const c of changes) {
    const strongest = new Map<string, 'required' | 'preferred' | 'mentioned'>();
    for (const m of decodeMentions(c.skills)) {
      const prev = strongest.get(m.id);
      if (!prev || RANK[m.requirement] > RANK[prev]) strongest.set(m.id, m.requirement);
    }
    for (const [id, req] of strongest) bump(id, req, c.month, c.sign);
    bump(ALL_POSTINGS_ID, 'required', c.month, c.sign);
  }
  const emptied = new Set<string>();
  for (const id of changed) {
    const r = rows.get(id)!;
    if (r.required + r.preferred + r.mentioned === 0) emptied.add(id);
  }
  return { changed, emptied };
}
