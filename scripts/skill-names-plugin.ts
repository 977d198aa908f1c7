import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseSkillLines } from '../lib/taxonomy/parse-skill-lines';
import { mergeLayers } from '../lib/taxonomy/load-taxonomy';
import type { Category, Skill } from '../lib/model/skill';

const MODULE_ID = 'virtual:skill-names';
const RESOLVED_ID = `\0${MODULE_ID}`;
const DATA_DIR = resolve(import.meta.dirname, '..', 'lib', 'taxonomy', 'data');
const GENERATED_DIR = resolve(import.meta.dirname, '..', 'lib', 'taxonomy', 'generated');

/**
 * `import names from 'virtual:skill-names'`: every skill's id and display name ("\npython\tPython\n…"),
 * built from lib/taxonomy/data and lib/taxonomy/generated when bundling (a generated skill whose id a curated
 * one already holds is left out, as `loadTaxonomy` leaves it out). The popup's first tab names the profile's skills with it
 * and so opens without the whole taxonomy (about 460 KB of text to parse); the names cannot go stale, as
 * they are read from the same files on every build, and a change to them reloads the module in `wxt dev`.
 */
export function skillNamesPlugin(): Plugin {
  return {
    name: 'skillgap:skill-names',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const curated: Skill[] = [];
      const generated: Skill[] = [];
      // The category files each index.ts imports, each `export default \`…lines…\`;`.
      for (const [dir, into] of [[DATA_DIR, curated], [GENERATED_DIR, generated]] as const) {
        const index = readFileSync(join(dir, 'index.ts'), 'utf8');
        for (const [, file] of index.matchAll(/^import \w+ from '\.\/([\w-]+)';$/gm)) {
          const path = join(dir, `${file}.ts`);
          this.addWatchFile(path);
          const source = readFileSync(path, 'utf8');
          const text = source.slice(source.indexOf('`') + 1, source.lastIndexOf('`'));
          into.push(...parseSkillLines(file as Category, text));
        }
      }
      const lines = mergeLayers(curated, generated).map((skill) => `${skill.id}\t${skill.name}`);
      return `export default ${JSON.stringify(`\n${lines.join('\n')}\n`)};`;
    },
  };
}
