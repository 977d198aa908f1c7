// Prints every problem in the shipped taxonomy and its size per category; exits 1 if there are problems.
import { loadTaxonomy } from '../lib/taxonomy/load-taxonomy';
import { validateTaxonomy } from '../lib/taxonomy/validate-taxonomy';

const data = loadTaxonomy();
const counts: Record<string, number> = {};
for (const s of data.skills) counts[s.category] = (counts[s.category] ?? 0) + 1;
console.log(`taxonomy ${data.version}: ${data.skills.length} skills`, counts);
const problems = validateTaxonomy(data);
for (const p of problems) console.log(`problem: ${p}`);
process.exit(problems.length ? 1 : 0);
