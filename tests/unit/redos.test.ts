import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

// Every regular expression of the engine and the page readers, fed the inputs that make backtracking
// engines blow up: long runs that almost match and then fail. A linear expression answers a 50k-character
// input in a few milliseconds; a quadratic one takes seconds, an exponential one forever. The sweep runs in
// a worker that is stopped when it stalls, so a catastrophic expression fails this test instead of hanging it.

const ROOT = resolve(import.meta.dirname, '..', '..');
const DIRS = ['lib/skills', 'lib/extract'];
const LENGTH = 50_000;
/** Per expression and input. Linear expressions take under 10 ms on the longest input; quadratic ones, seconds. */
const BOUND_MS = 500;
/** The worker reports after every expression; this long without a report means one never finished. */
const STALL_MS = 30_000;

/**
 * Expressions that are slow on long whitespace runs but can never receive one, because their callers
 * bound the input. Keyed by file and exact source, so a changed expression is checked afresh.
 */
const BOUNDED_BY_CALLER: { file: string; source: string; input: 'window' | 'collapsed'; max?: number; why: string }[] = [
  ...[
    String.raw`^\s*\(?\s*software[ -]as[ -]a[ -]service`,
    String.raw`^\s*(?:,?\s*Inc\b|is an equal|is committed|is proud|'s mission|’s mission|is the Data Cloud|was founded|is growing)`,
    String.raw`^\s*(?:,?\s*Inc\b|is an equal|is committed|is proud|Corporation|'s mission|’s mission|Health|Cloud Infrastructure)`,
    String.raw`^\s*(?:plc|Oil|Energy|Gas|station|company|,?\s*Inc\b|\s+is an|\s+Global)`,
  ].map((source) => ({ file: 'lib/skills/ambiguity.ts', source, input: 'window' as const, max: 60, why: 'a veto reads Surroundings.after: at most 60 characters' })),
  { file: 'lib/skills/ambiguity.ts', source: 'CUE_AFTER', input: 'window', max: 60, why: 'hasTechnicalCue reads Surroundings.after: at most 60 characters' },
  { file: 'lib/skills/ambiguity.ts', source: 'LANGUAGE_CUE_BEFORE', input: 'window', max: 60, why: 'hasLanguageCue reads Surroundings.before: at most 60 characters' },
  { file: 'lib/skills/extract-skills.ts', source: String.raw`^\s*(?:,|$|\s+(?:is|we|has)\b)`, input: 'window', max: 80, why: 'dropCompanyNames reads the 80 characters after a term' },
  { file: 'lib/skills/shared-head.ts', source: 'JOINED_WORD', input: 'window', max: 40, why: 'sharedHeadSkill reads the 40 characters before a term' },
  ...[
    ['lib/extract/sites/ashby.ts', String.raw`\s*[•·]\s*`],
    ['lib/extract/sites/glassdoor.ts', String.raw`\s+\d\.\d\s*★?$`],
    ['lib/extract/sites/indeed.ts', String.raw`\s*-\s*job post$`],
    ['lib/extract/sites/lever.ts', String.raw`\s*\/$`],
  ].map(([file, source]) => ({ file: file!, source: source!, input: 'collapsed' as const, why: 'applied to cleanText(), which collapses every whitespace run to one space' })),
];


function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

interface Found {
  /** "lib/…/file.ts:line". */
  where: string;
  file: string;
  re: RegExp;
  /** The constant it is assigned to, when it is one. */
  name?: string;
}

function parse(file: string) {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

function constantName(node: ts.Node): string | undefined {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name)) return n.name.text;
    if (ts.isStatement(n)) return undefined;
  }
  return undefined;
}

