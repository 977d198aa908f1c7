import type { Skill } from '@/lib/model/skill';

/** One skill as a line of the format `parseSkillLines` reads: `id | Name | aliases | parents | related | flags`. */
export function formatSkillLine(skill: Skill): string {
  const flags = [
    skill.ambiguity === 'context' ? 'amb' : skill.ambiguity === 'cased' ? 'cs' : '',
    skill.effort ? `e:${skill.effort}` : '',
    skill.searchOnly ? 'so' : '',
  ].filter(Boolean);
  return [skill.id, skill.name, skill.aliases.join(', '), skill.parents.join(', '), skill.related.join(', '), flags.join(' ')].join(' | ');
}

/** A generated category file: a header saying where it comes from, then its skills' lines in a template string. */
export function formatGeneratedFile(header: string, skills: readonly Skill[]): string {
  const comment = header.split('\n').map((l) => `// ${l}`.trimEnd()).join('\n');
  return `${comment}\nexport default \`\n${skills.map(formatSkillLine).join('\n')}\n\`;\n`;
}
