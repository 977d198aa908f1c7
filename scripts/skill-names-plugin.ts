import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseSkillLines } from '../lib/taxonomy/parse-skill-lines';
import type { Category } from '../lib/model/skill';

const MODULE_ID = 'virtual:skill-names';
const RESOLVED_ID = `\0${MODULE_ID}`;
const DATA_DIR = resolve(import.meta.dirname, '..', 'lib', 'taxonomy', 'data');

/**
 * `import names from 'virtual:skill-names'`: every skill's id and display name ("\npython\tPython\n…"),
 * built from lib/taxonomy/data when bundling. The popup's first tab names the profile's skills with it
 * and so opens without the whole taxonomy (about 460 KB of text to parse); the names cannot go stale, as
 * they are read from the same files on every build, and a change to them reloads the module in `wxt dev`.
 */
export function skillNamesPlugin(): Plugin {
  return {
    name: 'skillgap:skill-names',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // The category files lib/taxonomy/data/index.ts imports, each `export default \`…lines…\`;`.
      const index = readFileSync(join(DATA_DIR, 'index.ts'), 'utf8');
      const lines: string[] = [];
      for (const [, file] of index.matchAll(/^import \w+ from '\.\/([\w-]+)';$/gm)) {
        const path = join(DATA_DIR, `${file}.ts`);
        this.addWatchFile(path);
        const source = readFileSync(path, 'utf8');
        const text = source.slice(source.indexOf('`') + 1, source.lastIndexOf('`'));
        for (const skill of parseSkillLines(file as Category, text)) lines.push(`${skill.id}\t${skill.name}`);
      }
      return `export default ${JSON.stringify(`\n${lines.join('\n')}\n`)};`;
    },
  };
}
