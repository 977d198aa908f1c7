import type { Requirement } from '@/lib/model/mention';
import { isBoilerplate } from './boilerplate';

/** What a part of a posting is about; decides the requirement level of the skills in it. */
export type SectionKind = 'required' | 'preferred' | 'duties' | 'about' | 'benefits' | 'other';

/** One sentence of a posting, with the section it stands in. */
export interface Sentence {
  start: number;
  end: number;
  section: SectionKind;
  /** "must", "required": the sentence states a requirement, whatever its section. */
  required: boolean;
  /** Parts of the sentence stated as preferred ("Kafka is a plus", "preferably Git"), as [start, end) offsets. */
  preferredSpans: [number, number][];
  /**
   * Parts of the sentence that say what they name is not asked for ("No logistics background is needed",
   * "Kafka is not required"), as [start, end) offsets. A skill there is no requirement and no gap.
   */
  negatedSpans: [number, number][];
  /** Whether the sentence reads as a qualification ("experience with", "knowledge of"). */
  qualifying: boolean;
  /** Years of experience stated in the sentence. */
  years?: number;
  /** Employer or agency boilerplate (equal opportunity, pay range, disclaimers): it asks for nothing. */
  boilerplate: boolean;
  /** In the company blurb or role summary, the sentence that says whom they are hiring ("We are seeking a Senior Engineer with…"). */
  hiring?: boolean;
}

