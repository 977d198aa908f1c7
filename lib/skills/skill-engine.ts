import { loadTaxonomy } from '@/lib/taxonomy/load-taxonomy';
import { compileMatcher, type SkillMatcher } from './compile-matcher';
import { extractSkills } from './extract-skills';
import type { SkillMention } from '@/lib/model/mention';

let shared: SkillMatcher | undefined;

/** The matcher over the shipped taxonomy, compiled on first use and kept for the page or process. */
export function sharedMatcher(): SkillMatcher {
  return (shared ??= compileMatcher(loadTaxonomy()));
}

/** The skill engine's one entry point: posting text in, skill mentions out. */
export function findSkills(text: string): SkillMention[] {
  return extractSkills(sharedMatcher(), text);
}