/** Regular-expression literals, read with the TypeScript parser so none is missed. */
function literalsIn(file: string): Found[] {
  const source = parse(file);
  const rel = relative(ROOT, file);
  const out: Found[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source);
      const slash = literal.lastIndexOf('/');
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      out.push({ where: `${rel}:${line}`, file: rel, re: new RegExp(literal.slice(1, slash), literal.slice(slash + 1)), name: constantName(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Places that build an expression at run time (`new RegExp(...)`), which the literal scan cannot see. */
function constructorSitesIn(file: string): { where: string; name?: string }[] {
  const source = parse(file);
  const out: { where: string; name?: string }[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      out.push({ where: `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`, name: constantName(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/**
 * Expressions built with `new RegExp` when their module loads, caught by standing in for the constructor
 * while the modules are imported; each is traced to its line through the caller's stack frame.
 */
async function constructedAtLoad(files: string[], sites: { where: string; name?: string }[]): Promise<Found[]> {
  const Original = globalThis.RegExp;
  const found: Found[] = [];
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget) as RegExp;
      // Frame 0 is "Error", 1 this trap, 2 the code that called `new RegExp`.
      const caller = (new Error().stack ?? '').split('\n')[2] ?? '';
      const at = /(lib\/[\w/.-]+\.ts):(\d+)/.exec(caller);
      if (at && DIRS.some((d) => at[1]!.startsWith(d))) {
        const where = `${at[1]}:${at[2]}`;
        found.push({ where, file: at[1]!, re, name: sites.find((s) => s.where === where)?.name });
      }
      return re;
    },
  });
  try {
    for (const file of files) await import(/* @vite-ignore */ file);
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}

/** Inputs known to trip backtracking: long runs that almost match, then fail at the very end. */
function adversarialInputs(re: RegExp): [string, string][] {
  const n = LENGTH;
  // Words the expression itself looks for, repeated, so its alternations are tried at every position.
  const words = [...new Set(re.source.match(/[A-Za-z]{3,}/g) ?? [])].slice(0, 4);
  const inputs: [string, string][] = [
    ['50k spaces', ' '.repeat(n)],
    ['50k spaces then x', `${' '.repeat(n)}x`],
    ['x, 50k spaces, !', `x${' '.repeat(n)}!`],
    ['"a a a …"', `${'a '.repeat(n / 2)}!`],
    ['50k letters', 'a'.repeat(n)],
    ['a capital then 50k letters', `A${'a'.repeat(n)}!`],
    ['nested parentheses', `${'('.repeat(n / 2)}x${')'.repeat(n / 2 - 1)}`],
    ['digits and spaces', '1 '.repeat(n / 2)],
    ['digits, pluses and dashes', '1+-'.repeat(n / 3)],
    ['tabs and line breaks', ' \t\n'.repeat(n / 3)],
    ['bullets', '• '.repeat(n / 2)],
    ['abbreviations', 'e.g. '.repeat(n / 5)],
    ['commas', 'x, '.repeat(n / 3)],
    ['slashes', 'a/'.repeat(n / 2)],
    ['entities', '&lt;'.repeat(n / 4)],
    ['possessives', "'s ".repeat(n / 3)],
  ];
  for (const w of words) {
    inputs.push([`"${w} ${w} …"`, `${w} `.repeat(Math.ceil(n / (w.length + 1)))]);
    inputs.push([`"${w}", 50k spaces, "${w}!"`, `${w}${' '.repeat(n)}${w}!`]);
  }
  return inputs;
}

interface Job {
  where: string;
  source: string;
  flags: string;
  inputs: [string, string][];
}

// Plain JavaScript run in a worker: applies each expression to its inputs the way the code does (one test,
// or every match of a global one), reports progress after each, and the slow ones at the end.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const slow = [];
for (const [i, job] of workerData.entries()) {
  const re = new RegExp(job.source, job.flags);
  for (const [name, input] of job.inputs) {
    const t = performance.now();
    if (re.global || re.sticky) {
      let count = 0;
      for (const _ of input.matchAll(re.global ? re : new RegExp(job.source, job.flags + 'g'))) if (++count > 100000) break;
    } else re.test(input);
    re.lastIndex = 0;
    const ms = performance.now() - t;
    if (ms > ${BOUND_MS}) { slow.push(job.where + ' /' + job.source + '/' + job.flags + ' on ' + name + ': ' + Math.round(ms) + ' ms'); break; }
  }
  parentPort.postMessage({ done: i });
}
parentPort.postMessage({ slow });
`;

/**
 * Runs the jobs in a worker; resolves with the slow ones, or rejects naming the expression that stalled.
 */
function sweep(jobs: Job[]): Promise<{ slow: string[] }> {
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: jobs });
    let next = 0;
    let timer: NodeJS.Timeout;
    const watch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void worker.terminate();
        reject(new Error(`${jobs[next]?.where} /${jobs[next]?.source}/ did not finish within ${STALL_MS} ms: catastrophic backtracking`));
      }, STALL_MS);
    };
    watch();
    worker.on('message', (m: { done?: number; slow?: string[] }) => {
      if (m.slow) {
        clearTimeout(timer);
        void worker.terminate();
        resolvePromise({ slow: m.slow });
      } else {
        next = (m.done ?? 0) + 1;
        watch();
      }
    });
    worker.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');
const matches = (f: Found, e: { file: string; source: string }) => f.file === e.file && (f.re.source === e.source || f.name === e.source);

const files = DIRS.flatMap((d) => sourceFiles(join(ROOT, d)));
const literals = files.flatMap(literalsIn);
const constructorSites = files.flatMap(constructorSitesIn);

describe('regular expressions of the engine and the page readers', () => {
  const all: Found[] = [];
  let built: Found[] = [];
  beforeAll(async () => {
    built = await constructedAtLoad(files, constructorSites);
    all.push(...literals, ...built);
  });

  it('are all found: every literal, and every expression built at run time', () => {
    expect(literals.length).toBeGreaterThan(100);
    // Each `new RegExp` must be one the load-time capture saw, or it would escape the sweep.
    expect(new Set(built.map((b) => b.where))).toEqual(new Set(constructorSites.map((s) => s.where)));
    // Every exception below still names an expression of the code.
    for (const e of BOUNDED_BY_CALLER) expect(all.some((f) => matches(f, e)), `${e.file} /${e.source}/`).toBe(true);
  });

  it('answer every adversarial 50k-character input within the bound (or the input their callers allow)', async () => {
    const jobs: Job[] = [];
    for (const f of all) {
      const bounded = BOUNDED_BY_CALLER.find((b) => matches(f, b));
      let inputs = adversarialInputs(f.re);
      if (bounded?.input === 'window') inputs = inputs.map(([name, s]) => [`${name} (first ${bounded.max})`, s.slice(0, bounded.max)]);
      if (bounded?.input === 'collapsed') inputs = inputs.map(([name, s]) => [`${name} (collapsed)`, collapse(s)]);
      jobs.push({ where: f.where, source: f.re.source, flags: f.re.flags, inputs });
    }
    expect((await sweep(jobs)).slow).toEqual([]);
  }, 300_000);

});
