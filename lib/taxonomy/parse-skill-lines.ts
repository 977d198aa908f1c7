import type { Ambiguity, Category, Effort, Skill } from '@/lib/model/skill';

/**
 * Reads one category's skill lines. The data files keep one skill a line because that is both readable and
 * small enough for the content script's bundle:
 *
 *     id | Name | alias, alias | parent-id, parent-id | related-id, related-id | flags
 *
 * Trailing fields may be left out. Flags are space separated: `amb` (a word with other meanings, needs
 * context), `cs` (case-sensitive), `e:d` / `e:w` / `e:m` (effort to learn: days, weeks, months), `so` (search
 * only: offered by the popup's search, never matched in text; the generated layer marks everyday-word names so).
 * Lines starting with `#` and blank lines are ignored.
 */
export function parseSkillLines(category: Category, text: string): Skill[] {
  const skills: Skill[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [id = '', name = '', aliases = '', parents = '', related = '', flags = ''] = line
      .split('|')
      .map((f) => f.trim());
    let ambiguity: Ambiguity | undefined;
    let effort: Effort | undefined;
    let searchOnly = false;
    for (const flag of flags.split(/\s+/)) {
      if (flag === 'amb') ambiguity = 'context';
      else if (flag === 'cs') ambiguity ??= 'cased';
      else if (flag.startsWith('e:')) effort = flag.slice(2) as Effort;
      else if (flag === 'so') searchOnly = true;
    }
    skills.push({
      id,
      name,
      aliases: list(aliases),
      category,
      parents: list(parents),
      related: list(related),
      ...(ambiguity ? { ambiguity } : {}),
      ...(effort ? { effort } : {}),
      ...(searchOnly ? { searchOnly: true as const } : {}),
    });
  }
  return skills;
}

function list(field: string): string[] {
  return field ? field.split(',').map((s) => s.trim()).filter(Boolean) : [];
}

/** One layer's skills (lib/taxonomy/data, or lib/taxonomy/generated) from its lines by category, unmerged. */
export function parseLayer(linesByCategory: Partial<Record<Category, string>>): Skill[] {
  const skills: Skill[] = [];
  for (const [category, text] of Object.entries(linesByCategory)) skills.push(...parseSkillLines(category as Category, text ?? ''));
  return skills;
}
