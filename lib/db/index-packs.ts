import type { EntityTable } from 'dexie';
import { readCodedToken, type CodedToken } from '@/lib/match/coded-mentions';
import type { IndexedPosting } from './database';

/**
 * The posting index again, packed: every posting's line in one of a fixed number of records, its skills
 * written as numbers from a shared list of skill ids. Chromium's IndexedDB pays tens of microseconds per
 * record read and then per byte, so 50,000 one-posting rows take seconds to read, while the same data in
 * 128 short-coded strings reads in tens of milliseconds. "What to learn next" reads the packs; each change
 * rewrites only the pack its posting falls in.
 */
export interface IndexPack {
  /**
   * 0 … PACK_COUNT - 1 for postings; CODES_ID for the list of skill ids the codes refer to; BIN_BASE + n
   * for pack n's postings in binary form (`bin`, with `lines` empty).
   */
  id: number;
  /**
   * Postings: one line each, ended by "\n": seenAt, saved (0/1), coded skills, then the key as JSON.
   * Coded skills: "17r 305p#1 42m~" (skill number, requirement, #group, ~ for soft).
   * The codes record: the skill ids, one a line, numbered from 0.
   */
  lines: string;
  /** Only in the BIN_BASE + n records: pack n's postings as typed arrays. */
  bin?: PackBin;
}

/**
 * A pack's postings as typed arrays, already grouped in the slots scoring counts, for "what to learn next":
 * IndexedDB hands typed arrays back as a copy of their bytes, with nothing to parse, where the coded lines of
 * 60,000 postings cost more to parse than to read (`npm run bench:data`: 250–300 ms to read and pack the
 * lines, about 70 ms for these). Each record
 * is rewritten with its pack, in the same transaction, so the two never disagree. They live in the packs'
 * table (rather than a table of their own) so that every transaction that writes the packs writes them too.
 */
export interface PackBin {
  /** Each posting's last view (0 when it is not among the viewed postings). */
  seenAt: Float64Array;
  /** 1 for a saved posting. */
  saved: Uint8Array;
  /** Posting i's members are members[memberEnd[i - 1] … memberEnd[i] - 1] (from 0 for the first). */
  memberEnd: Uint32Array;
  /**
   * Skill mentions, slot by slot (a slot is one skill, or a group of alternatives):
   * code << 4 | (first of its slot) << 3 | soft << 2 | tier (0 required, 1 preferred, 2 mentioned).
   */
  members: Uint32Array;
}

/** How many packs: with 60,000 postings, about 3,700 lines (~300 KB) a pack. Fewer, larger records read faster (each record read costs milliseconds in Chromium), more, smaller ones are cheaper to rewrite. */
export const PACK_COUNT = 16;
/** The record holding the skill ids that codes stand for. */
export const CODES_ID = -1;
/** Pack n's binary form is the record BIN_BASE + n. */
export const BIN_BASE = 1000;
/**
 * Pack n's postings' titles, companies and links are the record TITLE_BASE + n (`lines`, one a posting:
 * title, company and url as JSON, then the key as JSON, tab-separated), so that Goals, which matches postings
 * by title, reads the packs instead of every full record. A database whose packs were written before these
 * records existed lacks them until the index is rebuilt; Goals then reads those packs' titles from the records.
 */
export const TITLE_BASE = 2000;
/** The ids of the coded packs. */
export const PACK_IDS: readonly number[] = Array.from({ length: PACK_COUNT }, (_, i) => i);

/** The pack a posting's line lives in (FNV-1a of its key). */
export function packOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % PACK_COUNT;
}

/** Skill ids and their numbers; new ids are appended, so a number never changes meaning. */
export class SkillCodes {
  readonly ids: string[];
  private readonly index: Map<string, number>;
  changed = false;
  constructor(record?: IndexPack) {
    this.ids = record?.lines ? record.lines.split('\n') : [];
    this.index = new Map(this.ids.map((id, i) => [id, i]));
  }
  codeOf(id: string): number {
    let n = this.index.get(id);
    if (n === undefined) {
      n = this.ids.length;
      this.ids.push(id);
      this.index.set(id, n);
      this.changed = true;
    }
    return n;
  }
  record(): IndexPack {
    return { id: CODES_ID, lines: this.ids.join('\n') };
  }
}

/** The index's encoded skills ("python/r#1 sql/p~") with ids replaced by their numbers ("0r#1 1p~"). */
export function codeSkills(skills: string, codes: SkillCodes): string {
  if (!skills) return '';
  return skills
    .split(' ')
    .map((token) => {
      const slash = token.indexOf('/');
      return `${codes.codeOf(token.slice(0, slash))}${token.slice(slash + 1)}`;
    })
    .join(' ');
}

