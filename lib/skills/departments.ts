import type { Category } from '@/lib/model/skill';

/**
 * A field's name used for a group of people or a business, not asked for as a skill: "Partner with Product
 * Management and Engineering", "our Data Science team", "the procurement/human resources department",
 * "Acme is a technical recruiting firm". Telling an engineer they lack Product Management because they will
 * work beside its team is the kind of keyword score this project exists to avoid.
 *
 * Works on the few words either side of the term, with whitespace collapsed, by walking tokens rather than
 * with nested patterns, so any input takes linear time.
 */

/** Verbs of working beside a group, at the end of the words before the term (after any other names in its list). */
const BESIDE =
  /\b(?:partner(?:s|ing)?|collaborat(?:e|es|ing)|liais(?:e|es|ing)|coordinat(?:e|es|ing)|work(?:s|ing)? (?:closely|cross-functionally|hand in hand)|team(?:s|ing)? up) with(?: (?:our|the|your|other))?$|\b(?:alongside|reports? (?:in)?to|reporting (?:in)?to)(?: (?:our|the))?$/i;

/** Quick looks before the closer ones: a verb of working beside, a unit word anywhere after. */
const BESIDE_HINT = /\b(?:partner|collaborat|liais|coordinat|closely|cross-functionally|hand in hand|team(?:s|ing)? up|alongside|report)/i;
const UNIT_HINT = /\b(?:teams?|departments?|functions|organi[sz]ations|orgs?|groups?|divisions?)\b/i;

/** Words that make the term the name of a group of people. */
const UNIT = /^(?:teams?|departments?|functions|organi[sz]ations|orgs?|groups?|divisions?)$/i;

/** Ways of working: "a Scrum team", "a cross-functional Agile team" work by them, so they stay skills. */
const METHODS = new Set(['agile', 'scrum', 'kanban', 'safe', 'lean', 'waterfall', 'extreme-programming', 'six-sigma', 'lean-six-sigma', 'devops']);

/** "… is a technical recruiting firm": the term describes the business. */
const BUSINESS_BEFORE = /\b(?:is|are) (?:an?|the) (?:[a-z-]+ )?$/i;
const BUSINESS_AFTER = /^\s*(?:firm|company|agency|consultancy|provider|startup|business)\b/i;

/** Categories of tools and products: their names before "team" still say what the team uses ("the Python team"). */
const TOOL_CATEGORIES = new Set<Category>(['lang', 'web', 'db', 'cloud', 'devops', 'mobile', 'office', 'testing', 'cert', 'human', 'soft']);

const collapse = (s: string) => s.replace(/\s+/g, ' ');
const isTitleWord = (w: string) => /^[A-Z][\w&+/.-]*,?$/.test(w) || w === '&' || w === 'and' || w === ',';
const isTitleCase = (written: string) => written.split(/[\s/-]+/).every((w) => /^[A-Z0-9]/.test(w));

/**
 * Whether the term between `before` and `after` (the words around it in its sentence) names a group of
 * people or a business rather than a skill the job asks for.
 */
export function namesAGroup(written: string, before: string, after: string, skill: { id: string; category: Category }): boolean {
  // Cheap tests first, without copying any text: this runs for every term, and most are tools named in a
  // plain sentence.
  if (BUSINESS_AFTER.test(after) && BUSINESS_BEFORE.test(`${collapse(before).trimEnd()} `)) return true;
  if (/^[A-Z0-9]/.test(written) && BESIDE_HINT.test(before) && isTitleCase(written)) {
    // Skip the other names of the same list ("Data Science, Infrastructure, and"), then look for the verb.
    const words = collapse(before).trimEnd().split(' ');
    let end = words.length;
    while (end > 0 && isTitleWord(words[end - 1]!)) end--;
    if (BESIDE.test(words.slice(0, end).join(' '))) return true;
  }
  if (TOOL_CATEGORIES.has(skill.category) || METHODS.has(skill.id) || !UNIT_HINT.test(after)) return false;
  const a = collapse(after).trimStart();
  // "Data Science team", "Product Management and Engineering teams", "procurement/human resources
  // department": the unit word after at most three more names of the same list (not "or related functions").
  // The unit word comes right after a name ("and team leadership" is not a team), and is not itself the
  // start of a name ("Team Foundation Server").
  const slashJoined = a.startsWith('/');
  const tokens = a.split(/[\s/,&.;:()]+/).filter(Boolean).slice(0, 5);
  for (let i = 0; i < Math.min(tokens.length, 4); i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (UNIT.test(t) && tokens[i - 1] !== 'and' && !(/^[A-Z]/.test(t) && next && /^[A-Z]/.test(next))) return true;
    if (!(t === 'and' || /^[A-Z]/.test(t) || slashJoined)) return false;
  }
  return false;
}
