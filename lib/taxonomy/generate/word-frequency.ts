/** How often each word is written in a body of posting text, and how often in lowercase. */
export interface WordFrequency {
  /** Occurrences of a lowercased word in any case. */
  any: Map<string, number>;
  /** Occurrences written entirely in lowercase: a word used as an ordinary word, not as a name. */
  lower: Map<string, number>;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#.'’-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu;

/**
 * Counts the words of the given texts. The generator reads it from the posting corpus: a word that
 * postings write in lowercase is an ordinary word there, so a generated name made only of such words
 * would be found in text where nobody meant a skill.
 */
export function countWords(texts: Iterable<string>): WordFrequency {
  const any = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const text of texts) {
    for (const [word] of text.matchAll(WORD)) {
      const key = word.toLowerCase();
      any.set(key, (any.get(key) ?? 0) + 1);
      if (word === key) lower.set(key, (lower.get(key) ?? 0) + 1);
    }
  }
  return { any, lower };
}

/** The words of a name, lowercased, as `countWords` counts them. */
export function wordsOf(name: string): string[] {
  return [...name.matchAll(WORD)].map(([w]) => w.toLowerCase());
}
