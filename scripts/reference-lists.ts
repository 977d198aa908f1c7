import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SHARED = join(import.meta.dirname, '..', '..', 'shared', 'reference');
const COPIES = join(import.meta.dirname, '..', 'tests', 'fixtures', 'reference');

/** The public skill lists the taxonomy is checked against: from ../shared/reference, or the shipped copies. */
export function readReferenceLists(): { source: string; lists: Record<string, string[]> } {
  const onetFile = join(SHARED, 'onet', 'Technology Skills.txt');
  const escoFile = join(SHARED, 'esco', 'digitalSkillsCollection_en.csv');
  if (existsSync(onetFile) && existsSync(escoFile)) {
    const onet = new Set<string>();
    for (const line of readFileSync(onetFile, 'utf8').split('\n').slice(1)) {
      const cols = line.split('\t');
      if (cols[4] === 'Y' && cols[1]) onet.add(cols[1].trim());
    }
    const esco = new Set<string>();
    for (const row of parseCsv(readFileSync(escoFile, 'utf8')).slice(1)) if (row[4] === 'knowledge' && row[2]) esco.add(row[2].trim());
    return { source: SHARED, lists: { 'O*NET hot technologies': [...onet].sort(), 'ESCO digital knowledge': [...esco].sort() } };
  }
  const read = (f: string) => readFileSync(join(COPIES, f), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  return { source: `${COPIES} (../shared/reference is absent)`, lists: { 'O*NET hot technologies': read('onet-hot-technologies.txt'), 'ESCO digital knowledge': read('esco-digital-knowledge.txt') } };
}

/** A small CSV reader for quoted fields with commas and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (ch !== '\r') field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}
