/**
 * FROZEN: the packed posting index exactly as database version 5 wrote it (buildPacks of lib/db/index-packs.ts
 * at commit 11a8697: coded lines and the codes record, no binary records yet). Only upgrade-v5.ts uses it.
 * Do not edit: an old database must upgrade to the same data whatever today's pack format is; a new format
 * takes a new database version whose upgrade rewrites the packs (tests/unit/db-migration.test.ts checks this).
 */

/** A posting index row, as v4 wrote it and v5 read it. */
export interface V5IndexRow {
  key: string;
  seenAt: number;
  saved: 0 | 1;
  /** Encoded skills: "python/r#1 sql/p~". */
  skills: string;
}

/** A pack record of v5: `id` 0 … 15 for postings' lines, -1 for the skill ids the codes stand for. */
export interface V5Pack {
  id: number;
  lines: string;
}

const PACK_COUNT = 16;
const CODES_ID = -1;

/** The pack a posting's line lives in (FNV-1a of its key). */
function packOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % PACK_COUNT;
}

/** Skill ids numbered in the order first met. */
class SkillCodes {
  readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  codeOf(id: string): number {
    let n = this.index.get(id);
    if (n === undefined) {
      n = this.ids.length;
      this.ids.push(id);
      this.index.set(id, n);
    }
    return n;
  }
}

function codeSkills(skills: string, codes: SkillCodes): string {
  if (!skills) return '';
  return skills
    .split(' ')
    .map((token) => {
      const slash = token.indexOf('/');
      return `${codes.codeOf(token.slice(0, slash))}${token.slice(slash + 1)}`;
    })
    .join(' ');
}

/** seenAt, saved, coded skills and the key as JSON, tab-separated, one line a posting. */
function packLine(row: V5IndexRow, codes: SkillCodes): string {
  return `${row.seenAt}\t${row.saved}\t${codeSkills(row.skills, codes)}\t${JSON.stringify(row.key)}\n`;
}

/** The 16 packs and the codes record of a posting index. */
export function buildPacksV5(rows: Iterable<V5IndexRow>): V5Pack[] {
  const codes = new SkillCodes();
  const parts: string[][] = Array.from({ length: PACK_COUNT }, () => []);
  for (const r of rows) parts[packOf(r.key)]?.push(packLine(r, codes));
  return [...parts.map((lines, id) => ({ id, lines: lines.join('') })), { id: CODES_ID, lines: codes.ids.join('\n') }];
}
