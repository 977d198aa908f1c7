import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TaxonomyData } from '../lib/model/skill';

const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'eval', 'corpus', 'postings.jsonl');
const GENERATED_SIZE = 618;

/** The benchmark's input: the real corpus when ../shared is present, else a generated one of the same shape. */
export function benchCorpus(taxonomy: TaxonomyData): { source: string; texts: string[] } {
  if (existsSync(CORPUS)) {
    const texts = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
    return { source: `${CORPUS} (${texts.length} real postings)`, texts };
  }
  return { source: `generated corpus (${GENERATED_SIZE} postings; ../shared/eval/corpus is absent)`, texts: generateCorpus(taxonomy, GENERATED_SIZE) };
}

const SENTENCES = [
  'We are looking for an engineer who enjoys working across the stack and owning problems end to end.',
  'You will partner with product, design and operations to ship improvements every week.',
  'Our team values clear writing, thoughtful reviews and a calm approach to incidents.',
  'We react quickly to customer feedback and go the extra mile to make things right.',
  'Benefits include medical, dental and vision coverage, a pension scheme and flexible hours.',
  'This role reports to the Director of Engineering and works closely with the go-to-market team.',
  'You excel at turning ambiguous problems into plans the team can deliver.',
];

/**
 * A deterministic corpus with the real one's size and length (median about 3,500 characters): headings,
 * duties, requirements naming taxonomy skills in lists and sentences, and benefits with common traps.
 */
export function generateCorpus(taxonomy: TaxonomyData, size: number): string[] {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const names = taxonomy.skills.map((s) => s.name);
  const texts: string[] = [];
  for (let i = 0; i < size; i++) {
    const target = 1500 + Math.floor(random() * 4500);
    const lines = ['About the role', pick(SENTENCES), pick(SENTENCES), 'Responsibilities'];
    while (lines.join('\n').length < target * 0.5) lines.push(`• ${pick(SENTENCES)} Use ${pick(names)} and ${pick(names)} to deliver results.`);
    lines.push('Requirements');
    while (lines.join('\n').length < target * 0.8) {
      lines.push(`• ${1 + Math.floor(random() * 8)}+ years of experience with ${pick(names)}, ${pick(names)} or ${pick(names)}.`);
    }
    lines.push('Nice to have', `• Familiarity with ${pick(names)} is a plus.`, 'Benefits');
    while (lines.join('\n').length < target) lines.push(pick(SENTENCES));
    texts.push(lines.join('\n'));
  }
  return texts;
}