// Order matters: "Preferred qualifications" is preferred, not required.
const HEADING_KINDS: [SectionKind, RegExp][] = [
  ['benefits', /\b(benefits?|perks|what we offer|we offer|compensation|salary|pay range|pay rate|why you('| wi)ll love|equal (employment )?opportunity|eeo|our commitment|accommodations?)\b/i],
  ['preferred', /\b(preferred|nice[ -]to[ -]haves?|bonus( points)?|pluses|desired|desirable|ideally|good to have|extra credit|even better|stand out|additional (qualifications|skills|experience)|it would be great|not required)\b/i],
  ['required', /\b(requirements?|required|qualifications?|minimum|must[ -]haves?|what you('ll| will)? (need|bring|have)|you (have|bring|are|should have)|who you are|about you|skills?|experience|what we('re| are) looking for|we('re| are) looking for|looking for|your (profile|background|skills|experience)|ideal candidate|competenc(y|ies)|requisites|essential|key skills|expertise|you might be a fit|to be successful|to succeed|how to succeed|what it takes|candidate profile|skill (matrix|set)|skillset|tech(nical)? stack|must know)\b/i],
  ['duties', /\b(responsibilities|responsible|what you('ll| will) do|duties|day[ -]to[ -]day|your (impact|role|mission)|what you('ll| will) work on|in this role|the role|role (summary|description|overview)|job (description|summary|overview)|position (summary|description|overview)|overview|summary|the opportunity|the job|the position|about the (role|job|position|team)|key (tasks|accountabilities)|what you will be doing|tasks)\b/i],
  ['about', /\b(about (us|the company|our company)|about [A-Z][\w&.' -]{1,40}$|who we are|our (company|story|mission|culture|values|team)|company (description|overview)|why (join|work)|life at|the company)\b/i],
];

// Cues that make part of a sentence preferred. Each finds its own scope: "(preferred)" after a list item covers
// that item; "… is a plus" covers its clause back to the clause's start; "preferably X" covers what follows.
const PAREN_CUE = /\(\s*(?:mostly |highly |strongly )?(?:preferred|preferably|good to have|nice to have|a plus|plus|bonus|desired|desirable|optional|added advantage|an advantage|advantage|ideal)\s*\)/gi;
/** A paren cue right at the start of what follows a full stop. */
const PAREN_CUE_AHEAD = new RegExp(`^\\s*${PAREN_CUE.source}`, 'i');
const BACKWARD_CUE =
  /\b(?:(?:is|are|would be|will be|be|as|considered)\s+(?:a|an)\s+(?:\w+\s+)?(?:plus|bonus|advantage|asset|benefit)|(?:are|is)?\s*a\s+plus|(?:is|are|would be|will be)\s+(?:strongly\s+|highly\s+)?(?:preferred|desired|desirable|ideal|advantageous|beneficial|helpful|welcome|appreciated|nice to have|a nice[ -]to[ -]have)|(?<!\bnot\s+)(?:preferred|desired|desirable|advantageous|beneficial|nice[ -]to[ -]have|optional)(?=\s*[.;)!]|\s*$))/gi;
// Not "especially" or "particularly": they narrow what is asked for ("AWS, particularly EC2 and S3"), and
// a requirement stays a requirement.
const FORWARD_CUE = /\b(?:preferably|ideally|desired (?:experience|skills?|knowledge|qualifications?)|we (?:also )?value|bonus if|bonus points (?:for|if)|plus if|even better if|nice if|preferred(?: qualifications?)?:?|desired:|nice to have:?|bonus:|it would be great if|we'd love (?:it )?if|extra credit for)(?=\s)/gi;
// A cheap test that skips the cue expressions for the many sentences that name none of their words.
const MAY_PREFER = /prefer|plus|bonus|ideal|desir|advantag|benefi|nice|optional|not required|great|love|value|extra|welcome|apprecia|helpful|asset|good to have/i;
const CLAUSE_WORD = /^,\s+(?:other|and|but|while|with|plus|any|experience|knowledge|familiarity|exposure|proficiency|understanding|as well as)\b/i;
// "not required" alone drops what it names; with a good word in the sentence ("a plus, but not required",
// "While not required, X would be an asset") it is a preference, as the posting means.
const NOT_ASKED = '(?:needed|required|necessary|expected|mandatory|compulsory|essential|a must|a requirement|a prerequisite)';
/** "No logistics background is needed", "no prior experience with Excel necessary". */
const NEGATION_FORWARD = new RegExp(`\\b(?:no(?!\\s+(?:less|fewer|more|later|longer)\\b)|without any)\\s+[^.;:()]{0,60}?\\b(?:is\\s+|are\\s+)?${NOT_ASKED}\\b(?!\\s+to\\b)`, 'gi');
/** "Kafka is not required", "a degree isn't necessary", "R not required". */
const NEGATION_BACKWARD = new RegExp(`(?:\\b(?:is|are)\\s+not|\\b(?:isn't|aren't|isn’t|aren’t)|\\bnot)\\s+${NOT_ASKED}\\b(?!\\s+to\\b)`, 'gi');
/** "You don't need to know React", "we do not expect you to have used Figma": covers what follows. */
const NEGATION_AHEAD = /\b(?:(?:don't|do not|doesn't|does not|won't|will not|don’t|doesn’t|won’t)\s+(?:need|require|expect)|(?:while|although|though)\s+not\s+(?:needed|required|necessary|mandatory|essential))\b/gi;
/** "all goods and services other than payroll": what is excepted is not asked for, up to the next comma. */
const EXCEPTED = /\bother than\s+[^,;:.()]{1,40}/gi;
const NEGATION_WORDS = /\b(?:no|not|without|other than)\b|n['’]t\b/i;
const GOOD_WORD = /\b(?:plus|bonus|advantage|advantageous|asset|benefit|beneficial|helpful|useful|preferred|desired|desirable|ideal|ideally|nice|welcome|appreciated|valued|great|interest|considered)\b/i;
const REQUIRED_CUE = /\b(must|required|requirement|mandatory|minimum|essential|need to have|at least \d|you have|you bring|you will need|proven)\b/i;
const QUALIFYING_CUE =
  /\b(experience[ds]?|proficien(t|cy)|knowledge|familiar(ity)?|expert(ise)?|skill(s|ed)?|ability to|understanding|background in|fluen(t|cy)|competen(t|ce|cy)|degree|certifi(ed|cation)|years?|hands[ -]on|track record|comfortable (with|in|using)|command of|mastery|strong|solid|working with)\b/i;
// In a list of duties, only a bullet that opens like a qualification asks for something.
const LEADING_QUALIFIER =
  /^[\s•·*\-–]*(?:\d+\+?\s*(?:years?|yrs)|(?:must|should) (?:have|be)|(?:hands-on |proven |strong |solid |deep |excellent |good |working |advanced |prior |previous |demonstrated |extensive |professional )*(?:experience[ds]?|exp\b|proficien(?:t|cy)|knowledge|familiar(?:ity)?|expertise|skilled|skills|background|understanding|fluen(?:t|cy)|competen(?:t|ce|cy)|command|mastery|track record|ability)\b)/i;
/** "Swayable is seeking a Senior Python Engineer that…", "We're looking for an analyst with…". */
const HIRING = /\b(?:seeking|looking for|searching for|hiring|in search of)\s+(?:an?|our|the|talented|experienced|motivated)\s/i;
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
      let partStart = lineStart;
      for (const m of line.matchAll(MID_LINE_HEADING)) {
        splitSentences(sentences, text, partStart, lineStart + m.index, partSection(text.slice(partStart, lineStart + m.index), section));
        partStart = lineStart + m.index + 1;
      }
      splitSentences(sentences, text, partStart, lineEnd, partSection(text.slice(partStart, lineEnd), section));
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
}

// Bullets whose line breaks were lost run together: "…management experienceMust have…",
// "…terminology preferred.Minimum of one year…". A lower-case letter straight before one of the words that
// open a qualification bullet, or a full stop with no space before a capitalised word, ends a sentence.
// The list is closed on purpose: product names are written in camel case too (JavaScript, QuickBooks).
const GLUED_OPENER = /(?:Must|Minimum|Preferred|Required|Essential|Desirable|Experience|Knowledge|Ability|Proficiency|Proficient|Familiarity|Strong|Excellent|Highly|Bachelor|Degree)\b/y;
const GLUED_STOP = /\.(?=[A-Z][a-z]{2})/y;

function gluedBreak(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === undefined || !(ch >= 'a' && ch <= 'z')) return false;
  const next = text[i + 1];
  if (next === '.') {
    GLUED_STOP.lastIndex = i + 1;
    return /[a-z]/.test(text[i - 1] ?? '') && GLUED_STOP.test(text);
  }
  if (next === undefined || !(next >= 'A' && next <= 'Z')) return false;
  GLUED_OPENER.lastIndex = i + 1;
  return GLUED_OPENER.test(text);
}

// "Essential: … Desirable: ILS certificate…": a level heading inside a line starts its own part.
const MID_LINE_HEADING = /\s(?=(?:Essential|Desirable|Preferred|Required|Nice to have|Bonus|Minimum requirements|Requirements|Qualifications)\s*:\s)/g;

/** The section a part of a line stands in: its own inline heading's ("Requirements: Python, SQL"), or the section's. */
function partSection(part: string, section: SectionKind): SectionKind {
  const inline = /^[\s•·*\-]*([A-Za-z][A-Za-z /&'’-]{2,40}):\s+\S/.exec(part);
  const inlineKind = inline ? headingKind(inline[1] + ':') : undefined;
  return inlineKind && inlineKind !== 'other' ? inlineKind : section;
}

function splitSentences(out: Sentence[], text: string, from: number, to: number, section: SectionKind): void {
  let start = from;
  for (let i = from; i < to; i++) {
    if (gluedBreak(text, i)) {
      pushSentence(out, text, start, i + (text[i + 1] === '.' ? 2 : 1), section);
      start = i + (text[i + 1] === '.' ? 2 : 1);
      continue;
    }
    const ch = text[i];
    if ((ch === '.' || ch === '!' || ch === '?' || ch === ';') && /\s/.test(text[i + 1] ?? '') ) {
      const after = text.slice(i + 1, Math.min(to, i + 4)).trimStart();
      if (!after || !/^[A-Z0-9•"“(]/.test(after)) continue;
      // "Apache Solr. (Added advantage)": the remark belongs to the item it follows.
      if (after.startsWith('(') && PAREN_CUE_AHEAD.test(text.slice(i + 1, Math.min(to, i + 60)))) continue;
      if (ch === '.' && ABBREVIATIONS.test(text.slice(Math.max(from, i - 8), i + 1))) continue;
      pushSentence(out, text, start, i + 1, section);
      start = i + 1;
    }
  }
  pushSentence(out, text, start, to, section);
}

function pushSentence(out: Sentence[], text: string, start: number, end: number, section: SectionKind): void {
  // start ≤ end ≤ text.length, so both scans read characters of the text.
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return;
  const body = text.slice(start, end);
  const years = YEARS.exec(body);
  // The blurb's or the role summary's sentence about whom they are hiring asks for what it names, like a
  // qualification does.
  const hiring = (section === 'about' || section === 'duties') && HIRING.test(body);
  out.push({
    start,
    end,
    section,
    required: REQUIRED_CUE.test(body),
    boilerplate: isBoilerplate(body),
    ...negationAndPreference(body, start),
    qualifying: (section === 'duties' || section === 'about') && !hiring ? LEADING_QUALIFIER.test(body) : QUALIFYING_CUE.test(body),
    ...(years ? { years: Number(years[1]) } : {}),
    ...(hiring ? { hiring } : {}),
  });
}

/** A sentence's preferred spans and negated spans, as offsets into the posting. */
function negationAndPreference(body: string, start: number): Pick<Sentence, 'preferredSpans' | 'negatedSpans'> {
  const preferred = preferredSpans(body);
  const negated = negatedSpans(body);
  const shift = ([a, b]: [number, number]) => [start + a, start + b] as [number, number];
  // "X is a plus, but not required": what is negated is still wished for.
  if (negated.length && GOOD_WORD.test(body)) return { preferredSpans: [...preferred, ...negated].map(shift), negatedSpans: [] };
  return { preferredSpans: preferred.map(shift), negatedSpans: negated.map(shift) };
}

/** The parts of one sentence that say what they name is not asked for, as offsets into the sentence. */
export function negatedSpans(body: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!NEGATION_WORDS.test(body)) return spans;
  for (const m of body.matchAll(NEGATION_FORWARD)) spans.push([m.index, m.index + m[0].length]);
  for (const m of body.matchAll(NEGATION_AHEAD)) spans.push([m.index, clauseEnd(body, m.index)]);
  for (const m of body.matchAll(EXCEPTED)) spans.push([m.index, m.index + m[0].length]);
  for (const m of body.matchAll(NEGATION_BACKWARD)) {
    if (inSpans(spans, m.index)) continue;
    const from = clauseStart(body, m.index);
    // "Not required: X" opens its clause and covers what follows.
    if (!body.slice(from, m.index).trim()) spans.push([m.index, clauseEnd(body, m.index)]);
    else spans.push([from, m.index + m[0].length]);
  }
  return spans;
}

/** The parts of one sentence that its preferred cues cover, as offsets into the sentence. */
export function preferredSpans(body: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!MAY_PREFER.test(body)) return spans;
  for (const m of body.matchAll(PAREN_CUE)) {
    // After a full stop it remarks on the whole item ("Mongo DB, Elastic Search, Solr. (Added advantage)");
    // otherwise on the list entry it follows ("Django (Preferred), Flask").
    const whole = /\.\s*$/.test(body.slice(0, m.index));
    spans.push([whole ? 0 : Math.max(body.lastIndexOf(',', m.index - 1), body.lastIndexOf(':', m.index - 1), body.lastIndexOf(';', m.index - 1)) + 1, m.index + m[0].length]);
  }
  for (const m of body.matchAll(BACKWARD_CUE)) {
    if (inSpans(spans, m.index)) continue;
    const from = clauseStart(body, m.index);
    // "Preferred experience with X": a cue that opens its clause covers what follows it.
    if (body.slice(from, m.index).trim().split(/\s+/).filter(Boolean).length <= 1) spans.push([m.index, clauseEnd(body, m.index)]);
    else spans.push([from, m.index + m[0].length]);
  }
  for (const m of body.matchAll(FORWARD_CUE)) spans.push([m.index, clauseEnd(body, m.index)]);
  return spans;
}

function clauseStart(body: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const ch = body[i];
    if (ch === ')') depth++;
    else if (ch === '(') {
      if (depth === 0) return i + 1;
      depth--;
    } else if (depth === 0 && (ch === ';' || ch === ':')) return i + 1;
    else if (depth === 0 && ch === ',' && CLAUSE_WORD.test(body.slice(i, i + 40))) return i + 1;
  }
  return 0;
}

function clauseEnd(body: string, at: number): number {
  let depth = 0;
  for (let i = at; i < body.length; i++) {
    const ch = body[i];
    if (ch === '(') depth++;
    else if (ch === ')') {
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0 && ch === ';') return i;
  }
  return body.length;
}

/** Whether an offset falls inside one of the [start, end) spans. */
function inSpans(spans: readonly [number, number][], at: number): boolean {
  return spans.some(([a, b]) => at >= a && at < b);
}

/** Whether the skill written at `at` stands where the sentence says it is not asked for. */
export function isNegatedAt(sentence: Sentence, at: number): boolean {
  return inSpans(sentence.negatedSpans, at);
}

/** The requirement level a sentence gives the skills named in it. */
export function requirementOf(sentence: Sentence, at = sentence.start): Requirement {
  if (sentence.section === 'benefits' || (sentence.section === 'about' && !sentence.hiring)) return 'mentioned';
  if (inSpans(sentence.preferredSpans, at)) return 'preferred';
  if (sentence.section === 'preferred') return 'preferred';
  if (sentence.section === 'required') return 'required';
  if (sentence.required || sentence.qualifying) return 'required';
  return 'mentioned';
}
