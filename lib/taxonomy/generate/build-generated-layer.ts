import type { Category, Effort, Skill } from '@/lib/model/skill';
import { categoryOfSubject, categoryOfTechnology } from './assign-category';
import { claim, claimsOf, collides, keysOf, type Claims } from './curated-claims';
import { nameFromEscoLabel } from './esco-label';
import { judgeName, type NameVerdict } from './name-filter';
import { skillIdOf } from './skill-id';
import type { WordFrequency } from './word-frequency';

/** One row of O*NET's "Technology Skills": an occupation lists a technology of a commodity class. */
export interface OnetTechnologyRow {
  /** O*NET-SOC code, "29-1141.00"; its first two digits are the SOC major group. */
  soc: string;
  example: string;
  commodityTitle: string;
  hot: boolean;
}

/** One ESCO skill or knowledge concept, as read from the export and the collections. */
export interface EscoConcept {
  uri: string;
  label: string;
  altLabels: string[];
  /** Names of the ESCO groups above it, where the collections give them. */
  groups: string[];
}

/** Everything the generator reads; the script fills it from ../shared/reference and the corpus. */
export interface GeneratorInput {
  onet: readonly OnetTechnologyRow[];
  esco: readonly EscoConcept[];
  /** ESCO skill-to-skill relations, as pairs of concept URIs. */
  escoRelations: readonly (readonly [string, string])[];
  /** Word counts of ordinary posting text (the eval corpus). */
  frequency: WordFrequency;
  /** The curated layer: whatever it claims, the generated layer leaves alone. */
  curated: readonly Skill[];
}

/** A word no dictionary has: a capital or digit inside it, or a joining mark between its parts. */
const COINED_WORD = /[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]|[A-Za-z][-+!.][A-Za-z0-9]/;

/** Most aliases a generated skill keeps: ESCO lists many near-identical rephrasings. */
const MAX_ALIASES = 6;
const MAX_RELATED = 4;

/** Vendors O*NET prefixes to product names; "Oracle PeopleSoft" is also written "PeopleSoft". */
const VENDOR_PREFIX = /^(?:Microsoft|Oracle|Google|Amazon|Apple|IBM|Adobe|Adobe Systems|SAP|Autodesk|Atlassian|Salesforce|Intuit|Cisco|Red Hat|VMware|Bentley|Esri|Siemens|Dassault Systemes|Hexagon|Trimble|Corel|Epic|Cerner|Infor|Sage|Intergraph|PTC|Rockwell|Schneider Electric|Honeywell)\s+/;

interface Candidate {
  skill: Skill;
  source: 'onet' | 'esco';
  /** For relations: the commodity an O*NET technology is in, the URI of an ESCO concept. */
  key: string;
  /** Other names of the same thing that are not aliases ("Android" for "Google Android"): if curated, the candidate is a duplicate. */
  sameAs: string[];
}

/**
 * Builds the generated layer: O*NET technologies first (product names, the most precise), then ESCO
 * concepts turned into names. Each skill is filtered against ordinary posting text, given a category,
 * an effort class and relations, and dropped when the curated layer (or an earlier generated skill)
 * already claims its id or name. Deterministic: the same input gives the same skills in the same order.
 */
export function buildGeneratedLayer(input: GeneratorInput): Skill[] {
  const claims = claimsOf(input.curated);
  const curatedClaims = claimsOf(input.curated);
  const kept: Candidate[] = [];
  for (const candidate of [...onetCandidates(input), ...escoCandidates(input)]) {
    const accepted = accept(candidate, claims, curatedClaims);
    if (accepted) kept.push(accepted);
  }
  linkOnetSiblings(kept);
  linkEscoRelations(kept, input.escoRelations);
  return kept.map((c) => c.skill);
}

/** Takes a candidate unless the curated layer claims any of its spellings; spellings an earlier generated skill took are left out. */
function accept(candidate: Candidate, claims: Claims, curatedClaims: Claims): Candidate | undefined {
  const { skill } = candidate;
  if (!skill.id || collides(curatedClaims, skill)) return undefined;
  if (candidate.sameAs.some((name) => keysOf(name).some((k) => curatedClaims.terms.has(k)))) return undefined;
  if (claims.ids.has(skill.id) || keysOf(skill.name).some((k) => claims.terms.has(k))) return undefined;
  const aliases: string[] = [];
  const own = new Set(keysOf(skill.name));
  for (const alias of skill.aliases) {
    const keys = keysOf(alias);
    if (keys.some((k) => claims.terms.has(k) || own.has(k))) continue;
    keys.forEach((k) => own.add(k));
    aliases.push(alias);
  }
  const accepted = { ...candidate, skill: { ...skill, aliases } };
  claim(claims, accepted.skill);
  return accepted;
}

