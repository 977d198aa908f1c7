/**
 * Reads the coded skills of a packed posting ("17r 305p#1 42m~": skill number, requirement, #group, ~ for a
 * soft skill; see lib/db/index-packs.ts) one token at a time, in place, without cutting the text. Both the
 * packs' binary form and the suggestions' packer read them on a hot path, so the token goes into a reused
 * object rather than a new one per skill.
 */

/** One coded token: `tier` 0 required, 1 preferred, 2 mentioned; `group` -1 when it is in no group. */
export interface CodedToken {
  code: number;
  tier: 0 | 1 | 2;
  group: number;
  soft: boolean;
}

/** Reads the token at `i` of `text` into `out` and returns where the next one starts. */
export function readCodedToken(text: string, i: number, out: CodedToken): number {
  let code = 0;
  let c = text.charCodeAt(i);
  while (c >= 48 && c <= 57) {
    code = code * 10 + c - 48;
    c = text.charCodeAt(++i);
  }
  out.code = code;
  out.tier = c === 114 ? 0 : c === 112 ? 1 : 2; // r, p, else mentioned
  c = text.charCodeAt(++i);
  out.group = -1;
  if (c === 35) {
    let group = 0;
    c = text.charCodeAt(++i);
    while (c >= 48 && c <= 57) {
      group = group * 10 + c - 48;
      c = text.charCodeAt(++i);
    }
    out.group = group;
  }
  out.soft = c === 126;
  if (out.soft) i++;
  return i + 1; // past the space between tokens
}
