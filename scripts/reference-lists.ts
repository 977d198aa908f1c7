import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOC_MAJOR_GROUP_TITLE } from '../lib/taxonomy/generate/assign-category';
import { parseCsv } from '../lib/taxonomy/generate/parse-delimited';

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

/** ISCED-F broad fields, which ESCO's knowledge hierarchy is built on (the collections' broader concepts). */
const ISCED_FIELDS: Record<string, string> = {
  '00': 'Generic programmes', '01': 'Education', '02': 'Arts and humanities', '03': 'Social sciences, journalism and information',
  '04': 'Business, administration and law', '05': 'Natural sciences, mathematics and statistics', '06': 'ICT',
  '07': 'Engineering, manufacturing and construction', '08': 'Agriculture, forestry, fisheries and veterinary',
  '09': 'Health and welfare', '10': 'Services',
};

/**
 * The public lists split by occupation family: every O*NET technology by the SOC major group of the
 * occupations that list it, and ESCO knowledge concepts (from the collections) by their ISCED-F broad field.
 * ESCO's export here has no skill-to-occupation links, so its knowledge cannot be split by ISCO group.
 * Falls back to the copies in tests/fixtures/reference (hot technologies and digital knowledge only).
 */
export function readFamilyLists(): { source: string; onet: Record<string, string[]>; esco: Record<string, string[]> } {
  const onetFile = join(SHARED, 'onet', 'Technology Skills.txt');
  const escoDir = join(SHARED, 'esco');
  const add = (into: Record<string, Set<string>>, family: string, entry: string) => (into[family] ??= new Set()).add(entry);
  const sorted = (from: Record<string, Set<string>>) => Object.fromEntries(Object.entries(from).sort().map(([k, v]) => [k, [...v].sort()]));
  const onet: Record<string, Set<string>> = {};
  const esco: Record<string, Set<string>> = {};
  if (existsSync(onetFile) && existsSync(escoDir)) {
    for (const line of readFileSync(onetFile, 'utf8').split('\n').slice(1)) {
      const [soc = '', technology] = line.split('\t');
      if (technology) add(onet, SOC_MAJOR_GROUP_TITLE[soc.slice(0, 2)] ?? soc.slice(0, 2), technology.trim());
    }
    for (const file of readdirSync(escoDir).filter((f) => /Collection_en.*\.csv$/.test(f))) {
      for (const row of parseCsv(readFileSync(join(escoDir, file), 'utf8')).slice(1)) {
        const label = row[2];
        if (row[4] !== 'knowledge' || !label) continue;
        const field = /isced-f\/(\d\d)/.exec(row[8] ?? '')?.[1];
        add(esco, (field && ISCED_FIELDS[field]) || 'Unclassified', label.trim());
      }
    }
    return { source: SHARED, onet: sorted(onet), esco: sorted(esco) };
  }
  for (const [file, into] of [['onet-technologies-by-family.tsv', onet], ['esco-knowledge-by-family.tsv', esco]] as const) {
    for (const line of readFileSync(join(COPIES, file), 'utf8').split('\n')) {
      const [family, entry] = line.split('\t');
      if (family && entry) add(into, family.trim(), entry.trim());
    }
  }
  return { source: `${COPIES} (../shared/reference is absent)`, onet: sorted(onet), esco: sorted(esco) };
}
