import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGeneratedLayer, type EscoConcept, type OnetTechnologyRow } from '@/lib/taxonomy/generate/build-generated-layer';
import { splitAltLabels, nameFromEscoLabel } from '@/lib/taxonomy/generate/esco-label';
import { realignAltLabels } from '@/lib/taxonomy/generate/realign-alt-labels';
import { formatSkillLine } from '@/lib/taxonomy/generate/format-skill-lines';
import { judgeName } from '@/lib/taxonomy/generate/name-filter';
import { parseCsv, parseTsv, toRecords } from '@/lib/taxonomy/generate/parse-delimited';
import { skillIdOf } from '@/lib/taxonomy/generate/skill-id';
import { countWords } from '@/lib/taxonomy/generate/word-frequency';
import { mergeLayers } from '@/lib/taxonomy/load-taxonomy';
import { parseSkillLines } from '@/lib/taxonomy/parse-skill-lines';
import type { Skill } from '@/lib/model/skill';
import { compileMatcher } from '@/lib/skills/compile-matcher';
import { foldText } from '@/lib/taxonomy/fold-text';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'reference', 'generator');
const esco: EscoConcept[] = toRecords(parseCsv(readFileSync(join(FIXTURES, 'skills_en_partial.csv'), 'utf8')), ['conceptUri', 'preferredLabel', 'altLabels']).map((r) => ({
  uri: r.conceptUri,
  label: r.preferredLabel,
  altLabels: splitAltLabels(r.altLabels),
  groups: [],
}));
const onet: OnetTechnologyRow[] = toRecords(parseTsv(readFileSync(join(FIXTURES, 'technology-skills.txt'), 'utf8')), ['O*NET-SOC Code', 'Example', 'Commodity Title', 'Hot Technology']).map((r) => ({
  soc: r['O*NET-SOC Code'],
  example: r.Example,
  commodityTitle: r['Commodity Title'],
  hot: r['Hot Technology'] === 'Y',
}));
// Ordinary posting text: "services", "available", "compass" are everyday words here.
const frequency = countWords(['We offer available services and a moral compass. '.repeat(5)]);
const curated: Skill[] = parseSkillLines('mobile', 'android | Android | | | | e:w');
const skills = buildGeneratedLayer({ onet, esco, escoRelations: [], frequency, curated });
const byName = new Map(skills.map((s) => [s.name, s]));

describe('reading the reference files', () => {
  it('reads quoted multi-line CSV cells and tab-separated rows', () => {
    expect(esco).toHaveLength(5);
    expect(esco[0]?.altLabels).toEqual(['perform venipuncture procedures', 'carry out phlebotomy', 'perform venepuncture procedures']);
    expect(parseCsv('a,"b ""c"", d"\n1,2\n')).toEqual([['a', 'b "c", d'], ['1', '2']]);
    expect(onet[0]).toEqual({ soc: '29-2012.00', example: 'MEDITECH software', commodityTitle: 'Medical software', hot: true });
  });
});

describe('ESCO labels to names', () => {
  it.each([
    ['perform venepuncture procedures', 'Venepuncture'],
    ['operate forklift', 'Forklift'],
    ['carry out phlebotomy', 'Phlebotomy'],
    ['toxicology', 'Toxicology'],
  ])('"%s" names %s', (label, name) => expect(nameFromEscoLabel(label)?.name).toBe(name));

  it('an activity that names no thing gives no name', () => {
    expect(nameFromEscoLabel('identify available services')).toBeUndefined();
    expect(nameFromEscoLabel('use software to manage stock')).toBeUndefined();
  });

  it('makes the venepuncture skill with its altLabels as aliases, in healthcare', () => {
    const s = byName.get('Venepuncture');
    expect(s?.id).toBe('venepuncture');
    expect(s?.category).toBe('health');
    expect(s?.aliases).toEqual(expect.arrayContaining(['venepuncture procedures', 'venipuncture', 'phlebotomy']));
    // One topic word ("Nursing", "Court" were false hits in the eval): offered in search, not matched in text.
    expect(s?.searchOnly).toBe(true);
  });
});

describe('filters', () => {
  it('drops generic names and keeps everyday-word names for search only', () => {
    expect(byName.has('Communication')).toBe(false);
    expect(byName.has('Available services')).toBe(false);
    expect(byName.get('Types of wine')?.searchOnly).toBe(true);
    expect(byName.get('Compass')?.searchOnly).toBe(true);
    expect(judgeName('Ab', frequency, true)).toBe('drop');
    expect(judgeName('Toxicology', frequency, false)).toBe('search');
    expect(judgeName('Hydraulic fracturing', frequency, false)).toBe('match');
  });

  it('a search-only skill is never found in text, a matchable one is', () => {
    const matcher = compileMatcher({ version: '1.0.0', skills: mergeLayers(curated, skills) });
    const found = matcher.scan(foldText('Experience with Compass, venepuncture and MEDITECH software.')).map((m) => m.term.skill.name);
    expect(found).toEqual(['MEDITECH software']);
    expect(matcher.byId.get('venepuncture')?.name).toBe('Venepuncture');
  });
});

