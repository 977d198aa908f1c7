import type { EntityTable } from 'dexie';
import type { IndexedPosting } from './database';

/**
 * The posting index again, packed: every posting's line in one of a fixed number of records, its skills
 * written as numbers from a shared list of skill ids. Chromium's IndexedDB pays tens of microseconds per
 * record read and then per byte, so 50,000 one-posting rows take seconds to read, while the same data in
 * 128 short-coded strings reads in tens of milliseconds. "What to learn next" reads the packs; each change
 * rewrites only the pack its posting falls in.
 */
export interface IndexPack {
  /** 0 … PACK_COUNT - 1 for postings; CODES_ID for the list of skill ids the codes refer to. */
  id: number;
  /**
   * Postings: one line each, ended by "\n": seenAt, saved (0/1), coded skills, then the key as JSON.
   * Coded skills: "17r 305p#1 42m~" (skill number, requirement, #group, ~ for soft).
   * The codes record: the skill ids, one a line, numbered from 0.
   */
  lines: string;
}

/** How many packs: with 60,000 postings, about 3,700 lines (~300 KB) a pack. Fewer, larger records read faster (each record read costs milliseconds in Chromium), more, smaller ones are cheaper to rewrite. */
export const PACK_COUNT = 16;
/** The record holding the skill ids that codes stand for. */
export const CODES_ID = -1;

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

/** Rewrites the packs of some postings: their new rows, or undefined for postings no longer indexed. */
export async function updatePacks(table: EntityTable<IndexPack, 'id'>, changes: ReadonlyMap<string, IndexedPosting | undefined>): Promise<void> {
  if (!changes.size) return;
  const byPack = new Map<number, string[]>();
  for (const key of changes.keys()) {
    const p = packOf(key);
    const list = byPack.get(p);
    if (list) list.push(key);
    else byPack.set(p, [key]);
  }
  const ids = [...byPack.keys()];
  const [codesRecord, ...packs] = await table.bulkGet([CODES_ID, ...ids]);
  const codes = new SkillCodes(codesRecord);
  const puts: IndexPack[] = ids.map((id, i) => {
    let lines = packs[i]?.lines ?? '';
    for (const key of byPack.get(id)!) {
      const row = changes.get(key);
      lines = replaceLine(lines, key, row ? packLine(row, codes) : undefined);
    }
    return { id, lines };
  });
  if (codes.changed) puts.push(codes.record());
  await table.bulkPut(puts);
}

/** All packs and the codes built at once from the index rows (for a rebuild or an upgrade). */
export function buildPacks(rows: Iterable<IndexedPosting>): IndexPack[] {
  const codes = new SkillCodes();
  const parts: string[][] = Array.from({ length: PACK_COUNT }, () => []);
  for (const r of rows) parts[packOf(r.key)].push(packLine(r, codes));
  return [...parts.map((lines, id) => ({ id, lines: lines.join('') })), codes.record()];
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
        if (pack.id === CODES_ID) continue;
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
