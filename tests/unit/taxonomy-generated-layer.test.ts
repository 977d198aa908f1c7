import { describe, expect, it } from 'vitest';
import { generatedSkillLinesByCategory } from '@/lib/taxonomy/generated/index';
import { learnLinkFor } from '@/lib/taxonomy/learn-links';
import { loadTaxonomy } from '@/lib/taxonomy/load-taxonomy';
import { parseLayer } from '@/lib/taxonomy/parse-skill-lines';
import { searchSkills } from '@/lib/taxonomy/search-skills';
import { proposeSkillsFromText } from '@/lib/profile/propose-from-text';
import { sharedMatcher } from '@/lib/skills/skill-engine';
import { EMPTY_PROFILE } from '@/lib/model/profile';

// The generated layer as shipped (lib/taxonomy/generated), met where a person meets it.
const taxonomy = loadTaxonomy();
const generated = parseLayer(generatedSkillLinesByCategory);
const generatedIds = new Set(generated.map((s) => s.id));

describe('the generated layer in the shipped taxonomy', () => {
  it('brings the taxonomy past 12,000 skills, every one with an effort class', () => {
    expect(taxonomy.skills.length).toBeGreaterThanOrEqual(12_000);
    expect(generated.length).toBeGreaterThanOrEqual(10_000);
    expect(generated.filter((s) => !s.effort)).toEqual([]);
  });

  it.each([
    ['venepuncture', 'venepuncture-procedure'],
    ['eclinicalworks', 'eclinicalworks-ehr-software'],
    ['paediatric phleb', 'paediatric-phlebotomy'],
    ['fish grad', 'fish-grading'],
  ])('autocomplete offers a generated skill for "%s"', (query, id) => {
    expect(generatedIds.has(id), id).toBe(true);
    expect(searchSkills(taxonomy, query, 20).map((s) => s.skill.id)).toContain(id);
  });

  it('a pasted resume proposes generated skills it names', () => {
    const resume = 'Phlebotomist, 2019–2024. Charted in eClinicalWorks EHR software; paediatric phlebotomy on the children’s ward.';
    const ids = proposeSkillsFromText(resume, sharedMatcher(), EMPTY_PROFILE).map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['eclinicalworks-ehr-software', 'paediatric-phlebotomy']));
  });

  it('a generated skill’s learn link is a search of its name, never an invented address', () => {
    const skill = taxonomy.skills.find((s) => s.id === 'paediatric-phlebotomy')!;
    expect(learnLinkFor(skill).url).toBe('https://en.wikipedia.org/w/index.php?search=Paediatric%20phlebotomy');
  });
});
