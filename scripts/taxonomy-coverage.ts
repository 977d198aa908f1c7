// Reports which O*NET "Hot Technology" entries and ESCO digital knowledge skills the taxonomy lacks.
// Reads the full public lists from ../shared/reference when present, else the copies in tests/fixtures/reference.
import { sharedMatcher } from '../lib/skills/skill-engine';
import { coverageOf } from '../lib/skills/taxonomy-coverage';
import { readReferenceLists } from './reference-lists';

const lists = readReferenceLists();
const matcher = sharedMatcher();
console.log(`taxonomy ${matcher.taxonomy.version}: ${matcher.taxonomy.skills.length} skills; reference lists from ${lists.source}`);
for (const [name, entries] of Object.entries(lists.lists)) {
  const report = coverageOf(matcher, entries);
  console.log(`${name}: ${report.covered}/${report.total} covered, ${report.missing.length} missing${report.missing.length ? `: ${report.missing.join('; ')}` : ''}`);
}
