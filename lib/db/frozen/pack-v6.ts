/**
 * FROZEN: each pack's binary form exactly as database version 6 wrote it (binRecord/packBin of
 * lib/db/index-packs.ts at commit 2c40a6c). Only upgrade-v6.ts uses it. Do not edit: an old database must
 * upgrade to the same data whatever today's pack format is; a new format takes a new database version whose
 * upgrade rewrites the packs (tests/unit/db-migration.test.ts checks this output).
 */

/** A pack record as v5 left it. */
export interface V6Pack {
  id: number;
  lines: string;
  bin?: V6PackBin;
}

/** A pack's postings as typed arrays; members are code << 4 | first of slot << 3 | soft << 2 | tier. */
export interface V6PackBin {
  seenAt: Float64Array;
  saved: Uint8Array;
  memberEnd: Uint32Array;
  members: Uint32Array;
}

/** The record of the skill ids the codes stand for. */
export const CODES_ID_V6 = -1;
/** Pack n's binary form is the record BIN_BASE_V6 + n. */
export const BIN_BASE_V6 = 1000;

/** The binary record of a coded pack. */
export function binRecordV6(pack: V6Pack): V6Pack {
  return { id: BIN_BASE_V6 + pack.id, lines: '', bin: packBinV6(pack.lines) };
}

function packBinV6(s: string): V6PackBin {
  const seenAt: number[] = [];
  const saved: number[] = [];
  const memberEnd: number[] = [];
  const members: number[] = [];
  // The posting being read: its tokens (code, flags) and the slot each falls in.
  const codes: number[] = [];
  const flags: number[] = [];
  const slotOf: number[] = [];
  const slotKeys: number[] = [];
  let at = 0;
  while (at < s.length) {
    const t1 = s.indexOf('\t', at);
    const t2 = s.indexOf('\t', t1 + 1);
    const t3 = s.indexOf('\t', t2 + 1);
    const end = s.indexOf('\n', t3 + 1);
    if (t1 < 0 || t2 < 0 || t3 < 0 || end < 0) break;
    codes.length = flags.length = slotOf.length = slotKeys.length = 0;
    let i = t2 + 1;
    while (i < t3) {
      let code = 0;
      let c = s.charCodeAt(i);
      while (c >= 48 && c <= 57) {
        code = code * 10 + c - 48;
        c = s.charCodeAt(++i);
      }
      const tier = c === 114 ? 0 : c === 112 ? 1 : 2; // r, p, else mentioned
      c = s.charCodeAt(++i);
      // A skill in no group is a slot of its own.
      let key = -1 - code;
      if (c === 35) {
        let group = 0;
        c = s.charCodeAt(++i);
        while (c >= 48 && c <= 57) {
          group = group * 10 + c - 48;
          c = s.charCodeAt(++i);
        }
        key = group;
      }
      const soft = c === 126;
      if (soft) i++;
      i++; // the space between tokens
      let slot = slotKeys.indexOf(key);
      if (slot < 0) slot = slotKeys.push(key) - 1;
      codes.push(code);
      flags.push((soft ? 4 : 0) | tier);
      slotOf.push(slot);
    }
    for (let slot = 0; slot < slotKeys.length; slot++) {
      let first = 8;
      codes.forEach((code, k) => {
        if (slotOf[k] !== slot) return;
        members.push(code * 16 + first + (flags[k] ?? 0));
        first = 0;
      });
    }
    seenAt.push(Number(s.slice(at, t1)));
    saved.push(s.charCodeAt(t1 + 1) === 49 ? 1 : 0);
    memberEnd.push(members.length);
    at = end + 1;
  }
  return { seenAt: Float64Array.from(seenAt), saved: Uint8Array.from(saved), memberEnd: Uint32Array.from(memberEnd), members: Uint32Array.from(members) };
}
