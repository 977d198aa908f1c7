/**
 * `npm run bench:data`: fills the extension's real IndexedDB in Chromium with 10,000 saved and 50,000
 * viewed postings, then measures what a person feels: the popup opening on its first tab, "what to
 * learn next" computing, Goals computing from the packed index against the same computed from the full
 * records (the baseline, measured in the same run), the dashboard's watchlist table scrolling, and the cost
 * of keeping demand up to date as one more posting is viewed. Exits non-zero when a target is missed.
 * Run after a build (`npm run bench:data` builds first).
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser } from '../tests/e2e/extension-browser';

const ROOT = resolve(import.meta.dirname, '..');
const SAVED = Number(process.env.BENCH_SAVED ?? 10_000);
const VIEWED = Number(process.env.BENCH_VIEWED ?? 50_000);
const RUNS = 10;
/** What the issue asks for, checked in the same run that measures: medians under these. */
const TARGETS = { popupFirstTabMs: 300, suggestionsMs: 200, goalsMs: 300 };
/** Goals from the packed index must take at most this share of the time the same Goals take from the records. */
const GOALS_SHARE_OF_BASELINE = 0.5;

/** The library code the page side needs, bundled for the browser and exposed as `globalThis.__sg`. */
async function pageBundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents: [
        "export { SkillGapDatabase, database } from '@/lib/db/database';",
        "export { rebuildPostingIndex } from '@/lib/db/posting-index';",
        "export { seenRepo } from '@/lib/db/seen-repo';",
        "export { loadPreparedPostings } from '@/lib/db/suggestion-source';",
        "export { loadGoalPostings, loadGoalPostingsFromRecords } from '@/lib/db/goal-source';",
        "export { goalCards } from '@/lib/goals/goal-cards';",
        "export { goalForRole } from '@/lib/goals/goal';",
        "export { suggestFromPrepared } from '@/lib/match/suggest-next-skills';",
        "export { loadTaxonomy } from '@/lib/taxonomy/load-taxonomy';",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: '__sg',
    platform: 'browser',
    write: false,
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'silent',
  });
  // Code run through the devtools protocol may eval, but the page's CSP then stops Zod's compiled parsers:
  // Zod reads this before building any schema.
  return `globalThis.__zod_globalConfig = { jitless: true };\n${out.outputFiles[0]?.text ?? ''}\nglobalThis.__sg = __sg;`;
}

/** Skills weighted by how often real postings ask for them (the engine's counts over 618 postings). */
function demandWeights(): [string, number][] {
  return readFileSync(join(ROOT, 'tests/fixtures/learn-links/top-demand.txt'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [count, id] = l.split('\t');
      return [id, Number(count)] as [string, number];
    });
}

