import { readFileSync } from 'node:fs';
import { normalizeTitle } from '@/lib/goals/normalize-title';
const rows = readFileSync('/work/shared/eval/corpus/postings.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l));
const titles = [...new Set(rows.map((r:any)=>r.title as string))].sort();
for (const t of titles) { const n = normalizeTitle(t); console.log(`${(n.roleId??'-').padEnd(28)} ${n.confidence.toFixed(2)} | ${t} | ${n.key} | ${n.candidates.slice(1).map(c=>c.roleId+':'+c.confidence).join(',')}`); }
