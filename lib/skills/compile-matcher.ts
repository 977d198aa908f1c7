import type { Skill, TaxonomyData } from '@/lib/taxonomy/types';
import { foldTerm, isWordChar, type FoldedText } from './fold-text';

/** One spelling of a skill, as the matcher knows it. */
export interface Term {
  skill: Skill;
  /** The spelling as written in the taxonomy, for case-sensitive checks. */
  written: string;
  /** The spelling folded; its length is the match length in folded text. */
  key: string;
}

/** A candidate found in folded text, before the ambiguity gate. */
export interface RawMatch {
  term: Term;
  /** Offsets in the folded text. */
  start: number;
  end: number;
}

/** A compiled skill matcher: a character trie over every folded name and alias. */
export interface SkillMatcher {
  taxonomy: TaxonomyData;
  byId: Map<string, Skill>;
  /** Finds the leftmost-longest term at every word start of the folded text, in one pass. */
  scan(text: FoldedText): RawMatch[];
  /** How many trie nodes were built (for the benchmark). */
  nodeCount: number;
}

/**
 * Builds the trie once per page or process. Edges live in one Map keyed by `node * 65536 + charCode`,
 * which is compact and fast to build compared with a Map per node.
 */
export function compileMatcher(taxonomy: TaxonomyData): SkillMatcher {
  const edges = new Map<number, number>();
  const terminals = new Map<number, Term>();
  let nodeCount = 1;
  const byId = new Map<string, Skill>();
  for (const skill of taxonomy.skills) {
    byId.set(skill.id, skill);
    for (const written of [skill.name, ...skill.aliases]) {
      const key = foldTerm(written);
      if (!key) continue;
      let node = 0;
      for (let i = 0; i < key.length; i++) {
        const edge = node * 65536 + key.charCodeAt(i);
        let next = edges.get(edge);
        if (next === undefined) {
          next = nodeCount++;
          edges.set(edge, next);
        }
        node = next;
      }
      // The first skill to claim a spelling keeps it (shared aliases are declared in the taxonomy).
      if (!terminals.has(node)) terminals.set(node, { skill, written, key });
    }
  }

  function scan({ folded }: FoldedText): RawMatch[] {
    const out: RawMatch[] = [];
    const n = folded.length;
    let i = 0;
    while (i < n) {
      if (!canStartAt(folded, i)) {
        i++;
        continue;
      }
      let node = 0;
      let best: RawMatch | undefined;
      for (let j = i; j < n; j++) {
        const next = edges.get(node * 65536 + folded.charCodeAt(j));
        if (next === undefined) break;
        node = next;
        const term = terminals.get(node);
        if (term) {
          const end = endOfMatch(folded, i, j + 1, term);
          if (end > 0) best = { term, start: i, end };
        }
      }
      if (best) {
        out.push(best);
        i = best.end;
      } else {
        // Skip to the end of this word: a term never starts inside a word.
        i++;
        while (i < n && isWordChar(folded[i]) && isWordChar(folded[i - 1])) i++;
      }
    }
    return out;
  }

  return { taxonomy, byId, scan, nodeCount };
}

/** A term may start at a word start, or at a symbol such as ".NET" that is not glued to a word. */
function canStartAt(s: string, i: number): boolean {
  const prev = s[i - 1];
  if (s[i] === ' ') return false;
  if (isWordChar(prev)) return false;
  // "package.json", "example.com": a dot inside a word is not a boundary.
  if (prev === '.' && isWordChar(s[i - 2])) return false;
  if (prev === '@' || prev === '#' || prev === '+') return false;
  return true;
}

/**
 * Where a match that ends at `end` really ends, or 0 when the next character glues it to more text:
 * "C" inside "C++", "Node" inside "Node.js" (when only "Node" was matched), "Java" inside "JavaScript".
 * A plural "s" or a possessive "'s" is taken along.
 */
function endOfMatch(s: string, start: number, end: number, term: Term): number {
  const next = s[end];
  const last = s[end - 1];
  if (next === undefined) return end;
  if (isWordChar(last)) {
    if (isWordChar(next)) {
      // Plurals: "REST APIs", "microservices", "SDKs"; not for short or ambiguous words.
      if (next === 's' && !isWordChar(s[end + 1]) && end - start >= 3 && !term.skill.ambiguity && !/s$/.test(term.key)) {
        return end + 1;
      }
      return 0;
    }
    if (next === '+' || next === '#') return 0;
    if ((next === '.' || next === '/') && isWordChar(s[end + 1]) && !(next === '/' && canStartAt(s, end + 1))) return 0;
  }
  if (next === "'" && s[end + 1] === 's' && !isWordChar(s[end + 2])) return end;
  return end;
}