/** Runs in the extension page: generates the postings and writes them in bulk, then builds the index once. */
async function fill(args: { saved: number; viewed: number; weights: [string, number][]; now: number }) {
  const sg = (globalThis as unknown as { __sg: any }).__sg;
  const db = sg.database();
  const byId = new Map(sg.loadTaxonomy().skills.map((s: { id: string }) => [s.id, s]));
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const total = args.weights.reduce((n, [, w]) => n + w, 0);
  const pick = () => {
    let r = rand() * total;
    for (const [id, w] of args.weights) if ((r -= w) <= 0) return id;
    return args.weights[0]?.[0] ?? '';
  };
  const companies = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Northwind', 'Contoso', 'Fabrikam', 'Stark', 'Wayne'];
  const titles = ['Data Engineer', 'Data Scientist', 'Backend Engineer', 'ML Engineer', 'Analytics Engineer', 'Platform Engineer', 'Data Analyst', 'Product Analyst'];
  const DAY = 86_400_000;
  const skillsFor = () => {
    const n = 8 + Math.floor(rand() * 12);
    const ids = new Set<string>();
    while (ids.size < n) ids.add(pick());
    let group = 0;
    return [...ids].map((id, i) => {
      const s = byId.get(id) as { name: string; category: string };
      const r = rand();
      const requirement = r < 0.55 ? 'required' : r < 0.85 ? 'preferred' : 'mentioned';
      return {
        id, name: s.name, category: s.category, requirement,
        evidence: `Experience with ${s.name} is ${requirement === 'required' ? 'required' : 'a plus'} for this role on our team.`,
        ...(i % 9 === 4 ? { group: ++group } : i % 9 === 5 && group ? { group } : {}),
        ...(s.category === 'soft' ? { soft: true } : {}),
      };
    });
  };
  const base = (i: number) => ({
    key: `bench:${i}`, url: `https://boards.greenhouse.io/bench/jobs/${i}`, site: 'greenhouse',
    title: `${titles[i % titles.length]} ${i}`, company: companies[i % companies.length], location: i % 3 ? 'Remote' : 'Berlin',
    skills: skillsFor(),
  });
  const started = performance.now();
  // Viewed: keys 0..viewed-1, last seen within the last 180 days. Saved: half of them also viewed.
  const CHUNK = 2500;
  for (let from = 0; from < args.viewed; from += CHUNK) {
    const rows = [];
    for (let i = from; i < Math.min(args.viewed, from + CHUNK); i++) {
      const last = args.now - Math.floor(rand() * 180) * DAY;
      rows.push({ ...base(i), firstSeenAt: last - DAY, lastSeenAt: last, timesSeen: 1 });
    }
    await db.seen.bulkPut(rows);
  }
  const text = 'About the role. '.repeat(40) + 'Requirements: see the skills listed. '.repeat(40);
  for (let from = 0; from < args.saved; from += CHUNK) {
    const rows = [];
    const texts = [];
    for (let j = from; j < Math.min(args.saved, from + CHUNK); j++) {
      const i = j < args.saved / 2 ? j * 2 : args.viewed + j;
      const savedAt = args.now - Math.floor(rand() * 365) * DAY;
      const p = base(i);
      rows.push({ ...p, savedAt, status: 'saved', statusHistory: [{ status: 'saved', at: savedAt }], notes: '', profileAtSave: ['python', 'sql'] });
      texts.push({ key: p.key, text });
    }
    await db.watchlist.bulkPut(rows);
    await db.postingText.bulkPut(texts);
  }
  const filled = performance.now();
  const indexed = await sg.rebuildPostingIndex(db);
  return { fillMs: Math.round(filled - started), indexMs: Math.round(performance.now() - filled), indexed };
}

/** The value at rank `q` (0..1) of some timings; NaN for none, which misses every target. */
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.max(0, Math.ceil(xs.length * q) - 1))] ?? NaN;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => quantile(xs, 0.95);
const fmt = (xs: number[]) => `median ${median(xs).toFixed(0)} ms, p95 ${p95(xs).toFixed(0)} ms (${xs.length} runs)`;

/** Milliseconds from navigation start until a selector is in the page, timed inside the page. */
async function timeToSelector(page: Page, url: string, selector: string): Promise<number> {
  await page.goto(url);
  await page.waitForSelector(selector, { timeout: 30_000 });
  return page.evaluate((sel) => {
    const seen = (globalThis as unknown as { __firstSeen?: Record<string, number> }).__firstSeen?.[sel];
    return seen ?? performance.now();
  }, selector);
}

