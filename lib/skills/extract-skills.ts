import type { Skill } from '@/lib/taxonomy/types';
import { hasTechnicalCue, isDistinctiveTerm, isListGap, isVetoed, type Surroundings } from './ambiguity';
import type { SkillMatcher } from './compile-matcher';
import { foldText } from './fold-text';
import { requirementOf, segmentPosting, type Sentence } from './segment-posting';
import type { Requirement, SkillMention } from './types';

const RANK: Record<Requirement, number> = { required: 3, preferred: 2, mentioned: 1 };
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
    const start = folded.origin[m.start];
    const end = folded.origin[m.end - 1] + 1;
    while (si < sentences.length - 1 && sentences[si].end <= start) si++;
    const sentence = sentences[si];
    if (!sentence || start < sentence.start || end > sentence.end) continue;
    const written = text.slice(start, end);
    const { skill } = m.term;
    let gated = false;
    if (skill.ambiguity && !isDistinctiveTerm(m.term.written)) {
      if (!sameCase(written, m.term.written)) continue;
      const around = surroundings(text, sentence, start, end);
      if (isVetoed(skill.id, around)) continue;
      gated = skill.ambiguity === 'context' && !hasTechnicalCue(around);
    }
    candidates.push({ skill, written, start, end, sentence, sentenceIndex: si, gated, accepted: !gated });
  }
  acceptListNeighbours(text, candidates);
  return summarise(text, candidates.filter((c) => c.accepted));
}

/** A gated term next to an accepted skill in a list is a skill too; repeat until nothing changes. */
function acceptListNeighbours(text: string, candidates: Candidate[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i];
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
      ...(c.sentence.section === 'about' || c.sentence.section === 'benefits' ? { incidental: true } : {}),
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
    const a = accepted[i - 1];
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
