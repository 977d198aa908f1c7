// The command-line extractor: the same lib/ code the extension runs, over saved pages or plain text.
//   npm run --silent extract -- [--url URL] PAGE.html        one JSON object for the page
//   npm run --silent extract -- --text FILE.txt [FILE.txt…]  one JSON line per file
//   npm run --silent extract -- --lines FILE.txt             one JSON line per line of the file
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readPage } from '../lib/extract/read-page';
import { findSkills } from '../lib/skills/skill-engine';
import type { SkillMention } from '../lib/model/mention';

const USAGE = `usage: extract [--url URL] PAGE.html | --text FILE… | --lines FILE`;

function skillJson(m: SkillMention) {
  const { id, name, category, requirement, text, evidence, years, group, soft } = m;
  return { id, name, category, requirement, text, evidence, ...(years !== undefined ? { years } : {}), ...(group !== undefined ? { group } : {}), ...(soft ? { soft } : {}) };
}

/**
 * Hard skills go in `skills`; soft skills ("communication") in `softSkills`, as the extension reports
 * them apart and never counts them as gaps by default.
 */
function skillsJson(mentions: SkillMention[]) {
  return {
    skills: mentions.filter((m) => !m.soft).map(skillJson),
    softSkills: mentions.filter((m) => m.soft).map(skillJson),
  };
}

function emit(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n${USAGE}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.length === 0 || args.includes('--help')) fail('no input given');

if (args[0] === '--text') {
  const files = args.slice(1);
  if (!files.length) fail('--text needs at least one file');
  for (const file of files) emit({ file, ...skillsJson(findSkills(readFileSync(file, 'utf8'))) });
} else if (args[0] === '--lines') {
  if (!args[1]) fail('--lines needs a file');
  const lines = readFileSync(args[1], 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const line of lines) emit(skillsJson(findSkills(line)));
} else {
  let url: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--url') url = args[++i];
    else rest.push(arg);
  }
  const [file] = rest;
  if (rest.length !== 1 || !file) fail('give exactly one page');
  const html = readFileSync(file, 'utf8');
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const pageUrl =
    url ??
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    'http://localhost/';
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(pageUrl);
  } catch {
    fail(`not a URL: ${pageUrl}`);
  }
  const page = readPage(doc, parsedUrl);
  const postings = page.posting
    ? [{ title: page.posting.title, company: page.posting.company, location: page.posting.location, key: page.posting.key, url: page.posting.url, confidence: page.posting.confidence, ...skillsJson(findSkills(page.posting.text)) }]
    : page.cards.map((c) => ({ title: c.title, company: c.company, location: c.location, key: c.key, url: c.url, partial: true, ...skillsJson(findSkills(`${c.title}\n${c.snippet}`)) }));
  emit({ site: page.site, kind: page.kind, postings });
}