async function main() {
  const browser = await launchExtensionBrowser({ hosts: [], port: 9, ...(process.env.SKILLGAP_EXTENSION_DIR ? { extensionDir: process.env.SKILLGAP_EXTENSION_DIR } : {}) });
  const origin = `chrome-extension://${browser.extensionId}`;
  // Record, inside every page, when a watched selector first appears (a MutationObserver from the first script).
  await browser.context.addInitScript(() => {
    // tsx names the functions this script hands to pages with a helper that pages lack.
    (globalThis as unknown as { __name: (f: unknown) => unknown }).__name = (f) => f;
    const watched = ['.profile-skills', '.suggestions-list', '.watch-row[data-key]'];
    const first: Record<string, number> = {};
    (globalThis as unknown as { __firstSeen: Record<string, number> }).__firstSeen = first;
    new MutationObserver(() => {
      for (const sel of watched) if (!(sel in first) && document.querySelector(sel)) first[sel] = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  try {
    const setup = await browser.context.newPage();
    await setup.goto(`${origin}/popup.html`);
    await setup.evaluate(async () => {
      const profile = { skills: ['python', 'sql', 'statistics', 'machine-learning', 'pandas', 'tableau', 'aws', 'git', 'docker', 'data-visualization', 'r', 'microsoft-excel'].map((id) => ({ id, level: 'working', updatedAt: Date.now() })) };
      await (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ profile });
    });
    await setup.evaluate(await pageBundle());
    console.log(`Filling IndexedDB with ${SAVED} saved and ${VIEWED} viewed postings…`);
    const filled = await setup.evaluate(fill, { saved: SAVED, viewed: VIEWED, weights: demandWeights(), now: Date.now() });
    console.log(`  written in ${filled.fillMs} ms; posting index and demand built in ${filled.indexMs} ms (${filled.indexed} postings)`);

    // One more viewed posting: the incremental index and demand update, as the background does it.
    const incremental = await setup.evaluate(async () => {
      const sg = (globalThis as unknown as { __sg: any }).__sg;
      const repo = sg.seenRepo(sg.database());
      const times: number[] = [];
      for (let i = 0; i < 100; i++) {
        const t = performance.now();
        await repo.record({
          key: `bench:new-${i}`, url: `https://boards.greenhouse.io/bench/jobs/new${i}`, site: 'greenhouse', title: 'New posting', company: 'Acme', location: 'Remote',
          skills: ['python', 'kubernetes', 'aws', 'sql', 'terraform', 'go', 'docker', 'apache-spark', 'kafka', 'snowflake', 'dbt', 'apache-airflow'].map((id, k) => ({ id, name: id, category: 'lang', requirement: k % 3 ? 'preferred' : 'required', evidence: `${id}.` })),
        });
        times.push(performance.now() - t);
      }
      return times;
    });
    console.log(`One posting viewed (record + index + demand, ${VIEWED + SAVED / 2} postings kept): ${fmt(incremental)}`);

    const suggest = await setup.evaluate(async (runs) => {
      const sg = (globalThis as unknown as { __sg: any }).__sg;
      const db = sg.database();
      const taxonomy = sg.loadTaxonomy();
      const byId = new Map(taxonomy.skills.map((s: { id: string }) => [s.id, s]));
      const { profile } = await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<{ profile: unknown }> } } } }).chrome.storage.local.get('profile');
      const out: Record<string, { load: number[]; compute: number[]; total: number[]; postings: number }> = {};
      for (const windowDays of [90, 180]) {
        const load: number[] = [];
        const compute: number[] = [];
        const total: number[] = [];
        let postings = 0;
        for (let i = 0; i < runs; i++) {
          const t0 = performance.now();
          const prepared = await sg.loadPreparedPostings(db, windowDays, false);
          const t1 = performance.now();
          sg.suggestFromPrepared(prepared, profile, byId, { threshold: 80 });
          const t2 = performance.now();
          compute.push(t2 - t1);
          load.push(t1 - t0);
          total.push(t2 - t0);
          postings = prepared.count;
        }
        out[windowDays] = { load, compute, total, postings };
      }
      return out;
    }, RUNS);
    for (const [days, r] of Object.entries(suggest)) {
      console.log(`Suggestions, ${days}-day window (${r.postings} postings): read and pack ${fmt(r.load)}; rank ${fmt(r.compute)}; together ${fmt(r.total)}`);
    }
    verdicts.push(verdict('suggestions computed (90-day window: read, pack and rank)', median(suggest[90]?.total ?? []), TARGETS.suggestionsMs));

    // Goals: the postings read and every goal's card computed (role profile, coverage, postings scored), from
    // the packed index and, as the baseline, from the full records; runs alternate so both see the same machine.
    const goals = await setup.evaluate(async (runs) => {
      const sg = (globalThis as unknown as { __sg: any }).__sg;
      const db = sg.database();
      const byId = new Map(sg.loadTaxonomy().skills.map((s: { id: string }) => [s.id, s]));
      const { profile } = await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<{ profile: unknown }> } } } }).chrome.storage.local.get('profile');
      const goalList = ['data-engineer', 'data-scientist', 'machine-learning-engineer'].map((id) => sg.goalForRole(id, 0));
      const settings = { countSoftSkills: false };
      const times = { packed: [] as number[], records: [] as number[] };
      const views: Record<'packed' | 'records', string> = { packed: '', records: '' };
      let postings = 0;
      let matched = 0;
      for (let i = 0; i < runs; i++) {
        for (const source of ['packed', 'records'] as const) {
          const t0 = performance.now();
          const list = await (source === 'packed' ? sg.loadGoalPostings(db) : sg.loadGoalPostingsFromRecords(db));
          const cards = sg.goalCards(goalList, list, profile, byId, settings);
          times[source].push(performance.now() - t0);
          if (i === 0) {
            // What the view shows: the packed postings carry only the skills' ids and wording, not their evidence.
            type Card = { goal: { id: string }; roleProfile: unknown; coverage: unknown; postings: { posting: { key: string; title: string; company: string; url: string; saved: boolean }; score: unknown }[] };
            views[source] = JSON.stringify(
              (cards as Card[]).map((c) => [c.goal.id, c.roleProfile, c.coverage, c.postings.map(({ posting: p, score }) => [p.key, p.title, p.company, p.url, p.saved, score])]),
            );
            postings = list.length;
            matched = cards.reduce((n: number, c: { postings: unknown[] }) => n + c.postings.length, 0);
          }
        }
      }
      return { ...times, same: views.packed === views.records, postings, matched };
    }, RUNS);
    console.log(`Goals, 3 goals over ${goals.postings} postings (${goals.matched} match a goal): from the packed index ${fmt(goals.packed)}; baseline from the full records ${fmt(goals.records)}`);
    verdicts.push({ met: goals.same, text: `Goals from the packed index ${goals.same ? 'identical to' : 'DIFFER from'} Goals from the records` });
    verdicts.push(verdict('Goals computed from the packed index', median(goals.packed), TARGETS.goalsMs));
    verdicts.push(
      verdict(
        `Goals from the packed index against the same-run baseline from the records (${median(goals.records).toFixed(0)} ms × ${GOALS_SHARE_OF_BASELINE})`,
        median(goals.packed),
        median(goals.records) * GOALS_SHARE_OF_BASELINE,
      ),
    );
    await setup.close();

    const popupFirst: number[] = [];
    const learnTab: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.context.newPage();
      popupFirst.push(await timeToSelector(page, `${origin}/popup.html`, '.profile-skills'));
      const t = await page.evaluate(() => performance.now());
      await page.getByRole('tab', { name: 'Learn next' }).click();
      await page.waitForSelector('.suggestions-list', { timeout: 30_000 });
      learnTab.push((await page.evaluate(() => (globalThis as unknown as { __firstSeen: Record<string, number> }).__firstSeen['.suggestions-list'] ?? NaN)) - t);
      await page.close();
    }
    console.log(`Popup opens and shows its first tab (profile): ${fmt(popupFirst)}`);
    verdicts.push(verdict('popup first tab shown', median(popupFirst), TARGETS.popupFirstTabMs));
    console.log(`"Learn next" tab, from the click to the suggestions shown (90-day window): ${fmt(learnTab)}`);

    const dash = await browser.context.newPage();
    const tableShown = await timeToSelector(dash, `${origin}/options.html#watchlist`, '.watch-row[data-key]');
    const scroll = await dash.evaluate(async () => {
      const el = document.querySelector('.virtual-rows') as HTMLElement;
      const frames: number[] = [];
      let last = performance.now();
      const end = last + 3000;
      const maxRows: number[] = [];
      await new Promise<void>((done) => {
        const step = (t: number) => {
          frames.push(t - last);
          last = t;
          el.scrollTop += 220;
          maxRows.push(el.querySelectorAll('[role="row"]').length);
          if (t < end && el.scrollTop + el.clientHeight < el.scrollHeight) requestAnimationFrame(step);
          else done();
        };
        requestAnimationFrame(step);
      });
      frames.shift();
      const sorted = [...frames].sort((a, b) => a - b);
      return {
        frames: frames.length,
        mean: frames.reduce((a, b) => a + b, 0) / frames.length,
        p95: sorted[Math.ceil(sorted.length * 0.95) - 1],
        max: sorted[sorted.length - 1],
        long: frames.filter((f) => f > 50).length,
        rowsInDom: Math.max(...maxRows),
        total: document.querySelector('[role="table"]')?.getAttribute('aria-rowcount'),
      };
    });
    console.log(`Dashboard watchlist table shown: ${tableShown.toFixed(0)} ms (${Number(scroll.total) - 1} rows)`);
    console.log(`Scrolling it 220 px a frame for 3 s: ${scroll.frames} frames, mean ${scroll.mean.toFixed(1)} ms, p95 ${scroll.p95?.toFixed(1)} ms, longest ${scroll.max?.toFixed(1)} ms, ${scroll.long} over 50 ms; at most ${scroll.rowsInDom} rows in the DOM`);
    await dash.close();
  } finally {
    await browser.close();
  }
  console.log(`\nTargets (median; load average ${loadavg().map((l) => l.toFixed(1)).join(', ')} on ${cpus().length} cores):`);
  for (const v of verdicts) console.log(`  ${v.met ? 'met ' : 'MISSED'}  ${v.text}`);
  if (verdicts.some((v) => !v.met)) process.exitCode = 1;
}

const verdicts: { met: boolean; text: string }[] = [];
/** A measured median against its target, as one line of the summary. */
function verdict(what: string, ms: number, target: number): { met: boolean; text: string } {
  return { met: ms < target, text: `${what}: ${ms.toFixed(0)} ms, target under ${target} ms` };
}

await main();
