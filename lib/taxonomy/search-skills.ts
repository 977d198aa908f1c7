import { foldTerm } from './fold-text';
import type { Skill, TaxonomyData } from '@/lib/model/skill';

/** A skill offered by autocomplete, with the spelling the query matched. */
export interface SkillSuggestion {
  skill: Skill;
  /** The name or alias that matched, when it was an alias ("k8s" for Kubernetes). */
  matchedAlias?: string;
}

/**
 * Skills whose name or alias matches what the person typed, best first: exact spelling, then name
 * prefix, alias prefix, a word of the name starting with it, and anywhere in it. Soft skills rank last.
 */
export function searchSkills(taxonomy: TaxonomyData, query: string, limit = 8): SkillSuggestion[] {
  const q = foldTerm(query);
  if (!q) return [];
  const scored: { s: SkillSuggestion; score: number }[] = [];
  for (const skill of taxonomy.skills) {
    let best = 0;
    let alias: string | undefined;
    const terms = [skill.name, ...skill.aliases];
    terms.forEach((term, i) => {
      const t = foldTerm(term);
      let score = 0;
      if (t === q) score = 100;
      else if (t.startsWith(q)) score = 80 - Math.min(20, t.length - q.length);
      else if (t.split(' ').some((w) => w.startsWith(q))) score = 50;
      else if (q.length >= 3 && t.includes(q)) score = 30;
      if (i > 0) score -= 5;
      if (score > best) {
        best = score;
        alias = i > 0 ? term : undefined;
      }
    });
    if (best > 0) scored.push({ s: { skill, ...(alias ? { matchedAlias: alias } : {}) }, score: best - (skill.category === 'soft' ? 10 : 0) });
  }
  scored.sort((a, b) => b.score - a.score || a.s.skill.name.length - b.s.skill.name.length);
  return scored.slice(0, limit).map((x) => x.s);
}