function onetCandidates(input: GeneratorInput): Candidate[] {
  const byName = new Map<string, { commodity: string; groups: Map<string, number>; occupations: Set<string>; hot: boolean }>();
  for (const row of input.onet) {
    const name = row.example.replace(/\s+/g, ' ').trim();
    if (!name) continue;
    let entry = byName.get(name);
    if (!entry) byName.set(name, (entry = { commodity: row.commodityTitle, groups: new Map(), occupations: new Set(), hot: false }));
    if (!entry.occupations.has(row.soc)) {
      entry.occupations.add(row.soc);
      const group = row.soc.slice(0, 2);
      entry.groups.set(group, (entry.groups.get(group) ?? 0) + 1);
    }
    entry.hot ||= row.hot;
  }
  const ordered = [...byName].sort((a, b) => b[1].occupations.size - a[1].occupations.size || (a[0] < b[0] ? -1 : 1));
  const out: Candidate[] = [];
  for (const [name, entry] of ordered) {
    const judged = judgeName(name, input.frequency, true);
    if (judged === 'drop') continue;
    const singleWord = !/\s/.test(name);
    // A one-word name in an ordinary word's shape ("Squeegee", "Route", "Samba", "IRIS") is offered in search
    // only: the corpus is too small to show every such word is ordinary. A coined shape ("SmartDraw", "A1-Law",
    // "Cheetah3D") is found in text, with context.
    const verdict = singleWord && !COINED_WORD.test(name) ? 'search' : judged;
    const aliases: string[] = [];
    const unvendored = name.replace(VENDOR_PREFIX, '');
    if (unvendored !== name && judgeName(unvendored, input.frequency, false) === 'match' && unvendored.split(' ').length > 1) aliases.push(unvendored);
    out.push({
      source: 'onet',
      key: entry.commodity,
      sameAs: unvendored !== name ? [unvendored] : [],
      skill: skillOf(name, aliases.filter((a) => !a.includes(',')), categoryOfTechnology(entry.commodity, entry.groups), 'w', verdict, singleWord && verdict === 'match'),
    });
  }
  return out;
}

function escoCandidates(input: GeneratorInput): Candidate[] {
  const out: Candidate[] = [];
  for (const concept of input.esco) {
    const named = nameFromEscoLabel(concept.label);
    if (!named) continue;
    const verdict = judgeName(named.name, input.frequency, false);
    if (verdict === 'drop') continue;
    const category = categoryOfSubject(`${concept.label} ${concept.groups.join(' ')}`);
    if (!category) continue;
    const aliases: string[] = [];
    const spellings = [...named.variants];
    for (const alt of concept.altLabels) {
      const altNamed = nameFromEscoLabel(alt);
      if (altNamed) spellings.push(lowerFirst(altNamed.name), ...altNamed.variants);
    }
    for (const spelling of spellings) {
      if (aliases.length >= MAX_ALIASES) break;
      if (spelling.includes(',') || aliases.includes(spelling)) continue;
      const v = judgeName(spelling, input.frequency, false);
      // A matched skill must not be found by a generic alias; a search-only one may list any sound spelling.
      if (v === 'match' || (verdict === 'search' && v === 'search')) aliases.push(spelling);
    }
    out.push({ source: 'esco', key: concept.uri, sameAs: [], skill: skillOf(named.name, aliases, category, named.knowledge ? 'm' : 'w', verdict, false) });
  }
  return out;
}

/**
 * `needsContext`: a one-word product name ("Square", "Samba", "LinkedIn") is as often a company or an
 * ordinary word; it counts only with a technical cue or in a list of confirmed skills, like the curated
 * layer's ambiguous words.
 */
function skillOf(name: string, aliases: string[], category: Category, effort: Effort, verdict: NameVerdict, needsContext: boolean): Skill {
  return {
    id: skillIdOf(name),
    name,
    aliases,
    category,
    parents: [],
    related: [],
    ...(needsContext ? { ambiguity: 'context' as const } : {}),
    effort,
    ...(verdict === 'search' ? { searchOnly: true as const } : {}),
  };
}

/** Technologies of one commodity class are alternatives to each other: the most widely used few are each one's relations. */
function linkOnetSiblings(kept: Candidate[]): void {
  const byCommodity = new Map<string, Skill[]>();
  for (const c of kept) if (c.source === 'onet') byCommodity.set(c.key, [...(byCommodity.get(c.key) ?? []), c.skill]);
  for (const members of byCommodity.values()) {
    const leaders = members.slice(0, MAX_RELATED + 1);
    for (const skill of members) skill.related = leaders.filter((s) => s !== skill).slice(0, MAX_RELATED).map((s) => s.id);
  }
}

/** ESCO's skill-to-skill relations between concepts that both made it into the layer. */
function linkEscoRelations(kept: Candidate[], relations: GeneratorInput['escoRelations']): void {
  const byUri = new Map<string, Skill>();
  for (const c of kept) if (c.source === 'esco') byUri.set(c.key, c.skill);
  for (const [from, to] of relations) {
    const a = byUri.get(from);
    const b = byUri.get(to);
    if (!a || !b || a === b) continue;
    if (a.related.length < MAX_RELATED && !a.related.includes(b.id)) a.related.push(b.id);
    if (b.related.length < MAX_RELATED && !b.related.includes(a.id)) b.related.push(a.id);
  }
}

function lowerFirst(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}
