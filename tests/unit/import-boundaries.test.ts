import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Lints snippets with the repository's own eslint.config.js, as `npx eslint .` would lint a file at that path.
const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The messages of the import rule for `code` placed at `filePath`. */
async function importErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    // The wrong-way imports the folders had before lib/model existed, each written the way it was.
    ['the schema folder importing the database', 'lib/model/x.ts', "import type { SkillDemand } from '@/lib/db/database';"],
    ['extract importing the database', 'lib/extract/to-snapshot.ts', "import type { PostingSnapshot } from '@/lib/db/saved-posting';"],
    ['match importing the database', 'lib/match/insights.ts', "import { ALL_POSTINGS_ID } from '@/lib/db/demand';"],
    ['the taxonomy importing the engine', 'lib/taxonomy/search-skills.ts', "import { foldTerm } from '@/lib/skills/fold-text';"],
    ['the taxonomy importing the engine by a relative path', 'lib/taxonomy/data/web.ts', "import type { SkillMatcher } from '../../skills/compile-matcher';"],
    ['the engine importing the page readers', 'lib/skills/segment-posting.ts', "import type { PostingRead } from '@/lib/extract/types';"],
    ['the engine importing match', 'lib/skills/extract-skills.ts', "import { matchProfile } from '~/lib/match/match-profile.ts';"],
    ['match importing the overlay', 'lib/match/posting-score.ts', "import { scoreTier } from '@/lib/overlay/score-tiers';"],
    ['lib importing a view', 'lib/goals/plan.ts', "import { PlanView } from '@/components/goals/PlanView';"],
    ['a view importing the background', 'components/popup/ProfileTab.tsx', "import { handlers } from '@/lib/background/handlers';"],
  ])('rejects %s', async (_what, filePath, line) => {
    const errors = await importErrors(`${line}\nexport const used = 1;\n`, filePath);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('IMPORT_GRAPH');
  });

  it('says what the folder may import instead', async () => {
    expect(await importErrors("import { database } from '@/lib/db/database';\n", 'lib/model/x.ts')).toEqual([
      expect.stringContaining('lib/model imports nothing of ours'),
    ]);
    expect(await importErrors("import { database } from '@/lib/db/database';\n", 'lib/match/x.ts')).toEqual([
      expect.stringContaining('lib/match may import only lib/model, lib/skills, lib/taxonomy'),
    ]);
  });

  it.each([
    ['a schema importing another schema', 'lib/model/x.ts', "import { skillIdSchema } from './skill';"],
    ['the engine importing the taxonomy', 'lib/skills/x.ts', "import { foldTerm } from '@/lib/taxonomy/fold-text';"],
    ['match importing a schema', 'lib/match/x.ts', "import type { Profile } from '@/lib/model/profile';"],
    ['match importing the engine', 'lib/match/x.ts', "import type { SkillMatcher } from '@/lib/skills/compile-matcher';"],
    ['the database importing match', 'lib/db/x.ts', "import { encodeMentions } from '@/lib/match/compact-mentions';"],
    ['a site adapter importing its folder', 'lib/extract/sites/x.ts', "import { querySelectorFirst } from '../query';"],
    ['a view importing the database', 'components/popup/x.tsx', "import { database } from '@/lib/db/database';"],
    ['an entrypoint importing the background', 'entrypoints/background.ts', "import { handlers } from '@/lib/background/handlers';"],
    ['lib importing a package', 'lib/model/x.ts', "import { z } from 'zod';"],
  ])('accepts %s', async (_what, filePath, line) => {
    expect(await importErrors(`${line}\nexport const used = 1;\n`, filePath)).toEqual([]);
  });

  it('lets no two folders reach each other, and covers every folder of lib', async () => {
    // The relation as the lint rule enforces it, measured rather than read from the graph's data: a folder
    // missing from the graph gets no rule, so it could import anything and anything could import it, which
    // shows up here as a cycle.
    const lib = readdirSync(`${root}/lib`, { withFileTypes: true }).map((e) => `lib/${e.isDirectory() ? e.name : e.name.replace(/\.ts$/, '')}`);
    const folders = [...lib, 'components', 'entrypoints'];
    const allowed = new Map<string, string[]>();
    for (const from of folders) {
      const reachable: string[] = [];
      for (const to of folders) {
        if (to === from) continue;
        const errors = await importErrors(`import { x } from '@/${to}/x';\nexport const y = x;\n`, `${from}/x.ts`);
        if (errors.length === 0) reachable.push(to);
      }
      allowed.set(from, reachable);
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (folder: string, path: string[]) => {
      if (state.get(folder) === 'done') return;
      if (state.get(folder) === 'open') return void cycles.push([...path.slice(path.indexOf(folder)), folder].join(' → '));
      state.set(folder, 'open');
      for (const next of allowed.get(folder)!) visit(next, [...path, folder]);
      state.set(folder, 'done');
    };
    for (const folder of folders) visit(folder, []);
    expect(cycles).toEqual([]);
    // The bottom and the top, as the README's layout describes them.
    expect(allowed.get('lib/model')).toEqual([]);
    expect(allowed.get('entrypoints')).toEqual(folders.filter((f) => f !== 'entrypoints'));
  });
});
