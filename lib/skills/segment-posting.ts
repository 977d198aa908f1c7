import type { Requirement } from './types';

/** What a part of a posting is about; decides the requirement level of the skills in it. */
export type SectionKind = 'required' | 'preferred' | 'duties' | 'about' | 'benefits' | 'other';

/** One sentence of a posting, with the section it stands in. */
export interface Sentence {
  start: number;
  end: number;
  section: SectionKind;
  /** Requirement stated in the sentence itself ("a plus", "must"), which wins over the section's. */
  cue?: Requirement;
  /** Whether the sentence reads as a qualification ("experience with", "knowledge of"). */
  qualifying: boolean;
  /** Offset from which "preferably"/"ideally" makes what follows preferred. */
  preferredFrom?: number;
  /** Years of experience stated in the sentence. */
  years?: number;
}

// Order matters: "Preferred qualifications" is preferred, not required.
const HEADING_KINDS: [SectionKind, RegExp][] = [
  ['benefits', /\b(benefits?|perks|what we offer|we offer|compensation|salary|pay range|pay rate|why you('| wi)ll love|equal (employment )?opportunity|eeo|our commitment|accommodations?)\b/i],
  ['preferred', /\b(preferred|nice[ -]to[ -]haves?|bonus( points)?|pluses|desired|desirable|ideally|good to have|extra credit|even better|stand out|additional (qualifications|skills|experience)|it would be great|not required)\b/i],
  ['required', /\b(requirements?|required|qualifications?|minimum|must[ -]haves?|what you('ll| will)? (need|bring|have)|you (have|bring|are|should have)|who you are|about you|skills|experience|what we('re| are) looking for|we('re| are) looking for|looking for|your (profile|background|skills|experience)|ideal candidate|competenc(y|ies)|requisites|essential|key skills|expertise|you might be a fit|to be successful|what it takes|candidate profile)\b/i],
  ['duties', /\b(responsibilities|responsible|what you('ll| will) do|duties|day[ -]to[ -]day|your (impact|role|mission)|what you('ll| will) work on|in this role|the role|role (summary|description|overview)|job (description|summary|overview)|position (summary|description|overview)|overview|summary|the opportunity|the job|the position|about the (role|job|position|team)|key (tasks|accountabilities)|what you will be doing|tasks)\b/i],
  ['about', /\b(about (us|the company|our company)|about [A-Z][\w&.' -]{1,40}$|who we are|our (company|story|mission|culture|values|team)|company (description|overview)|why (join|work)|life at|the company)\b/i],
];

// "preferably X", "ideally X": only what follows the word is preferred.
const PREFERRED_FROM = /\b(preferably|ideally|preferred:|especially|bonus if|bonus:|plus if|even better if)/i;
const PREFERRED_CUE =
  /\b(preferred|preference|nice[ -]to[ -]have|(is|are|would be|will be|as) a (big |huge |strong )?(plus|bonus|benefit|advantage)|a plus\b|bonus|desir(ed|able)|advantageous|an advantage|beneficial|helpful|would be great|nice if|not required|optional|exposure to)\b/i;
const REQUIRED_CUE = /\b(must|required|requirement|mandatory|minimum|essential|need to have|at least \d|you have|you bring|you will need|proven)\b/i;
const QUALIFYING_CUE =
  /\b(experience[ds]?|proficien(t|cy)|knowledge|familiar(ity)?|expert(ise)?|skill(s|ed)?|ability to|understanding|background in|fluen(t|cy)|competen(t|ce|cy)|degree|certifi(ed|cation)|years?|hands[ -]on|track record|comfortable (with|in|using)|command of|mastery|strong|solid|working with)\b/i;
const YEARS = /\b(\d{1,2})\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?)\b/i;
const ABBREVIATIONS = /\b(e\.g|i\.e|etc|vs|inc|sr|jr|dr|mr|ms|mrs|no|approx|incl|esp|dept|st)\.$/i;
const BULLET = /^[\s•·▪●◦‣*\-–—]+/;

/** Classifies a line as a section heading, or returns undefined when it is body text. */
export function headingKind(line: string): SectionKind | undefined {
  const text = line.replace(BULLET, '').replace(/[’‘]/g, "'").trim();
  if (!text || text.length > 80) return undefined;
  const words = text.split(/\s+/).length;
  const endsWithColon = /:$/.test(text);
  const allCaps = /[A-Z]/.test(text) && text === text.toUpperCase() && words <= 8;
  const looksLikeHeading = endsWithColon || allCaps || (words <= 7 && !/[.!?,;]$/.test(text));
  if (!looksLikeHeading || words > 10) return undefined;
  for (const [kind, re] of HEADING_KINDS) if (re.test(text)) return kind;
  // A short colon-ended line that names nothing we know starts a neutral section.
  return endsWithColon ? 'other' : undefined;
}

/**
 * Splits a posting's text into sentences, each tagged with the section it belongs to and the cues it
 * carries. Sections come from heading lines ("Requirements", "Nice to have:", "About us") and from
 * inline headings ("Requirements: Python, SQL").
 */
export function segmentPosting(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let section: SectionKind = 'other';
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const heading = headingKind(line);
    if (heading) {
      section = heading;
      // A heading is a sentence of its own too, so skills named in it ("Python Developer") have evidence.
      pushSentence(sentences, text, lineStart, lineEnd, section);
    } else {
      let lineSection = section;
      const inline = /^[\s•·*\-]*([A-Za-z][A-Za-z /&'’-]{2,40}):\s+\S/.exec(line);
      const inlineKind = inline ? headingKind(inline[1] + ':') : undefined;
      if (inlineKind && inlineKind !== 'other') lineSection = inlineKind;
      splitSentences(sentences, text, lineStart, lineEnd, lineSection);
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function splitSentences(out: Sentence[], text: string, from: number, to: number, section: SectionKind): void {
  let start = from;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if ((ch === '.' || ch === '!' || ch === '?' || ch === ';') && /\s/.test(text[i + 1] ?? '') ) {
      const after = text.slice(i + 1, Math.min(to, i + 4)).trimStart();
      if (!after || !/^[A-Z0-9•"“(]/.test(after)) continue;
      if (ch === '.' && ABBREVIATIONS.test(text.slice(Math.max(from, i - 8), i + 1))) continue;
      pushSentence(out, text, start, i + 1, section);
      start = i + 1;
    }
  }
  pushSentence(out, text, start, to, section);
}

function pushSentence(out: Sentence[], text: string, start: number, end: number, section: SectionKind): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return;
  const body = text.slice(start, end);
  const years = YEARS.exec(body);
  const from = PREFERRED_FROM.exec(body);
  out.push({
    start,
    end,
    section,
    cue: PREFERRED_CUE.test(body) ? 'preferred' : REQUIRED_CUE.test(body) ? 'required' : undefined,
    qualifying: QUALIFYING_CUE.test(body),
    ...(years ? { years: Number(years[1]) } : {}),
    ...(from ? { preferredFrom: start + from.index } : {}),
  });
}

/** The requirement level a sentence gives the skills named in it. */
export function requirementOf(sentence: Sentence, at = sentence.start): Requirement {
  if (sentence.section === 'benefits' || sentence.section === 'about') return 'mentioned';
  if (sentence.cue === 'preferred') return 'preferred';
  if (sentence.preferredFrom !== undefined && at >= sentence.preferredFrom) return 'preferred';
  if (sentence.section === 'preferred') return 'preferred';
  if (sentence.section === 'required') return 'required';
  if (sentence.cue === 'required') return 'required';
  if (sentence.section === 'other' && sentence.qualifying) return 'required';
  return 'mentioned';
}
