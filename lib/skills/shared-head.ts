import type { Skill } from '@/lib/model/skill';
import type { SkillMatcher } from './compile-matcher';
import { foldText } from '@/lib/taxonomy/fold-text';

/**
 * Skills written with a shared head noun: "supervised and unsupervised machine learning", "unit and
 * integration testing", "front-end and back-end development". Only the last one is written in full; the
 * first is the word before "and", "or", "/" or a comma plus the rest of the last one ("supervised machine
 * learning"), which is looked up as a whole in the matcher. Nothing is guessed: the completed phrase must be
 * a name or alias of a skill.
 */

/** A word, then a joining "and", "or", "&", "/" or comma, right before the full term. */
const JOINED_WORD = /([A-Za-z][\w+#.-]*)(?:\s*,\s*|\s+(?:and|or|&)\s+|\s*\/\s*)$/;
const NOT_A_MODIFIER = /^(?:a|an|the|of|in|on|with|for|to|and|or|our|your|their|its|this|that|these|both|either|strong|solid|good|deep|basic|advanced|experience|knowledge|skills?|including|such|as|like|e\.g\.|i\.e\.)$/i;

export interface SharedHeadFind {
  skill: Skill;
  /** The first word as written, and where it stands. */
  written: string;
  start: number;
  end: number;
}

/**
 * For a multiword term found at [start, end), the skill named by the word joined before it with the
 * term's tail, if that phrase is a skill of its own and different from the term's.
 */
export function sharedHeadSkill(matcher: SkillMatcher, text: string, sentenceStart: number, start: number, end: number, found: Skill): SharedHeadFind | undefined {
  const written = text.slice(start, end);
  const space = written.search(/[\s-]/);
  if (space <= 0) return undefined;
  const before = text.slice(Math.max(sentenceStart, start - 40), start);
  // Most terms follow no joining word: look at the last few characters before running the expression.
  const tail = before.trimEnd().slice(-4);
  if (!(tail.endsWith(',') || tail.endsWith('/') || tail.endsWith('&') || / (?:and|or)$/i.test(tail))) return undefined;
  const m = JOINED_WORD.exec(before);
  if (!m || NOT_A_MODIFIER.test(m[1]!)) return undefined;
  const word = m[1]!;
  const phrase = word + written.slice(space);
  const folded = foldText(phrase);
  const whole = matcher.scan(folded).find((r) => r.start === 0 && r.end === folded.folded.length);
  const skill = whole?.term.skill;
  if (!skill || skill.id === found.id || skill.ambiguity) return undefined;
  const wordStart = start - before.length + m.index;
  return { skill, written: word, start: wordStart, end: wordStart + word.length };
}
