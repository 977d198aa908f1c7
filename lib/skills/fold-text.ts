/** Text folded for matching, with the offset in the original text of every folded character. */
export interface FoldedText {
  folded: string;
  origin: Int32Array;
}

const SEPARATOR = /[\s\-_\u2010\u2011]/;

/**
 * Lowercases and turns every run of spaces, hyphens and underscores into one space, so that "Node JS",
 * "node-js" and "NODE_JS" look alike to the matcher, while keeping a map back to the original offsets.
 * The same folding is applied to taxonomy terms by `foldTerm`.
 */
export function foldText(text: string): FoldedText {
  const origin = new Int32Array(text.length + 1);
  let out = '';
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (SEPARATOR.test(ch)) {
      if (lastWasSpace) continue;
      origin[out.length] = i;
      out += ' ';
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    origin[out.length] = i;
    const lower = ch === '\u2019' ? "'" : ch.toLowerCase();
    // Some characters lowercase to two code units (e.g. "İ"); keep one so offsets stay aligned.
    out += lower.length === 1 ? lower : ch;
  }
  origin[out.length] = text.length;
  return { folded: out, origin };
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
