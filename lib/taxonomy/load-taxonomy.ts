import { skillLinesByCategory, TAXONOMY_VERSION } from './data/index';
import { generatedSkillLinesByCategory } from './generated/index';
import { claimsOf, collides, claim } from './generate/curated-claims';
import { parseSkillLines } from './parse-skill-lines';
import type { Category, Skill, TaxonomyData } from './types';

let cached: TaxonomyData | undefined;

/** The taxonomy the extension ships, parsed once per process or page: the curated layer, then the generated one. */
export function loadTaxonomy(): TaxonomyData {
  if (!cached) {
    const curated: Skill[] = [];
    for (const [category, text] of Object.entries(skillLinesByCategory)) curated.push(...parseSkillLines(category as Category, text));
    const generated: Skill[] = [];
    for (const [category, text] of Object.entries(generatedSkillLinesByCategory)) generated.push(...parseSkillLines(category as Category, text ?? ''));
    cached = { version: TAXONOMY_VERSION, skills: mergeLayers(curated, generated) };
  }
  return cached;
}

/**
 * The curated skills followed by the generated ones that claim no id or spelling the curated layer (or an
 * earlier generated skill) holds: a curated addition made after the last generation wins, and never breaks
 * the build. Relations to a dropped generated skill are dropped with it.
 */
export function mergeLayers(curated: readonly Skill[], generated: readonly Skill[]): Skill[] {
  const claims = claimsOf(curated);
  const kept: Skill[] = [];
  for (const skill of generated) {
    if (collides(claims, skill)) continue;
    claim(claims, skill);
    kept.push(skill);
  }
  const ids = claims.ids;
  return [...curated, ...kept.map((s) => ({ ...s, parents: s.parents.filter((p) => ids.has(p)), related: s.related.filter((r) => ids.has(r)) }))];
}