/** A posting's line. The key goes last and as JSON, so tabs or line breaks in it can never be mistaken. */
export function packLine(row: IndexedPosting, codes: SkillCodes): string {
  return `${row.seenAt}\t${row.saved}\t${codeSkills(row.skills, codes)}\t${JSON.stringify(row.key)}\n`;
}

/** What Goals shows of a posting besides its skills. */
export interface PostingTitle {
  title: string;
  company: string;
  url: string;
}

/** A posting's line in its pack's title record; JSON strings hold no raw tab or line break, so the fields split safely. */
export function titleLine(key: string, t: PostingTitle): string {
  return `${JSON.stringify(t.title)}\t${JSON.stringify(t.company)}\t${JSON.stringify(t.url)}\t${JSON.stringify(key)}\n`;
}

/** The postings of a title record, by key. */
export function readTitles(lines: string): Map<string, PostingTitle> {
  const out = new Map<string, PostingTitle>();
  for (const line of lines.split('\n')) {
    if (!line) continue;
    const [title, company, url, key] = line.split('\t').map((f) => JSON.parse(f) as string);
    if (key !== undefined && title !== undefined && company !== undefined && url !== undefined) out.set(key, { title, company, url });
  }
  return out;
}

/** The lines with a posting's line removed (if there) and `line` appended (if given). */
export function replaceLine(lines: string, key: string, line: string | undefined): string {
  const tail = `\t${JSON.stringify(key)}\n`;
  const at = lines.indexOf(tail);
  let out = lines;
  if (at >= 0) {
    const start = lines.lastIndexOf('\n', at) + 1;
    out = lines.slice(0, start) + lines.slice(at + tail.length);
  }
  return line ? out + line : out;
}

/**
 * Rewrites the packs of some postings: `changes` holds their new rows, or undefined for postings no longer
 * indexed; `titles` the title (company, link) of every indexed posting among the keys, which may name
 * postings whose row did not change (saved again under a new title). A record is written only when it changed.
 * A title record is kept up to date where it exists or its pack was empty; one missing beside postings stays
 * missing (Goals reads those titles from the records), and one that would lack a posting's title is removed.
 */
export async function updatePacks(
  table: EntityTable<IndexPack, 'id'>,
  changes: ReadonlyMap<string, IndexedPosting | undefined>,
  titles: ReadonlyMap<string, PostingTitle> = new Map(),
): Promise<void> {
  if (!changes.size && !titles.size) return;
  const byPack = new Map<number, string[]>();
  for (const key of new Set([...changes.keys(), ...titles.keys()])) {
    const p = packOf(key);
    const list = byPack.get(p);
    if (list) list.push(key);
    else byPack.set(p, [key]);
  }
  const ids = [...byPack.keys()];
  const [codesRecord, ...records] = await table.bulkGet([CODES_ID, ...ids, ...ids.map((id) => TITLE_BASE + id)]);
  const codes = new SkillCodes(codesRecord);
  const puts: IndexPack[] = [];
  const deletes: number[] = [];
  ids.forEach((id, i) => {
    const before = records[i]?.lines ?? '';
    const titlesBefore = records[ids.length + i];
    let lines = before;
    let titleLines = titlesBefore || !before ? (titlesBefore?.lines ?? '') : undefined;
    for (const key of byPack.get(id) ?? []) {
      const row = changes.get(key);
      if (changes.has(key)) lines = replaceLine(lines, key, row ? packLine(row, codes) : undefined);
      if (titleLines === undefined) continue;
      const title = titles.get(key);
      // A posting indexed without its title would vanish from Goals: the record goes, and Goals reads the records.
      if (!title && (row || (!changes.has(key) && lines.includes(`\t${JSON.stringify(key)}\n`)))) titleLines = undefined;
      else titleLines = replaceLine(titleLines, key, title && (row || !changes.has(key)) ? titleLine(key, title) : undefined);
    }
    if (lines !== before || !records[i]) puts.push({ id, lines }, binRecord({ id, lines }));
    if (titleLines === undefined) {
      if (titlesBefore) deletes.push(TITLE_BASE + id);
    } else if (titleLines !== titlesBefore?.lines) puts.push({ id: TITLE_BASE + id, lines: titleLines });
  });
  if (codes.changed) puts.push(codes.record());
  if (puts.length) await table.bulkPut(puts);
  if (deletes.length) await table.bulkDelete(deletes);
}

/**
 * All packs and the codes built at once from the index rows (for a rebuild). With `titles` for every row,
 * the title records too; without, none (Goals then reads titles from the records).
 */
