import { foldTerm } from '../fold-text';
import type { Skill } from '@/lib/model/skill';
import { foldName } from '../validate-taxonomy';

/** The spellings and ids a layer of the taxonomy already holds, so that a later layer cannot take them. */
export interface Claims {
  ids: Set<string>;
  terms: Set<string>;
}

/** Both folds a spelling is looked up by: the taxonomy check's (`foldName`) and the matcher's (`foldTerm`). */
export function keysOf(term: string): string[] {
  const a = foldName(term);
  const b = foldTerm(term);
  return a === b ? [a] : [a, b];
}

/** Everything the given skills claim: their ids and every folded name and alias. */
export function claimsOf(skills: Iterable<Skill>): Claims {
  const claims: Claims = { ids: new Set(), terms: new Set() };
  for (const skill of skills) claim(claims, skill);
  return claims;
}

/** Adds one skill's id and spellings to the claims. */
export function claim(claims: Claims, skill: Pick<Skill, 'id' | 'name' | 'aliases'>): void {
  claims.ids.add(skill.id);
  for (const term of [skill.name, ...skill.aliases]) for (const key of keysOf(term)) claims.terms.add(key);
}

/** Whether a skill's id, name or any alias is already claimed: then the earlier layer keeps it. */
export function collides(claims: Claims, skill: Pick<Skill, 'id' | 'name' | 'aliases'>): boolean {
  if (claims.ids.has(skill.id)) return true;
  return [skill.name, ...skill.aliases].some((term) => keysOf(term).some((key) => claims.terms.has(key)));
}
