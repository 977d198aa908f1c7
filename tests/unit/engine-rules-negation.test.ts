import { describe, expect, it } from 'vitest';
import { negatedSpans } from '@/lib/skills/segment-posting';
import { findSkills } from '@/lib/skills/skill-engine';

const find = (text: string) => findSkills(text);
const levelOf = (text: string, id: string) => find(text).find((m) => m.id === id)?.requirement;

describe('what a posting says it does not ask for is not a gap', () => {
  it.each([
    ['No X background is needed', 'No logistics background is needed; we will teach you how the industry works.', 'logistics', 'Logistics'],
    ['X is not required', 'Kubernetes is not required.', 'kubernetes', 'Kubernetes'],
    ["X isn't necessary", "Prior Salesforce experience isn't necessary.", 'salesforce', 'Salesforce'],
    ['no experience with X necessary', 'No experience with Excel necessary, we train on the job.', 'microsoft-excel', 'Excel'],
    ['no prior X experience required', 'No prior payroll experience required.', 'payroll', 'payroll'],
    ["you don't need to know X", "You don't need to know React to apply.", 'react', 'React'],
    ['we do not expect X', 'We do not expect you to have used Figma before.', 'figma', 'Figma'],
    ['what is excepted', 'Ensure prompt payment for all goods and services other than payroll; perform year-end closing.', 'payroll', 'payroll'],
    ['a clause of a longer sentence', 'While a background in accounting is not required, you must be passionate about data.', 'accounting', 'accounting'],
  ])('%s', (_name, sentence, id, term) => {
    // The same skill asked for plainly is found, so the test fails if the skill is simply unknown.
    expect(find(`Requirements: ${term} experience.`).map((m) => m.id)).toContain(id);
    expect(find(sentence).map((m) => m.id)).not.toContain(id);
  });

  it.each([
    ['a plus, but not required', 'Experience with Kafka is a plus, but not required.', 'kafka'],
    ['helpful but not required', 'Terraform is helpful but not required.', 'terraform'],
    ['not required, but a plus', 'Statistical analysis using tools such as Tableau not required, but a plus.', 'tableau'],
    ['while not required … an asset', 'While not required, a working knowledge of SQL would be a great asset.', 'sql'],
    ['not mandatory, but considered a plus', 'Basic scripting with Python is not mandatory, but is considered a plus.', 'python'],
  ])('keeps "%s" as a preferred skill', (_name, sentence, id) => {
    expect(levelOf(sentence, id)).toBe('preferred');
  });

  it('negates only its own clause, not the requirements around it', () => {
    const text = 'Requirements\n• Strong Python and PostgreSQL; no Rust experience is needed.\n• Kafka is not required.';
    const ids = find(text).map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['python', 'postgresql']));
    expect(levelOf(text, 'python')).toBe('required');
    expect(ids).not.toContain('rust');
    expect(ids).not.toContain('kafka');
  });

  it.each([
    ['No less than 3 years of Python experience required.', 'python'],
    ['Python is needed to build our pipelines; no exceptions.', 'python'],
    ['Knowledge of SQL is required, not optional.', 'sql'],
  ])('does not read a requirement as a negation: %s', (sentence, id) => {
    expect(negatedSpans(sentence)).toEqual([]);
    expect(levelOf(`Requirements\n• ${sentence}`, id)).toBe('required');
  });

  it('finds no negation in a sentence without a negative word', () => {
    expect(negatedSpans('Python and SQL are required.')).toEqual([]);
  });
});
