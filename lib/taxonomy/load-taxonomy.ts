import { skillLinesByCategory, TAXONOMY_VERSION } from './data/index';
import { parseSkillLines } from './parse-skill-lines';
import type { Category, Skill, TaxonomyData } from '@/lib/model/skill';

let cached: TaxonomyData | undefined;

/** The taxonomy the extension ships, parsed once per process or page. */
export function loadTaxonomy(): TaxonomyData {
  if (!cached) {
    const skills: Skill[] = [];
    for (const [category, text] of Object.entries(skillLinesByCategory)) {
      skills.push(...parseSkillLines(category as Category, text));
    }
    cached = { version: TAXONOMY_VERSION, skills };
  }
  return cached;
}
