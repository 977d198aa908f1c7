import { SHARED_ALIASES } from './shared-aliases';
// Relative, not '@/': scripts/skill-names-plugin.ts loads this file while Vite reads its own config, before aliases exist.
import { taxonomySchema, type TaxonomyData } from '../model/skill';

/** Folds a name or alias to the key the matcher looks it up by. */
export function foldName(s: string): string {
  return s.toLowerCase().replace(/[\s\-_]+/g, ' ').trim();
}

/**
 * Every problem in a taxonomy data set, as sentences: schema errors, duplicate ids, aliases claimed twice,
 * references to missing ids, parent cycles. An empty list means the data is sound.
 */
export function validateTaxonomy(data: unknown): string[] {
  const parsed = taxonomySchema.safeParse(data);
  if (!parsed.success) {
    return parsed.error.issues.slice(0, 50).map((i) => `${i.path.join('.')}: ${i.message}`);
  }
  const problems: string[] = [];
  const { skills } = parsed.data as TaxonomyData;
  const byId = new Map<string, (typeof skills)[number]>();
  for (const s of skills) {
    if (byId.has(s.id)) problems.push(`duplicate id "${s.id}"`);
    byId.set(s.id, s);
  }
  const owner = new Map<string, string>();
  for (const s of skills) {
    for (const term of new Set([s.name, ...s.aliases].map(foldName))) {
      const prev = owner.get(term);
      if (prev && prev !== s.id && !SHARED_ALIASES.has(term)) {
        problems.push(`"${term}" is claimed by both "${prev}" and "${s.id}"`);
      }
      owner.set(term, prev ?? s.id);
    }
    for (const p of s.parents) if (!byId.has(p)) problems.push(`"${s.id}" has unknown parent "${p}"`);
    for (const r of s.related) if (!byId.has(r)) problems.push(`"${s.id}" has unknown related "${r}"`);
    if (s.parents.includes(s.id)) problems.push(`"${s.id}" is its own parent`);
  }
  // Parent cycles: depth-first search with colours.
  const state = new Map<string, 1 | 2>();
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 2) return;
    if (state.get(id) === 1) {
      problems.push(`parent cycle: ${[...path, id].join(' -> ')}`);
      return;
    }
    state.set(id, 1);
    for (const p of byId.get(id)?.parents ?? []) if (byId.has(p)) visit(p, [...path, id]);
    state.set(id, 2);
  };
  for (const s of skills) visit(s.id, []);
  return problems;
}
