import { z } from 'zod';
import { foldTerm } from '@/lib/skills/fold-text';
import type { SkillMention } from '@/lib/skills/types';

/**
 * Words the person said are not skills on a site ("Not a skill here"): site → folded words. A word is
 * the text as it stood in the posting, so "Go" can be silenced on one board without losing "Golang".
 */
export const stoplistSchema = z.record(z.string().max(200), z.array(z.string().max(100)).max(1000));
export type Stoplist = z.infer<typeof stoplistSchema>;

/** The mentions left once the site's stoplist is applied. */
export function applyStoplist<T extends SkillMention>(mentions: readonly T[], site: string, stoplist: Stoplist): T[] {
  const words = stoplist[site];
  if (!words?.length) return [...mentions];
  const silenced = new Set(words);
  return mentions.filter((m) => !silenced.has(foldTerm(m.text)));
}

/** The stoplist with a word added for a site. */
export function withStopWord(stoplist: Stoplist, site: string, text: string): Stoplist {
  const word = foldTerm(text);
  const words = stoplist[site] ?? [];
  return words.includes(word) ? stoplist : { ...stoplist, [site]: [...words, word] };
}
