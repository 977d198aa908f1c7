import { readFileSync } from 'node:fs';
import { normalizeTitle } from '@/lib/goals/normalize-title';
const rows = readFileSync('/work/shared/eval/corpus/postings.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l).title as string);
let t=performance.now(); for (let i=0;i<10;i++) for (const r of rows) normalizeTitle(r + (i?'':' ')); console.log('per title ms', (performance.now()-t)/(rows.length*10));
