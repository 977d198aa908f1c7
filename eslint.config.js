// Lint rules that guard what the type checker cannot: page text never reaches innerHTML, and imports follow
// the data flow (no folder imports one above it).
import tseslint from 'typescript-eslint';

/**
 * Which folder may import which, bottom first. Each folder names the folders just below it, and may import
 * those and whatever they may import; nothing else. Data flows page → lib/extract → lib/skills → lib/match →
 * overlay and popup: the schemas every stage shares sit in lib/model, the engine (lib/skills) is a library
 * that extract and match both call, and no stage imports one that consumes its results (skills never
 * imports extract or match, match never imports the overlay, the database or the views). `scripts/` and
 * `tests/` sit outside the graph: they may use any of it.
 */
export const IMPORT_GRAPH = {
  /** The domain's Zod schemas and types: skill, mention, posting, profile, goal… Imports nothing of ours. */
  'lib/model': [],
  /** Sets Zod up for extension pages (no eval); entrypoints import it first. */
  'lib/zod-config': [],
  /** The skill list and how its terms fold and are searched. */
  'lib/taxonomy': ['lib/model'],
  /** The engine that finds taxonomy skills in text. */
  'lib/skills': ['lib/taxonomy'],
  /** Reading job pages; uses the engine's heading rules to tell requirements from the rest. */
  'lib/extract': ['lib/skills'],
  /** Scores mentions against the profile, suggestions, insights. */
  'lib/match': ['lib/skills'],
  /** Editing the profile, proposing skills from pasted text. */
  'lib/profile': ['lib/skills'],
  /** Typed browser.storage items for the profile, settings, goals and overlay preferences. */
  'lib/storage': ['lib/model'],
  /** Which sites the person allowed; follows the site adapters. */
  'lib/site-access': ['lib/extract'],
  /** Badge tiers and the stoplist the overlay applies. */
  'lib/overlay': ['lib/match'],
  /** Goals, role profiles and the learning plan. */
  'lib/goals': ['lib/match', 'lib/profile'],
  /** The Dexie database: stores what match and goals compute, in match's packed form. */
  'lib/db': ['lib/goals', 'lib/match', 'lib/storage'],
  /** Export, import and erase of the person's data. */
  'lib/export': ['lib/db', 'lib/goals', 'lib/profile', 'lib/storage'],
  /** The typed messages between pages and the background, with their Zod schemas. */
  'lib/messaging': ['lib/goals', 'lib/overlay'],
  /** The background's message handlers and scheduled work. */
  'lib/background': ['lib/db', 'lib/export', 'lib/messaging', 'lib/overlay', 'lib/site-access'],
  /** React and DOM views shared by the popup, the options page and the overlay. */
  components: ['lib/db', 'lib/export', 'lib/messaging', 'lib/overlay', 'lib/site-access'],
  /** Only wiring: content script, background, popup, options page. */
  entrypoints: ['components', 'lib/background', 'lib/zod-config'],
};

/** Every folder `folder` may import: the folders it names and, through them, all below. */
export function allowedImports(graph, folder) {
  const seen = new Set();
  const visit = (f) => {
    for (const next of graph[f] ?? []) if (!seen.has(next)) (seen.add(next), visit(next));
  };
  visit(folder);
  return seen;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for import paths into any of `folders`, however written: `@/lib/skills/…`, `~/lib/skills`,
 * `../../lib/skills/…`, and, from inside lib, `../skills/…`.
 */
function importPathPattern(folders, fromLib) {
  const names = folders.map(escape).join('|');
  const libNames = folders.filter((f) => f.startsWith('lib/')).map((f) => escape(f.slice(4))).join('|');
  const rooted = `^(?:[@~]{1,2}/|(?:\\.\\./)+)(?:${names})(?:[/.]|$)`;
  return fromLib && libNames ? `${rooted}|^(?:\\.\\./)+(?:${libNames})(?:[/.]|$)` : rooted;
}

/** One `no-restricted-imports` block per folder of the graph, forbidding every folder it may not import. */
export function importBoundaryBlocks(graph) {
  const folders = Object.keys(graph);
  return folders.map((folder) => {
    const allowed = allowedImports(graph, folder);
    const forbidden = folders.filter((f) => f !== folder && !allowed.has(f));
    const may = allowed.size ? `may import only ${[...allowed].sort().join(', ')}` : 'imports nothing of ours';
    return {
      files: [`${folder}/**/*.{ts,tsx}`, `${folder}.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: forbidden.length
              ? [{ regex: importPathPattern(forbidden, folder.startsWith('lib/')), message: `${folder} ${may} (IMPORT_GRAPH in eslint.config.js): move what both sides need down a level, often to lib/model.` }]
              : [],
          },
        ],
      },
    };
  });
}

const noMarkupSinks = {
  'no-restricted-properties': [
    'error',
    { property: 'innerHTML', message: 'Page text is data: build nodes with textContent or the h() helper, never innerHTML.' },
    { property: 'outerHTML', message: 'Page text is data: never write outerHTML.' },
    { property: 'insertAdjacentHTML', message: 'Page text is data: never insert HTML strings.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'document.write is forbidden.' },
    { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is data: never dangerouslySetInnerHTML.' },
    { selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']", message: 'No eval or new Function: no code from strings.' },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'bench-output/**', 'docs/**'] },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: noMarkupSinks,
  },
  {
    // Tests drive pages and fixtures as a site's own scripts would; they may set markup to simulate a site.
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  ...importBoundaryBlocks(IMPORT_GRAPH),
);
