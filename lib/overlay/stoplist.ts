import { foldTerm } from '@/lib/taxonomy/fold-text';
import type { SkillMention } from '@/lib/model/mention';
import type { Stoplist } from '@/lib/model/stoplist';

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
