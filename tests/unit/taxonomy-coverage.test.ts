import { describe, expect, it } from 'vitest';
import { sharedMatcher } from '@/lib/skills/skill-engine';
import { coverageOf } from '@/lib/skills/taxonomy-coverage';
import { readReferenceLists } from '../../scripts/reference-lists';

describe('coverage of public skill lists', () => {
  const { lists } = readReferenceLists();
  const matcher = sharedMatcher();

  it('covers at least 95% of O*NET hot technologies', () => {
    const report = coverageOf(matcher, lists['O*NET hot technologies']);
    console.log(`O*NET hot technologies: ${report.covered}/${report.total}; missing: ${report.missing.join('; ')}`);
    expect(report.total).toBeGreaterThanOrEqual(150);
    expect(report.covered / report.total).toBeGreaterThanOrEqual(0.95);
  });

  it('covers the named technologies among ESCO digital knowledge skills', () => {
    const report = coverageOf(matcher, lists['ESCO digital knowledge']);
    console.log(`ESCO digital knowledge: ${report.covered}/${report.total} covered`);
    expect(report.total).toBeGreaterThanOrEqual(500);
    expect(report.covered / report.total).toBeGreaterThanOrEqual(COVERAGE_FLOOR_ESCO);
  });

  it('counts a vendor-prefixed or qualified name as covered', () => {
    expect(coverageOf(matcher, ['Microsoft PowerShell', 'Ruby (computer programming)', 'Apache Maven']).missing).toEqual([]);
    expect(coverageOf(matcher, ['Quux Frobnicator Pro']).missing).toEqual(['Quux Frobnicator Pro']);
  });
});

/** Many ESCO "knowledge" entries are broad topics ("ICT market", "computer history") rather than skills to match. */
const COVERAGE_FLOOR_ESCO = 0.6;
