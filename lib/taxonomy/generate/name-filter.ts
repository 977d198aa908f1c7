import { wordsOf, type WordFrequency } from './word-frequency';

/** What the generator does with a candidate name: match it in postings, offer it only in search, or drop it. */
export type NameVerdict = 'match' | 'search' | 'drop';

/** Names shorter than this are initialisms or fragments that would be found inside ordinary text. */
export const MIN_NAME_LENGTH = 3;

/**
 * A word a posting may write in lowercase this often (per corpus) and still be distinctive: rarer words
 * are terms of a trade ("venepuncture", "hydraulic"), commoner ones are everyday posting vocabulary.
 */
export const DISTINCTIVE_MAX_LOWER = 3;

/**
 * Broad words that are skills only in the vaguest sense: as a whole generated name they would be found in
 * almost every posting, and the curated layer already has the ones worth matching (as soft skills).
 */
const GENERIC_NAMES = new Set([
  'communication', 'teamwork', 'management', 'leadership', 'administration', 'planning', 'organisation',
  'organization', 'analysis', 'research', 'development', 'design', 'support', 'service', 'services', 'sales',
  'marketing', 'training', 'teaching', 'learning', 'quality', 'safety', 'health', 'security', 'maintenance',
  'operations', 'production', 'engineering', 'business', 'customer service', 'problem solving', 'time management',
  'work', 'tasks', 'procedures', 'techniques', 'methods', 'principles', 'practices', 'activities', 'processes',
  'equipment', 'tools', 'systems', 'software', 'data', 'information', 'documentation', 'reports', 'records',
  'materials', 'products', 'resources', 'standards', 'regulations', 'policies', 'legislation', 'clients',
  'customers', 'staff', 'people', 'team', 'teams', 'projects', 'budgets', 'costs', 'documents', 'office',
  'computer', 'computers', 'internet', 'email', 'phone', 'telephone', 'writing', 'reading', 'speaking',
]);

/** Words that carry no subject of their own, ignored when asking whether a name is distinctive. */
const FUNCTION_WORDS = new Set(['and', 'or', 'of', 'the', 'a', 'an', 'for', 'in', 'on', 'to', 'with', 'by', 'at', 'as', 'from']);

/**
 * Judges a generated name against ordinary posting text. A name is matchable when it is long enough, not
 * a generic word or phrase, and has at least one distinctive word: one the corpus rarely writes in
 * lowercase (a trade term, or a product name that postings capitalise). A name made only of everyday
 * words is kept for search (the popup's autocomplete) but never matched: "Available services" would be
 * found in postings that mean nothing by it. A single everyday word is dropped unless it is a product's
 * name (`productName`), which the popup should still find.
 */
export function judgeName(name: string, frequency: WordFrequency, productName: boolean): NameVerdict {
  const trimmed = name.trim();
  if (trimmed.length < MIN_NAME_LENGTH) return 'drop';
  if (/[|`\\]|\$\{/.test(trimmed)) return 'drop';
  const folded = trimmed.toLowerCase().replace(/\s+/g, ' ');
  if (GENERIC_NAMES.has(folded)) return 'drop';
  const words = wordsOf(trimmed).filter((w) => !FUNCTION_WORDS.has(w));
  if (words.length === 0) return 'drop';
  const isDistinctive = (w: string) => (frequency.lower.get(w) ?? 0) <= DISTINCTIVE_MAX_LOWER && w.length >= 3 && !/^\d+$/.test(w);
  const [only] = words;
  if (words.length === 1 && only !== undefined) {
    // A product's one-word name is matched (cased) when postings never write it as a word; a topic's
    // one word ("Nursing", "Court", "Radiology") is too often meant loosely, so it is only searchable.
    if (productName) return isDistinctive(only) && trimmed.length >= 4 ? 'match' : 'search';
    return isDistinctive(only) ? 'search' : 'drop';
  }
  // A product name needs one distinctive word (its brand); a topic phrase needs every word to be one,
  // and "types of wine", "principles of X" name a subject to study, not something a posting asks for.
  if (productName) return words.some(isDistinctive) ? 'match' : 'search';
  if (/^(?:types|principles|characteristics|methods|techniques|features|kinds|categories|range|areas|fields) of /i.test(trimmed)) return 'search';
  return words.every(isDistinctive) ? 'match' : 'search';
}