describe('O*NET technologies', () => {
  it('takes categories from the commodity class, and relations from its siblings', () => {
    expect(byName.get('MEDITECH software')?.category).toBe('health');
    expect(byName.get('MEDITECH software')?.related).toEqual(['eclinicalworks-ehr-software']);
    expect(byName.get('Trimble SketchUp Pro')?.category).toBe('eng');
    expect(byName.get('Trimble SketchUp Pro')?.aliases).toEqual(['SketchUp Pro']);
  });
});

describe('curated wins', () => {
  it('a technology that is a curated skill under its vendor name is not generated', () => {
    expect(byName.has('Google Android')).toBe(false);
  });

  it('at load time a generated skill claiming a curated spelling is dropped, with relations to it', () => {
    const generated = parseSkillLines('health', 'phlebotomy-x | Phlebotomy | | | venepuncture | e:w\nvenepuncture | Venepuncture | | | phlebotomy-x | e:w');
    const laterCurated = parseSkillLines('health', 'phlebotomy | Phlebotomy | blood draw | | | e:w');
    const merged = mergeLayers(laterCurated, generated);
    expect(merged.map((s) => s.id)).toEqual(['phlebotomy', 'venepuncture']);
    expect(merged[1]?.related).toEqual([]);
  });

  it('writes stable ids and lines that read back the same', () => {
    expect(skillIdOf('C++ Builder')).toBe('c-plus-plus-builder');
    for (const s of skills) expect(parseSkillLines(s.category, formatSkillLine(s))).toEqual([s]);
  });
});

describe('realigning the partial export’s alternative labels', () => {
  // As in ../shared/reference/esco/skills_en_partial.csv: each block is printed beside another concept.
  const scrambled = [
    { label: 'dog behaviour', altLabels: ['rail regulatory statutes', 'railway legislation', 'railway law'] },
    { label: 'railway law', altLabels: ['canine behaviour', 'dog behaviour', 'behaviour of dogs'] },
    { label: 'perform venepuncture procedures', altLabels: ['perform venepuncture procedures', 'carry out phlebotomy'] },
    { label: 'geomatics', altLabels: ['the study of surveying'] },
    { label: 'legal research', altLabels: ['legal research', 'geomatics', 'case law research'] },
  ];
  const realigned = realignAltLabels(scrambled);

  it('gives each block to the concept whose preferred label it lists', () => {
    expect(realigned.get('dog behaviour')).toEqual(['canine behaviour', 'behaviour of dogs']);
    expect(realigned.get('railway law')).toEqual(['rail regulatory statutes', 'railway legislation']);
    expect(realigned.get('perform venepuncture procedures')).toEqual(['carry out phlebotomy']);
  });

  it('drops a block whose owner is unknown or ambiguous rather than guess', () => {
    // "the study of surveying" names no concept; the last block names two ("legal research" and "geomatics").
    expect(realigned.has('geomatics')).toBe(false);
    expect(realigned.has('legal research')).toBe(false);
  });

  it('so the generated skill is found by its own words, not another concept’s', () => {
    const layerOf = (altLabelsOf: (r: (typeof scrambled)[number]) => readonly string[]) =>
      buildGeneratedLayer({
        onet: [],
        esco: scrambled.map((r, i) => ({ uri: `u${i}`, label: r.label, altLabels: [...altLabelsOf(r)], groups: ['animal welfare'] })),
        escoRelations: [],
        frequency: countWords(['']),
        curated: [],
      });
    const dogOf = (layer: Skill[]) => layer.find((s) => s.name === 'Dog behaviour');
    expect(dogOf(layerOf((r) => r.altLabels))?.aliases).toContain('railway legislation'); // the export as printed
    const dog = dogOf(layerOf((r) => realigned.get(r.label) ?? []));
    expect(dog?.aliases).toContain('canine behaviour');
    expect(dog?.aliases).not.toContain('railway legislation');
  });
});

describe('one-word product names', () => {
  const rows: OnetTechnologyRow[] = ['Squeegee', 'Samba', 'SmartDraw', 'Cheetah3D', 'A1-Law'].map((example) => ({ soc: '27-1024.00', example, commodityTitle: 'Graphics or photo imaging software', hot: false }));
  const layer = new Map(buildGeneratedLayer({ onet: rows, esco: [], escoRelations: [], frequency: countWords(['']), curated: [] }).map((s) => [s.name, s]));

  it('in an ordinary word’s shape are offered in search but never found in text', () => {
    expect(layer.get('Squeegee')?.searchOnly).toBe(true);
    expect(layer.get('Samba')?.searchOnly).toBe(true);
  });

  it('in a coined shape are found in text, with a technical cue', () => {
    for (const name of ['SmartDraw', 'Cheetah3D', 'A1-Law']) {
      expect(layer.get(name)?.searchOnly).toBeUndefined();
      expect(layer.get(name)?.ambiguity).toBe('context');
    }
  });
});
