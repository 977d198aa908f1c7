import type { Skill } from '@/lib/model/skill';
import { hasLanguageCue, hasOwnVeto, hasOwnVetoes, hasTechnicalCue, isPersonName, isDistinctiveTerm, isListGap, isVetoed, type Surroundings } from './ambiguity';
import type { SkillMatcher } from './compile-matcher';
import { namesAGroup } from './departments';
import { foldText } from '@/lib/taxonomy/fold-text';
import { sharedHeadSkill } from './shared-head';
import { isNegatedAt, requirementOf, segmentPosting, type Sentence } from './segment-posting';
import type { Requirement, SkillMention } from '@/lib/model/mention';

const RANK: Record<Requirement, number> = { required: 3, preferred: 2, mentioned: 1 };

// The employer named as such: "At Snowflake, we…", "Oracle is an equal opportunity employer", "Sumo Logic: Staff
// Data Engineer" as a first line. A skill that is the employer is not asked for where it is only named.
const EMPLOYER_BEFORE = /\b(?:at|join|joining|about|welcome to|work at|working at|careers at|life at|why)\s+$/i;
const EMPLOYER_AFTER =
  /^(?:\s*,\s*we\b|,?\s*(?:Inc|LLC|Ltd|GmbH|Corp|Corporation|plc)\b|\s+(?:is|was|has been)\s+(?:a|an|the|one of the)\s+(?:[\w'’-]+\s+){0,6}(?:company|companies|provider|leader|platform|employer|startup|firm|organi[sz]ation|business|maker|manufacturer|pioneer|marketplace|retailer|bank|group)\b|\s+is\s+(?:hiring|growing|committed|proud|looking|seeking|on a mission)|'s\s+mission|’s\s+mission)/i;
// Customer and partner lists name companies, not skills: "customers including Hootsuite, Hearst and …".
const COMPANY_LIST = /\b(?:customers|clients?|client list|partners|partnerships|investors|brands|retailers|companies|organi[sz]ations|employers|backed by|trusted by|used by|funded by|powering|powers|tech companies)\b[^.;]{0,60}?(?:\b(?:includ(?:e|es|ing)|such as|like)\b|:|\bi\.e\.?)/i;
/** "-powered", "-based"…: what follows an acronym that something is built on. */
const BUILT_ON = /^-(?:powered|based|driven|enabled|backed|native)\b/;
const EVIDENCE_MAX = 320;
const AROUND = 60;

interface Candidate {
  skill: Skill;
  written: string;
  start: number;
  end: number;
  sentence: Sentence;
  sentenceIndex: number;
  /** Needs a technical cue or an accepted list neighbour before it counts. */
  gated: boolean;
  accepted: boolean;
}

/**
 * Finds the skills a posting's text asks for: one pass of the compiled matcher, the ambiguity gate,
 * then per skill its strongest requirement, the sentence it came from, years asked for and the
 * alternatives it stands among. Text in, one mention per skill out, in order of first appearance.
 */
export function extractSkills(matcher: SkillMatcher, text: string): SkillMention[] {
  const folded = foldText(text);
  const raw = matcher.scan(folded);
  if (raw.length === 0) return [];
  const sentences = segmentPosting(text);
  const candidates: Candidate[] = [];
  let si = 0;
  for (const m of raw) {
    // The matcher reports offsets inside the folded text, and origin has an entry for each of them.
    const start = folded.origin[m.start]!;
    const end = folded.origin[m.end - 1]! + 1;
    while (si < sentences.length - 1 && sentences[si]!.end <= start) si++;
    const sentence = sentences[si];
    if (!sentence || start < sentence.start || end > sentence.end || sentence.boilerplate) continue;
    // "No logistics background is needed": not asked for, so neither a requirement nor a gap.
    if (isNegatedAt(sentence, start)) continue;
    const written = text.slice(start, end);
    const { skill } = m.term;
    // "AI-generated", "ML-based", "GLP-1": a short acronym glued to a word or number is not the skill.
    // A longer acronym that a product or system is built on is still the skill: "LLM-powered", "SQL-based".
    if (written.length <= 4 && text[end] === '-' && /[a-z0-9]/.test(text[end + 1] ?? '') && written === written.toUpperCase() && !(written.length >= 3 && BUILT_ON.test(text.slice(end, end + 14)))) continue;
    // Inside an e-mail address or a URL ("workday_recruiting@acme.com") a word is not a skill.
    if (insideAddress(text, start, end)) continue;
    let gated = false;
    if (skill.category === 'human') {
      // A language is a skill only when asked for as one: "fluent in Spanish", not "Spanish tapas".
      if (!caseAgrees(written, m.term.variants)) continue;
      gated = !hasLanguageCue(surroundings(text, sentence, start, end));
    } else if (!skill.ambiguity || isDistinctiveTerm(m.term.written)) {
      if (hasOwnVetoes(skill.id) && hasOwnVeto(skill.id, surroundings(text, sentence, start, end))) continue;
      if (isPersonName(text, sentence.start, start)) continue;
    } else {
      if (!caseAgrees(written, m.term.variants)) continue;
      const around = surroundings(text, sentence, start, end);
      if (isVetoed(skill.id, around)) continue;
      gated = skill.ambiguity === 'context' && !hasTechnicalCue(around);
    }
    if (skill.category !== 'human') {
      const before = text.slice(Math.max(sentence.start, start - AROUND), start);
      const after = text.slice(end, Math.min(sentence.end, end + AROUND));
      if (namesAGroup(written, before, after, skill)) continue;
    }
    candidates.push({ skill, written, start, end, sentence, sentenceIndex: si, gated, accepted: !gated });
  }
  addSharedHeads(matcher, text, candidates);
  acceptListNeighbours(text, candidates);
  return summarise(text, dropCompanyNames(text, candidates.filter((c) => c.accepted)));
}

/**
 * Drops names that stand for companies: the employer where it is only named (not asked for in a
 * qualification), and any name in a list of customers or partners.
 */
function dropCompanyNames(text: string, accepted: Candidate[]): Candidate[] {
  const employer = new Set<string>();
  // "… solutions at Blue Yonder.", "join Snowflake!": the company itself, wherever the sentence asks for things.
  const companyAtEnd = new Set<Candidate>();
  for (const c of accepted) {
    const before = text.slice(Math.max(c.sentence.start, c.start - 30), c.start);
    const after = text.slice(c.end, Math.min(text.length, c.end + 80));
    if (EMPLOYER_BEFORE.test(before) && /^[\s.!]*$/.test(text.slice(c.end, c.sentence.end))) {
      companyAtEnd.add(c);
      employer.add(c.skill.id);
    }
    const titleLine = c.sentence.start === 0 && c.start === 0 && /^\s*[:|–-]\s/.test(after);
    if (titleLine || (EMPLOYER_BEFORE.test(before) && c.start - c.sentence.start <= 30 && /^\s*(?:,|$|\s+(?:is|we|has)\b)/.test(after)) || EMPLOYER_AFTER.test(after)) {
      employer.add(c.skill.id);
    }
  }
  // Where each sentence's company list starts (once per sentence: per candidate it was quadratic).
  const listStart = new Map<number, number>();
  const listStartOf = (c: Candidate) => {
    let at = listStart.get(c.sentenceIndex);
    if (at === undefined) {
      const m = COMPANY_LIST.exec(text.slice(c.sentence.start, c.sentence.end));
      at = m ? c.sentence.start + m.index + m[0].length : Infinity;
      listStart.set(c.sentenceIndex, at);
    }
    return at;
  };
  return accepted.filter((c) => {
    if (companyAtEnd.has(c)) return false;
    if (employer.has(c.skill.id) && requirementOf(c.sentence, c.start) === 'mentioned') return false;
    return c.start < listStartOf(c);
  });
}

/** Adds the skills written with a shared head noun ("unit and integration testing"), in text order. */
function addSharedHeads(matcher: SkillMatcher, text: string, candidates: Candidate[]): void {
  const added: Candidate[] = [];
  for (const c of candidates) {
    if (c.gated || !/[\s-]/.test(c.written)) continue;
    const find = sharedHeadSkill(matcher, text, c.sentence.start, c.start, c.end, c.skill);
    if (!find || candidates.some((o) => o.start < find.end && o.end > find.start)) continue;
    added.push({ ...find, sentence: c.sentence, sentenceIndex: c.sentenceIndex, gated: false, accepted: true });
  }
  if (!added.length) return;
  candidates.push(...added);
  candidates.sort((a, b) => a.start - b.start);
}

/** A gated term next to an accepted skill in a list is a skill too; repeat until nothing changes. */
function acceptListNeighbours(text: string, candidates: Candidate[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const [i, c] of candidates.entries()) {
      if (c.accepted) continue;
      const prev = candidates[i - 1];
      const next = candidates[i + 1];
      const joined = (a?: Candidate, b?: Candidate) =>
        !!a && !!b && a.accepted && a.sentenceIndex === b.sentenceIndex &&
        isListGap(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
      if (joined(prev, c) || joined(next, c)) {
        c.accepted = true;
        changed = true;
      }
    }
  }
}

function summarise(text: string, accepted: Candidate[]): SkillMention[] {
  const groups = alternativeGroups(text, accepted);
  const bySkill = new Map<string, SkillMention>();
  accepted.forEach((c, i) => {
    const requirement = requirementOf(c.sentence, c.start);
    const prev = bySkill.get(c.skill.id);
    if (prev && RANK[prev.requirement] >= RANK[requirement]) {
      if (prev.years === undefined && c.sentence.years !== undefined) prev.years = c.sentence.years;
      return;
    }
    const mention: SkillMention = {
      id: c.skill.id,
      name: c.skill.name,
      category: c.skill.category,
      requirement,
      text: c.written,
      evidence: evidenceOf(text, c.sentence),
      start: c.start,
      end: c.end,
      ...(c.sentence.years !== undefined ? { years: c.sentence.years } : prev?.years !== undefined ? { years: prev.years } : {}),
      ...(groups[i] !== undefined ? { group: groups[i] } : {}),
      ...(c.skill.category === 'soft' ? { soft: true } : {}),
      ...((c.sentence.section === 'about' && !c.sentence.hiring) || c.sentence.section === 'benefits' ? { incidental: true } : {}),
    };
    bySkill.set(c.skill.id, mention);
  });
  return [...bySkill.values()];
}

/**
 * Runs of skills in one sentence joined by list separators form a group of alternatives when one of
 * the separators is "or" or a slash ("Python or Java", "AWS/GCP/Azure"); one of them is then enough.
 */
function alternativeGroups(text: string, accepted: Candidate[]): (number | undefined)[] {
  const groups: (number | undefined)[] = new Array(accepted.length).fill(undefined);
  let runStart = 0;
  let hasOr = false;
  let nextGroup = 1;
  const close = (endExclusive: number) => {
    if (hasOr && endExclusive - runStart >= 2) {
      for (let k = runStart; k < endExclusive; k++) groups[k] = nextGroup;
      nextGroup++;
    }
  };
  for (let i = 1; i <= accepted.length; i++) {
    const a = accepted[i - 1]!; // 1 ≤ i ≤ length
    const b = accepted[i];
    const between = b && a.sentenceIndex === b.sentenceIndex ? text.slice(a.end, b.start) : undefined;
    if (between !== undefined && isListGap(between)) {
      if (/\bor\b|\//i.test(between)) hasOr = true;
      continue;
    }
    close(i);
    runStart = i;
    hasOr = false;
  }
  return groups;
}

/** Whether [start, end) lies inside an e-mail address or URL: a run without spaces holding "@" or "://". */
function insideAddress(text: string, start: number, end: number): boolean {
  let a = start;
  // Both scans stop at the text's ends, so the characters read are always there.
  while (a > 0 && a > start - 80 && !/\s/.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b < end + 80 && !/\s/.test(text[b]!)) b++;
  const token = text.slice(a, b);
  return token.includes('@') || token.includes('://') || /^www\./i.test(token);
}

/**
 * Whether a term is written the way the skill is, for skills whose lowercase is an ordinary word ("go",
 * "excel", "spring"). Besides the taxonomy's own spellings it takes an inner capital the taxonomy does not
 * have ("RedShift"), as people write product names; never the all-lowercase word, and not capitals
 * throughout, which are as often another thing's acronym ("SWIFT" payments, a "PRESTO" card).
 */
function caseAgrees(written: string, variants: readonly string[]): boolean {
  if (variants.some((v) => sameCase(written, v))) return true;
  if (!/[a-z][A-Z]/.test(written)) return false;
  const folded = written.toLowerCase();
  return variants.some((v) => v.toLowerCase() === folded && v[0] === written[0]);
}

function sameCase(written: string, canonical: string): boolean {
  const norm = (s: string) => s.replace(/[\s\-_]+/g, ' ');
  const w = norm(written).replace(/(?:'s|’s|s)$/, '');
  const c = norm(canonical);
  return w === c || norm(written) === c;
}

function surroundings(text: string, sentence: Sentence, start: number, end: number): Surroundings {
  return {
    before: text.slice(Math.max(sentence.start, start - AROUND), start),
    after: text.slice(end, Math.min(sentence.end, end + AROUND)),
    written: text.slice(start, end),
    sentence: text.slice(sentence.start, sentence.end),
  };
}

function evidenceOf(text: string, sentence: Sentence): string {
  const s = text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim();
  return s.length > EVIDENCE_MAX ? `${s.slice(0, EVIDENCE_MAX - 1)}…` : s;
}
