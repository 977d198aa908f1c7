/**
 * FROZEN: the posting index and skill demand exactly as database version 4 wrote them (lib/db/posting-index.ts,
 * lib/db/demand.ts and encodeMentions of lib/match/compact-mentions.ts at commit 4cf317a, with the later rule
 * that a record whose skills cannot be read is kept but not indexed). Only upgrade-v4.ts uses it. Do not edit:
 * an old database must upgrade to the same data whatever today's encoders do; a new format takes a new
 * database version whose upgrade rewrites the data (tests/unit/db-migration.test.ts checks this output).
 */
import type { Table } from 'dexie';

type Requirement = 'required' | 'preferred' | 'mentioned';

/** A stored posting's skill, as far as the v4 index read it. */
interface V4Skill {
  id: string;
  requirement: Requirement;
  group?: number;
  soft?: boolean;
  incidental?: boolean;
}

/** A saved (watchlist) or viewed record, as far as the v4 index read it. */
export interface V4Posting {
  key: string;
  skills: V4Skill[];
  savedAt?: number;
  firstSeenAt?: number;
  lastSeenAt?: number;
}

/** A posting index row of v4. */
export interface V4IndexRow {
  key: string;
  firstAt: number;
  seenAt: number;
  saved: 0 | 1;
  skills: string;
}

/** A skill demand row of v4. */
export interface V4Demand {
  id: string;
  required: number;
  preferred: number;
  mentioned: number;
  byMonth: Record<string, number>;
}

/** The demand row that counts postings themselves. */
const ALL_POSTINGS_ID = '_postings';
const REQ_CODE: Record<Requirement, string> = { required: 'r', preferred: 'p', mentioned: 'm' };
const RANK: Record<Requirement, number> = { required: 3, preferred: 2, mentioned: 1 };

function encodeMentions(skills: readonly V4Skill[]): string {
  const parts: string[] = [];
  for (const s of skills) {
    if (s.incidental) continue;
    parts.push(`${s.id}/${REQ_CODE[s.requirement]}${s.group !== undefined ? `#${s.group}` : ''}${s.soft ? '~' : ''}`);
  }
  return parts.join(' ');
}

/** Each encoded skill's id and requirement letter (what demand counts). */
function decodeForDemand(encoded: string): { id: string; requirement: Requirement }[] {
  if (!encoded) return [];
  const out: { id: string; requirement: Requirement }[] = [];
  for (const token of encoded.split(' ')) {
    const slash = token.indexOf('/');
    if (slash <= 0) continue;
    const letter = token[slash + 1];
    out.push({ id: token.slice(0, slash), requirement: letter === 'r' ? 'required' : letter === 'p' ? 'preferred' : 'mentioned' });
  }
  return out;
}

function monthOf(time: number): string {
  return new Date(time).toISOString().slice(0, 7);
}

function hasReadableSkills(p: { skills?: unknown }): boolean {
  return Array.isArray(p.skills) && p.skills.every((s) => typeof (s as { id?: unknown } | null)?.id === 'string');
}

function indexRowFor(key: string, saved: V4Posting | undefined, seen: V4Posting | undefined): V4IndexRow | undefined {
  if (saved && !hasReadableSkills(saved)) saved = undefined;
  if (seen && !hasReadableSkills(seen)) seen = undefined;
  const source = saved ?? seen;
  if (!source) return undefined;
  const firstAt = Math.min(saved?.savedAt ?? Infinity, seen?.firstSeenAt ?? Infinity);
  return { key, firstAt, seenAt: seen?.lastSeenAt ?? 0, saved: saved ? 1 : 0, skills: encodeMentions(source.skills) };
}

/** Demand from index rows: each posting once per skill at its strongest wording, and once in the all-postings row. */
function demandOf(rows: Iterable<V4IndexRow>): V4Demand[] {
  const demand = new Map<string, V4Demand>();
  const bump = (id: string, field: Requirement, month: string) => {
    let row = demand.get(id);
    if (!row) demand.set(id, (row = { id, required: 0, preferred: 0, mentioned: 0, byMonth: {} }));
    row[field] += 1;
    row.byMonth[month] = (row.byMonth[month] ?? 0) + 1;
  };
  for (const r of rows) {
    const month = monthOf(r.firstAt);
    const strongest = new Map<string, Requirement>();
    for (const m of decodeForDemand(r.skills)) {
      const prev = strongest.get(m.id);
      if (!prev || RANK[m.requirement] > RANK[prev]) strongest.set(m.id, m.requirement);
    }
    for (const [id, req] of strongest) bump(id, req, month);
    bump(ALL_POSTINGS_ID, 'required', month);
  }
  return [...demand.values()];
}

/** The v4 tables the index is built from and written to. */
export interface V4Tables {
  watchlist: Pick<Table<V4Posting, string>, 'each'>;
  seen: Pick<Table<V4Posting, string>, 'each'>;
  postingIndex: Pick<Table<V4IndexRow, string>, 'clear' | 'bulkPut'>;
  skillDemand: Pick<Table<V4Demand, string>, 'clear' | 'bulkPut'>;
}

/** Builds the v4 posting index and skill demand from the watchlist and viewed postings. */
export async function buildIndexV4(t: V4Tables): Promise<void> {
  const saved = new Map<string, V4Posting>();
  await t.watchlist.each((p) => void saved.set(p.key, p));
  const rows = new Map<string, V4IndexRow>();
  await t.seen.each((s) => {
    const row = indexRowFor(s.key, saved.get(s.key), s);
    if (row) rows.set(s.key, row);
  });
  for (const [key, p] of saved) {
    if (rows.has(key)) continue;
    const row = indexRowFor(key, p, undefined);
    if (row) rows.set(key, row);
  }
  await t.postingIndex.clear();
  await t.skillDemand.clear();
  await t.postingIndex.bulkPut([...rows.values()]);
  await t.skillDemand.bulkPut(demandOf(rows.values()));
}
