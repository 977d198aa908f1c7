import { readFileSync } from 'node:fs';
import { compileMatcher } from '../lib/skills/compile-matcher';
import { foldText } from '../lib/skills/fold-text';
import { loadTaxonomy } from '../lib/taxonomy/load-taxonomy';
const texts = readFileSync('../shared/eval/corpus/postings.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string);
const m = compileMatcher(loadTaxonomy());
const folded = texts.map(foldText);
for (let k = 0; k < 3; k++) {
let t0 = performance.now(); let n = 0;
for (const f of folded) n += m.scan(f).length;
console.log('scan', (performance.now() - t0) / texts.length, 'ms avg', n);
t0 = performance.now();
for (const t of texts) foldText(t);
console.log('fold', (performance.now() - t0) / texts.length);
}
