import { describe, expect, it } from 'vitest';
import { findSkills } from '@/lib/skills/skill-engine';
import { ambiguityCases } from '../fixtures/ambiguity-cases';

describe('the ambiguity gate', () => {
  it('has a table of at least 150 negative and 150 positive sentences', () => {
    expect(ambiguityCases.filter((c) => !c.present).length).toBeGreaterThanOrEqual(150);
    expect(ambiguityCases.filter((c) => c.present).length).toBeGreaterThanOrEqual(150);
  });

  it.each(ambiguityCases.map((c) => [c.present ? 'finds' : 'does not find', c.skill, c.text] as const))('%s %s in: %s', (verdict, skill, text) => {
    const ids = findSkills(text).map((m) => m.id);
    if (verdict === 'finds') expect(ids).toContain(skill);
    else expect(ids).not.toContain(skill);
  });
});
