import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ancestryOf } from '@/lib/skills/ancestry';
import { segmentPosting } from '@/lib/skills/segment-posting';
import { findSkills, sharedMatcher } from '@/lib/skills/skill-engine';
import { skillMentionSchema, type SkillMention } from '@/lib/model/mention';

// Any text at all goes through the skill engine: whatever a page holds, it answers with well-formed
// mentions, quickly, and never throws.

const matcher = sharedMatcher();
const skills = matcher.taxonomy.skills;
const terms = skills.flatMap((s) => [s.name, ...s.aliases]);

/** Words that steer the engine: headings, requirement cues, list joiners, the ambiguity gate's cues. */
const CUES = [
  'Requirements', 'Requirements:', 'Nice to have:', 'About us', 'Benefits', 'What you will do', 'Preferred qualifications',
  'must', 'required', 'is a plus', '(preferred)', 'preferably', 'experience with', 'proficient in', '5+ years of',
  '3-5 years', 'or', 'and', 'and/or', ',', '/', ';', '.', '. ', ':', '(', ')', '•', '-', '\n', '\n\n', ' ', '  ',
  'e.g.', 'such as', 'At', 'is an equal opportunity employer', 'customers including', 'Ms.', 'Dr.', 'No', 'not required',
  "'s", '’s', 'C#', 'C++', '.NET', 'Node.js', 'go-to-market', 'React to', 'Spring 2026', 'İ', 'ß', '🙂', '\u00a0', '\u2028',
];

/** Text shaped like a posting: skill names and aliases in any case, among cues and arbitrary strings. */
const postingLike = fc
  .tuple(
    fc.array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...terms) },
        { weight: 1, arbitrary: fc.constantFrom(...terms).map((t) => t.toUpperCase()) },
        { weight: 1, arbitrary: fc.constantFrom(...terms).map((t) => t.toLowerCase()) },
        { weight: 4, arbitrary: fc.constantFrom(...CUES) },
        { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
      ),
      { maxLength: 120 },
    ),
    fc.constantFrom(' ', ', ', '\n', ''),
  )
  .map(([parts, separator]) => parts.join(separator));

/** Any UTF-16 text, lone surrogates included. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 400 }),
  fc.string({ unit: fc.constantFrom(' ', '\n', '\t', '.', ',', '-', '(', ')', '+', '#', '/', 'a', 'A', '1', 'é'), maxLength: 600 }),
);

/** What every answer of the engine must be, whatever the text. */
function expectWellFormed(text: string, mentions: SkillMention[]): void {
  expect(Array.isArray(mentions)).toBe(true);
  const ids = new Set<string>();
  for (const m of mentions) {
    expect(skillMentionSchema.safeParse(m).success).toBe(true);
    expect(matcher.byId.get(m.id)?.name).toBe(m.name);
    // The offsets point at the words as written, so the overlay can highlight them.
    expect(m.start).toBeLessThan(m.end);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.evidence.length).toBeLessThanOrEqual(320);
    expect(ids.has(m.id)).toBe(false);
    ids.add(m.id);
  }
}

describe('skill engine on any input', () => {
  it('answers arbitrary text with well-formed mentions, and the same answer twice', () => {
    const started = performance.now();
    fc.assert(
      fc.property(anyText, (text) => {
        const mentions = findSkills(text);
        expectWellFormed(text, mentions);
        expect(findSkills(text)).toEqual(mentions);
      }),
      { numRuns: 400 },
    );
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('answers posting-shaped text (skills among cues, in any case) with well-formed mentions', () => {
    const started = performance.now();
    fc.assert(
      fc.property(postingLike, (text) => {
        expectWellFormed(text, findSkills(text));
      }),
      { numRuns: 400 },
    );
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('finds a skill whatever text surrounds it, as long as a line of its own asks for it', () => {
    // The engine's basic promise: a distinctive skill in a requirements list is found amid any noise.
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (before, after) => {
        const text = `${before}\nRequirements:\n• Experience with PostgreSQL.\n${after}`;
        const found = findSkills(text).find((m) => m.id === 'postgresql');
        expect(found).toBeDefined();
        expect(text.slice(found!.start, found!.end)).toBe('PostgreSQL');
      }),
      { numRuns: 200 },
    );
  });

  it('splits any text into ordered, non-overlapping sentences inside it', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, postingLike), (text) => {
        let last = 0;
        for (const s of segmentPosting(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          last = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answers ancestry for any list of ids, known or not, without throwing', () => {
    const ids = fc.array(fc.oneof(fc.constantFrom(...skills.map((s) => s.id)), fc.string({ maxLength: 20 })), { maxLength: 50 });
    fc.assert(
      fc.property(ids, (list) => {
        const parents = ancestryOf(list, matcher.byId);
        for (const [id, ps] of Object.entries(parents)) {
          // An unknown id has no parents; a known one has its taxonomy parents, each listed in turn.
          expect(ps).toEqual(matcher.byId.get(id)?.parents ?? []);
          for (const p of ps) expect(Object.hasOwn(parents, p)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['a 300k-character posting of short sentences', ('Requirements: 5+ years of Python, Go, Java or C++; AWS/GCP/Azure. Experience with React is a plus.\n').repeat(3000)],
    ['300k spaces', ' '.repeat(300_000)],
    ['300k letters', 'a'.repeat(300_000)],
    ['skills in sentences, 160k characters', 'Python. '.repeat(20_000)],
    ['"SQL and Python;" 20k times', 'SQL and Python; '.repeat(20_000)],
  ])('reads %s within 5 s', (_name, text) => {
    const t = performance.now();
    expectWellFormed(text, findSkills(text));
    expect(performance.now() - t).toBeLessThan(5_000);
  });

  // A long sentence naming many skills once took quadratic time (company names were looked for in the whole
  // sentence before every candidate): one sentence as long as the background accepts (300k characters, e.g.
  // a keyword-stuffed page) kept its worker busy for seconds. Measured by growth, not by the clock: four
  // times the text should take about four times as long, not sixteen.
  it('reads one long sentence that names a skill again and again ("Python, Python, …") in time linear in its length', () => {
    const time = (text: string) => {
      const t = performance.now();
      findSkills(text);
      return performance.now() - t;
    };
    const short = time('Python, '.repeat(9_375));
    const long = time('Python, '.repeat(37_500));
    expect(long).toBeLessThan(8 * short + 100);
  }, 120_000);
});
