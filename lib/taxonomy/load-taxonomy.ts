import { skillLinesByCategory, TAXONOMY_VERSION } from './data/index';
import { generatedSkillLinesByCategory } from './generated/index';
import { parseLayer } from './parse-skill-lines';
import type { Skill, TaxonomyData } from '@/lib/model/skill';
import { foldName } from './validate-taxonomy';

let cached: TaxonomyData | undefined;

/** The taxonomy the extension ships, parsed once per process or page: the curated layer, then the generated one. */
export function loadTaxonomy(): TaxonomyData {
  if (!cached) {
    cached = { version: TAXONOMY_VERSION, skills: mergeLayers(parseLayer(skillLinesByCategory), parseLayer(generatedSkillLinesByCategory)) };
  }
  return cached;
}


/**
 * The curated skills followed by the generated ones that claim no id or spelling the curated layer (or an
 * earlier generated skill) holds: a curated addition made after the last generation wins, and never breaks
 * the build. Relations to a dropped generated skill are dropped with it.
 */
export function mergeLayers(curated: readonly Skill[], generated: readonly Skill[]): Skill[] {
  // One cheap fold at load (the popup waits for it); the generator already checked both folds the matcher uses.
  const ids = new Set<string>();
  const terms = new Set<string>();
  const claim = (s: Skill) => {
    ids.add(s.id);
    terms.add(foldName(s.name));
    for (const a of s.aliases) terms.add(foldName(a));
  };
  curated.forEach(claim);
  const kept: Skill[] = [];
  let dropped = false;
  for (const skill of generated) {
    if (ids.has(skill.id) || terms.has(foldName(skill.name)) || skill.aliases.some((a) => terms.has(foldName(a)))) {
      dropped = true;
      continue;
    }
    claim(skill);
    kept.push(skill);
  }
  // Copies only when something was dropped (the service worker pays for this at every start).
  const sound = (s: Skill) => s.parents.every((p) => ids.has(p)) && s.related.every((r) => ids.has(r));
  return curated.concat(dropped ? kept.map((s) => (sound(s) ? s : { ...s, parents: s.parents.filter((p) => ids.has(p)), related: s.related.filter((r) => ids.has(r)) })) : kept);
}