export function buildPacks(rows: Iterable<IndexedPosting>, titles?: ReadonlyMap<string, PostingTitle>): IndexPack[] {
  const codes = new SkillCodes();
  const parts: string[][] = Array.from({ length: PACK_COUNT }, () => []);
  const titleParts: string[][] = Array.from({ length: PACK_COUNT }, () => []);
  let allTitled = !!titles;
  for (const r of rows) {
    const n = packOf(r.key);
    parts[n]?.push(packLine(r, codes));
    const title = titles?.get(r.key);
    if (title) titleParts[n]?.push(titleLine(r.key, title));
    else allTitled = false;
  }
  const packs = parts.map((lines, id) => ({ id, lines: lines.join('') }));
  const titled = allTitled ? titleParts.map((lines, id) => ({ id: TITLE_BASE + id, lines: lines.join('') })) : [];
  return [...packs, ...packs.map((pack) => binRecord(pack)), ...titled, codes.record()];
}

/** The binary record of a coded pack. */
export function binRecord(pack: IndexPack): IndexPack {
  return { id: BIN_BASE + pack.id, lines: '', bin: packBin(pack.lines) };
}

/** A pack's coded lines as a `PackBin`: each posting's mentions grouped by slot, slots in the order first named. */
export function packBin(lines: string): PackBin {
  const seenAt: number[] = [];
  const saved: number[] = [];
  const memberEnd: number[] = [];
  const members: number[] = [];
  // The posting being read: its tokens (code, tier, soft) and the slot each falls in.
  const codes: number[] = [];
  const flags: number[] = [];
  const slotOf: number[] = [];
  const slotKeys: number[] = [];
  const token: CodedToken = { code: 0, tier: 2, group: -1, soft: false };
  readPacks([{ id: 0, lines }]).each((line) => {
    codes.length = flags.length = slotOf.length = slotKeys.length = 0;
    const text = line.text;
    let i = line.from;
    while (i < line.to) {
      i = readCodedToken(text, i, token);
      // A skill in no group is a slot of its own.
      const key = token.group >= 0 ? token.group : -1 - token.code;
      let slot = slotKeys.indexOf(key);
      if (slot < 0) slot = slotKeys.push(key) - 1;
      codes.push(token.code);
      flags.push((token.soft ? 4 : 0) | token.tier);
      slotOf.push(slot);
    }
    for (let slot = 0; slot < slotKeys.length; slot++) {
      let first = 8;
      for (let k = 0; k < codes.length; k++) {
        if (slotOf[k] !== slot) continue;
        members.push((codes[k] ?? 0) * 16 + first + (flags[k] ?? 0));
        first = 0;
      }
    }
    seenAt.push(line.seenAt);
    saved.push(line.saved ? 1 : 0);
    memberEnd.push(members.length);
  });
  return { seenAt: Float64Array.from(seenAt), saved: Uint8Array.from(saved), memberEnd: Uint32Array.from(memberEnd), members: Uint32Array.from(members) };
}

/** One packed posting as `eachPackedLine` hands it over: its coded skills are `text.slice(from, to)`. */
export interface PackedLine {
  seenAt: number;
  saved: boolean;
  text: string;
  from: number;
  to: number;
  key(): string;
}

/** The skill ids of a set of packs, and a visit of every packed posting without building objects for them. */
export function readPacks(packs: readonly IndexPack[]): { ids: string[]; each(visit: (line: PackedLine) => void): void } {
  const codes = packs.find((p) => p.id === CODES_ID);
  return {
    ids: codes?.lines ? codes.lines.split('\n') : [],
    each(visit) {
      const line: PackedLine = { seenAt: 0, saved: false, text: '', from: 0, to: 0, key: () => '' };
      for (const pack of packs) {
        if (pack.id === CODES_ID || pack.id >= BIN_BASE) continue;
        const s = pack.lines;
        line.text = s;
        let i = 0;
        while (i < s.length) {
          const t1 = s.indexOf('\t', i);
          const t2 = s.indexOf('\t', t1 + 1);
          const t3 = s.indexOf('\t', t2 + 1);
          const end = s.indexOf('\n', t3 + 1);
          if (t1 < 0 || t2 < 0 || t3 < 0 || end < 0) break;
          line.seenAt = Number(s.slice(i, t1));
          line.saved = s.charCodeAt(t1 + 1) === 49;
          line.from = t2 + 1;
          line.to = t3;
          line.key = () => JSON.parse(s.slice(t3 + 1, end)) as string;
          visit(line);
          i = end + 1;
        }
      }
    },
  };
}
