// The project's own labelled eval cases, in the format of ../shared/eval (so
// `node ../shared/eval/run-eval.mjs --set tests/fixtures/eval-cases` scores them too), run through the same
// command-line extractor the eval calls. Unlike ../shared, these ship with the repository.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Label { names: string[]; req?: string }
interface EvalCase { text: string; labels: { gold: Label[]; optional?: string[][]; traps?: Label[] } }
interface ExtractedSkill { id: string; name: string; text: string; requirement: string }

const dir = join(__dirname, '../fixtures/eval-cases/postings');
const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9+#]+/g, ' ').trim();

function extract(text: string): ExtractedSkill[] {
  const file = join(mkdtempSync(join(tmpdir(), 'eval-case-')), 'posting.txt');
  writeFileSync(file, text);
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', '--text', file], { encoding: 'utf8' });
  return (JSON.parse(out.trim().split('\n').at(-1)!) as { skills: ExtractedSkill[] }).skills;
}

describe.each(readdirSync(dir).filter((f) => f.endsWith('.json')))('eval case %s', (file) => {
  const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as EvalCase;
  const skills = extract(doc.text);
  const keysOf = (s: ExtractedSkill) => [s.name, s.id, s.text].map(norm);
  const matching = (label: Label) => skills.find((s) => keysOf(s).some((k) => label.names.map(norm).includes(k)));

  it.each(doc.labels.gold.map((g) => [g.names[0], g] as const))('finds %s at its requirement level', (_name, gold) => {
    const found = matching(gold);
    expect(found, `${gold.names[0]} not found`).toBeDefined();
    if (gold.req === 'required' || gold.req === 'preferred') expect(found!.requirement).toBe(gold.req);
  });

  it.each((doc.labels.traps ?? []).map((t) => [t.names[0], t] as const))('does not report %s', (_name, trap) => {
    expect(matching(trap)).toBeUndefined();
  });

  it('reports nothing outside its labels', () => {
    const labelled = [...doc.labels.gold.flatMap((g) => g.names), ...(doc.labels.optional ?? []).flat()].map(norm);
    expect(skills.filter((s) => !keysOf(s).some((k) => labelled.includes(k))).map((s) => s.name)).toEqual([]);
  });
}, 30_000);
