import { describe, expect, it } from 'vitest';
import { sharedMatcher } from '@/lib/skills/skill-engine';
import { coverageByFamily, coverageOf, formatCoverageTable } from '@/lib/skills/taxonomy-coverage';
import { readFamilyLists, readReferenceLists } from '../../scripts/reference-lists';

describe('coverage of public skill lists', () => {
  const { lists } = readReferenceLists();
  const matcher = sharedMatcher();

  it('covers at least 95% of O*NET hot technologies', () => {
    const report = coverageOf(matcher, lists['O*NET hot technologies']!);
    console.log(`O*NET hot technologies: ${report.covered}/${report.total}; missing: ${report.missing.join('; ')}`);
    expect(report.total).toBeGreaterThanOrEqual(150);
    expect(report.covered / report.total).toBeGreaterThanOrEqual(0.95);
  });

  it('covers the named technologies among ESCO digital knowledge skills', () => {
    const report = coverageOf(matcher, lists['ESCO digital knowledge']!);
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

describe('coverage by occupation family', () => {
  const families = readFamilyLists();
  const matcher = sharedMatcher();

  it('splits O*NET technologies into SOC major groups, every one of them mostly covered', () => {
    const rows = coverageByFamily(matcher, families.onet);
    expect(rows.map((r) => r.family)).toEqual(expect.arrayContaining(['Healthcare practitioners and technical', 'Construction and extraction', 'Transportation and material moving']));
    for (const row of rows) expect(row.covered / row.total, row.family).toBeGreaterThanOrEqual(0.9);
  });

  it('prints a markdown table with a total line', () => {
    const table = formatCoverageTable('family', [{ family: 'Legal', total: 4, covered: 3 }, { family: 'ICT', total: 6, covered: 6 }]);
    expect(table.split('\n')).toEqual(['| family | covered | of | share |', '|---|---:|---:|---:|', '| Legal | 3 | 4 | 75% |', '| ICT | 6 | 6 | 100% |', '| **all** | 9 | 10 | 90% |']);
  });
});
