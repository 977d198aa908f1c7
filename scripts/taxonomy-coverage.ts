// Reports which O*NET "Hot Technology" entries and ESCO digital knowledge skills the taxonomy lacks.
// Reads the full public lists from ../shared/reference when present, else the copies in tests/fixtures/reference.
import { sharedMatcher } from '../lib/skills/skill-engine';
import { coverageByFamily, coverageOf, formatCoverageTable } from '../lib/skills/taxonomy-coverage';
import { readFamilyLists, readReferenceLists } from './reference-lists';

const lists = readReferenceLists();
const matcher = sharedMatcher();
console.log(`taxonomy ${matcher.taxonomy.version}: ${matcher.taxonomy.skills.length} skills; reference lists from ${lists.source}`);
for (const [name, entries] of Object.entries(lists.lists)) {
  const report = coverageOf(matcher, entries);
  console.log(`${name}: ${report.covered}/${report.total} covered, ${report.missing.length} missing${report.missing.length ? `: ${report.missing.join('; ')}` : ''}`);
}

// By occupation family, as markdown (README.md, "Taxonomy coverage").
const families = readFamilyLists();
console.log(`\nBy occupation family (from ${families.source}):\n`);
console.log(formatCoverageTable('O*NET technologies by SOC major group', coverageByFamily(matcher, families.onet)));
console.log('');
console.log(formatCoverageTable('ESCO knowledge by ISCED-F field', coverageByFamily(matcher, families.esco)));
