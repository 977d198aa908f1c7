import { describe, expect, it } from 'vitest';
import { findSkills } from '@/lib/skills/skill-engine';

const ids = (text: string) => findSkills(text).map((m) => m.id);

// "Supervised and unsupervised machine learning" names two skills, the first without its head noun.
describe('skills written with a shared head noun', () => {
  it.each([
    ['Analytical methods: supervised and unsupervised machine learning.', ['supervised-learning', 'unsupervised-learning']],
    ['Experience with unit and integration testing.', ['unit-testing', 'integration-testing']],
    ['Relational and NoSQL databases.', ['relational-databases', 'nosql']],
  ])('finds both in: %s', (text, want) => {
    expect(ids(text)).toEqual(expect.arrayContaining(want));
  });

  it('adds nothing when the completed phrase is not a skill, or the word is not a modifier', () => {
    // "Communication machine learning" is no skill: only the two written in full.
    expect(ids('Strong communication and machine learning skills.').sort()).toEqual(['communication', 'machine-learning']);
    expect(ids('Experience with the machine learning stack.')).toEqual(['machine-learning']);
  });

  it('keeps the first skill where it was already found on its own', () => {
    const found = findSkills('Experience with SQL and NoSQL databases.');
    expect(found.filter((m) => m.id === 'sql')).toHaveLength(1);
    expect(found.find((m) => m.id === 'sql')?.text).toBe('SQL');
  });

  it('reports the first skill at its own word, so the overlay can point at it', () => {
    const text = 'Experience with unit and integration testing.';
    const unit = findSkills(text).find((m) => m.id === 'unit-testing')!;
    expect(text.slice(unit.start, unit.end)).toBe('unit');
  });
});
