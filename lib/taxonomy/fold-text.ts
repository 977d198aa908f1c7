/** Text folded for matching, with the offset in the original text of every folded character. */
export interface FoldedText {
  folded: string;
  origin: Int32Array;
}

/** Spaces, tabs, line breaks, no-break spaces, hyphens and underscores all fold to one space. */
function isSeparator(c: number): boolean {
  return c === 32 || c === 45 || c === 95 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2010 || c === 0x2011 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

const CHUNK = 8192;

/**
 * Lowercases and turns every run of spaces, hyphens and underscores into one space, so that "Node JS",
 * "node-js" and "NODE_JS" look alike to the matcher, while keeping a map back to the original offsets.
 * The same folding is applied to taxonomy terms by `foldTerm`. Written over char codes because it runs
 * on every posting: a regular expression per character was the engine's slowest step.
 */
export function foldText(text: string): FoldedText {
  const n = text.length;
  const origin = new Int32Array(n + 1);
  const codes = new Uint16Array(n);
  let len = 0;
  let lastWasSpace = false;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (isSeparator(c)) {
      if (lastWasSpace) continue;
      origin[len] = i;
      codes[len++] = 32;
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x2019) c = 39;
    else if (c > 127) {
      const lower = String.fromCharCode(c).toLowerCase();
      // Some characters lowercase to two code units (e.g. "İ"); keep one so offsets stay aligned.
      if (lower.length === 1) c = lower.charCodeAt(0);
    }
    origin[len] = i;
    codes[len++] = c;
  }
  origin[len] = n;
  let folded = '';
  for (let i = 0; i < len; i += CHUNK) folded += String.fromCharCode.apply(null, codes.subarray(i, Math.min(len, i + CHUNK)) as unknown as number[]);
  return { folded, origin };
}

/** Folds a taxonomy name or alias exactly as `foldText` folds posting text. */
export function foldTerm(term: string): string {
  return foldText(term.trim()).folded;
}

/** Whether a folded character is a letter or digit, i.e. part of a word. */
export function isWordChar(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && /\p{L}|\p{N}/u.test(ch));
}
