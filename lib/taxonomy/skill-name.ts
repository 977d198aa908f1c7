import names from 'virtual:skill-names';

/**
 * A skill's display name without loading the taxonomy: the popup's first tab names the profile's few
 * skills, and loading and parsing all 4,000 skills (with their aliases and relations) would hold its first
 * paint back. Undefined when no skill has that id. Agrees with `loadTaxonomy()` (tests/unit/taxonomy.test.ts).
 */
export function skillNameOf(id: string): string | undefined {
  const at = names.indexOf(`\n${id}\t`);
  if (at < 0) return undefined;
  const start = at + id.length + 2;
  return names.slice(start, names.indexOf('\n', start));
}
