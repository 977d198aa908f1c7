import type { Skill, TaxonomyData } from '@/lib/model/skill';
import { foldTerm, type FoldedText } from '@/lib/taxonomy/fold-text';

/** One spelling of a skill, as the matcher knows it. */
export interface Term {
  skill: Skill;
  /** The spelling as written in the taxonomy, for case-sensitive checks. */
  written: string;
  /** The spelling folded; its length is the match length in folded text. */
  key: string;
  /** Every spelling of the skill that folds to this key ("LESS" and "Less"), for case checks. */
  variants: string[];
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
 * Builds the trie once per page or process. Characters are first numbered by an alphabet of the ones
 * the terms use (under a hundred). The trie is built through one Map keyed by `node * alphabetSize + letter`
 * (fast to build), then laid out flat for the scan: the root's children in a table indexed by letter, every
 * other node's children side by side in typed arrays, sorted by letter. Most nodes have one child, so a scan
 * step reads a few adjacent integers instead of hashing into a table of a quarter of a million entries,
 * which keeps the scan as fast with the generated layer as it was with the curated one alone.
 * A text character outside the alphabet simply ends the walk.
 */
export function compileMatcher(taxonomy: TaxonomyData): SkillMatcher {
  const byId = new Map<string, Skill>();
  const pending: Term[] = [];
  const letterOf = new Int16Array(65536).fill(-1);
  let alphabetSize = 0;
  for (const skill of taxonomy.skills) {
    byId.set(skill.id, skill);
    // A search-only skill is named by everyday words: offered in the popup's search, never found in text.
    if (skill.searchOnly) continue;
    for (const written of [skill.name, ...skill.aliases]) {
      const key = foldTerm(written);
      if (!key) continue;
      pending.push({ skill, written, key, variants: [written] });
      for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        // Indexes into typed arrays below are bounded by construction (char codes < 65536, nodes < nodeCount): `!` costs nothing.
        if (letterOf[c]! < 0) letterOf[c] = alphabetSize++;
      }
    }
  }
  const edges = new Map<number, number>();
  const terminalOf: (Term | undefined)[] = [undefined];
  let nodeCount = 1;
  for (const term of pending) {
    const { key } = term;
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const edge = node * alphabetSize + letterOf[key.charCodeAt(i)]!;
      let next = edges.get(edge);
      if (next === undefined) {
        next = nodeCount++;
        edges.set(edge, next);
        terminalOf.push(undefined);
      }
      node = next;
    }
    // The first skill to claim a spelling keeps it (shared aliases are declared in the taxonomy).
    const prev = terminalOf[node];
    if (!prev) terminalOf[node] = term;
    else if (prev.skill === term.skill) prev.variants.push(term.written);
  }

  const trie = layOut(edges, nodeCount, alphabetSize);

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
        const letter = letterOf[folded.charCodeAt(j)]!;
        if (letter < 0) break;
        const next = trie.child(node, letter);
        if (next < 0) break;
        node = next;
        const term = terminalOf[node];
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
        while (i < n && isWordCode(folded.charCodeAt(i)) && isWordCode(folded.charCodeAt(i - 1))) i++;
      }
    }
    return out;
  }

  return { taxonomy, byId, scan, nodeCount };
}

/** The trie's edges, flat: `child(node, letter)` is the child node, or -1. */
interface FlatTrie {
  child(node: number, letter: number): number;
}

function layOut(edges: Map<number, number>, nodeCount: number, alphabetSize: number): FlatTrie {
  const root = new Int32Array(alphabetSize).fill(-1);
  const first = new Int32Array(nodeCount + 1);
  for (const key of edges.keys()) {
    const node = Math.floor(key / alphabetSize);
    if (node > 0) first[node + 1]!++;
  }
  for (let n = 0; n < nodeCount; n++) first[n + 1]! += first[n]!;
  const edgeCount = first[nodeCount]!;
  const letters = new Int16Array(edgeCount);
  const targets = new Int32Array(edgeCount);
  const filled = first.slice(0, nodeCount);
  for (const [key, next] of edges) {
    const node = Math.floor(key / alphabetSize);
    const letter = key - node * alphabetSize;
    if (node === 0) {
      root[letter] = next;
      continue;
    }
    // Insertion keeps each node's few children sorted by letter.
    let at = filled[node]!++;
    while (at > first[node]! && letters[at - 1]! > letter) {
      letters[at] = letters[at - 1]!;
      targets[at] = targets[at - 1]!;
      at--;
    }
    letters[at] = letter;
    targets[at] = next;
  }
  return {
    child(node, letter) {
      if (node === 0) return root[letter]!;
      const end = first[node + 1]!;
      for (let at = first[node]!; at < end; at++) {
        const l = letters[at]!;
        if (l === letter) return targets[at]!;
        if (l > letter) return -1;
      }
      return -1;
    },
  };
}

const LETTER_OR_DIGIT = /\p{L}|\p{N}/u;
const DOT = 46;
const SLASH = 47;
const PLUS = 43;
const HASH = 35;
const AT = 64;
const SPACE = 32;
const APOSTROPHE = 39;
const LOWER_S = 115;

/** Whether a folded character code is a letter or digit, i.e. part of a word (NaN, past the end, is not). */
function isWordCode(c: number): boolean {
  if (c <= 122) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return c > 127 && LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/** A term may start at a word start, or at a symbol such as ".NET" that is not glued to a word. */
function canStartAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c === SPACE) return false;
  const prev = s.charCodeAt(i - 1);
  if (isWordCode(prev)) return false;
  // "package.json", "example.com": a dot inside a word is not a boundary.
  if (prev === DOT && isWordCode(s.charCodeAt(i - 2))) return false;
  if (prev === AT || prev === HASH || prev === PLUS) return false;
  return true;
}

/**
 * Where a match that ends at `end` really ends, or 0 when the next character glues it to more text:
 * "C" inside "C++", "Node" inside "Node.js" (when only "Node" was matched), "Java" inside "JavaScript".
 * A plural "s" or a possessive "'s" is taken along.
 */
function endOfMatch(s: string, start: number, end: number, term: Term): number {
  if (end >= s.length) return end;
  const next = s.charCodeAt(end);
  if (isWordCode(s.charCodeAt(end - 1))) {
    if (isWordCode(next)) {
      // Plurals: "REST APIs", "microservices", "SDKs"; not for short or ambiguous words.
      if (next === LOWER_S && !isWordCode(s.charCodeAt(end + 1)) && end - start >= 3 && !term.skill.ambiguity && !term.key.endsWith('s')) {
        return end + 1;
      }
      return 0;
    }
    if (next === PLUS || next === HASH) return 0;
    if ((next === DOT || next === SLASH) && isWordCode(s.charCodeAt(end + 1)) && !(next === SLASH && canStartAt(s, end + 1))) return 0;
  }
  if (next === APOSTROPHE && s.charCodeAt(end + 1) === LOWER_S && !isWordCode(s.charCodeAt(end + 2))) return end;
  return end;
}
