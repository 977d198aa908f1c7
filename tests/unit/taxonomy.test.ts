import { describe, expect, it } from 'vitest';
import { TAXONOMY_VERSION } from '@/lib/taxonomy/data/index';
import { loadTaxonomy } from '@/lib/taxonomy/load-taxonomy';
import { parseSkillLines } from '@/lib/taxonomy/parse-skill-lines';
import { skillNameOf } from '@/lib/taxonomy/skill-name';
import { CATEGORIES, type Skill } from '@/lib/model/skill';
import { foldName, validateTaxonomy } from '@/lib/taxonomy/validate-taxonomy';

const taxonomy = loadTaxonomy();
const byId = new Map(taxonomy.skills.map((s) => [s.id, s]));
const skill = (over: Partial<Skill> & { id: string }): Skill => ({ name: over.id, aliases: [], category: 'lang', parents: [], related: [], ...over });

describe('the shipped taxonomy', () => {
  it('is valid: schema, unique ids, aliases claimed once, references that exist, no parent cycles', () => {
    expect(validateTaxonomy(taxonomy)).toEqual([]);
  });

  it('carries a version number', () => {
    expect(taxonomy.version).toBe(TAXONOMY_VERSION);
    expect(TAXONOMY_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('has at least 2,500 skills, in every category of work', () => {
    expect(taxonomy.skills.length).toBeGreaterThanOrEqual(2500);
    const counts = new Map<string, number>();
    for (const s of taxonomy.skills) counts.set(s.category, (counts.get(s.category) ?? 0) + 1);
    for (const category of Object.keys(CATEGORIES)) expect(counts.get(category) ?? 0, category).toBeGreaterThanOrEqual(15);
  });

  it.each([
    ['JS', 'javascript'],
    ['ECMAScript', 'javascript'],
    ['Node', 'nodejs'],
    ['NodeJS', 'nodejs'],
    ['k8s', 'kubernetes'],
    ['Postgres', 'postgresql'],
    ['MS Excel', 'microsoft-excel'],
    ['GCP', 'gcp'],
    ['Google Analytics', 'google-analytics'],
    ['Google Ads', 'google-ads'],
    ['HubSpot', 'hubspot'],
    ['QuickBooks', 'quickbooks'],
    ['GAAP', 'gaap'],
    ['HIPAA', 'hipaa'],
    ['PMP', 'pmp'],
    ['Scrum', 'scrum'],
    ['Jira', 'jira'],
    ['Salesforce', 'salesforce'],
    ['Spanish', 'spanish'],
  ])('knows "%s" as %s', (spelling, id) => {
    const owner = taxonomy.skills.find((s) => [s.name, ...s.aliases].some((t) => foldName(t) === foldName(spelling)));
    expect(owner?.id).toBe(id);
  });

  it('names every skill the same when read from its line alone as when the whole taxonomy is parsed', () => {
    const wrong = taxonomy.skills.filter((s) => skillNameOf(s.id) !== s.name).map((s) => `${s.id}: ${skillNameOf(s.id)} ≠ ${s.name}`);
    expect(wrong).toEqual([]);
    // An id that is only part of another id, or a word in another line, names nothing.
    expect(skillNameOf('postgres')).toBe(byId.get('postgres')?.name);
    expect(skillNameOf('no-such-skill')).toBeUndefined();
    expect(skillNameOf('Python')).toBeUndefined();
  });

  it('knows what implies what: PostgreSQL is an SQL database, React implies JavaScript', () => {
    expect(byId.get('postgresql')?.parents).toContain('sql');
    expect(byId.get('react')?.parents).toContain('javascript');
  });

  it('gives every skill an effort class and most a relation to learn from', () => {
    expect(taxonomy.skills.filter((s) => !s.effort).map((s) => s.id)).toEqual([]);
    const related = taxonomy.skills.filter((s) => s.related.length > 0 || s.parents.length > 0).length;
    expect(related / taxonomy.skills.length).toBeGreaterThan(0.8);
  });

  it('flags the words that have other meanings', () => {
    for (const id of ['go', 'r', 'c', 'react', 'swift', 'rust', 'spring', 'java', 'ruby', 'scheme', 'julia', 'dart', 'elm']) {
      expect(byId.get(id)?.ambiguity, id).toBe('context');
    }
  });
});

describe('the validator', () => {
  const ok = [skill({ id: 'sql' }), skill({ id: 'postgresql', aliases: ['Postgres'], parents: ['sql'] })];

  it('accepts a sound data set', () => {
    expect(validateTaxonomy({ version: '1.0.0', skills: ok })).toEqual([]);
  });

  it.each([
    ['a duplicate id', [...ok, skill({ id: 'sql' })], 'duplicate id "sql"'],
    ['an alias claimed twice', [...ok, skill({ id: 'postgis', aliases: ['postgres'] })], '"postgres" is claimed by both "postgresql" and "postgis"'],
    ['an unknown parent', [...ok, skill({ id: 'mysql', parents: ['rdbms'] })], '"mysql" has unknown parent "rdbms"'],
    ['an unknown related id', [...ok, skill({ id: 'mysql', related: ['mariadb'] })], '"mysql" has unknown related "mariadb"'],
    ['a parent cycle', [skill({ id: 'a', parents: ['b'] }), skill({ id: 'b', parents: ['a'] })], 'parent cycle: a -> b -> a'],
    ['a bad id', [skill({ id: 'Not An Id' })], 'skills.0.id: a skill id is lowercase words joined by hyphens'],
  ])('reports %s', (_what, skills, problem) => {
    expect(validateTaxonomy({ version: '1.0.0', skills })).toContain(problem);
  });

  it('rejects a data set without a version', () => {
    expect(validateTaxonomy({ skills: ok })[0]).toMatch(/^version/);
  });
});

describe('the line format', () => {
  it('reads every field and flag', () => {
    const [s] = parseSkillLines('lang', 'go | Go | Golang, Go lang | | rust, cpp | amb e:m');
    expect(s).toEqual({ id: 'go', name: 'Go', aliases: ['Golang', 'Go lang'], category: 'lang', parents: [], related: ['rust', 'cpp'], ambiguity: 'context', effort: 'm' });
  });

  it('skips comments and blank lines and allows trailing fields to be left out', () => {
    const skills = parseSkillLines('db', '# Relational\n\nsql | SQL\n');
    expect(skills).toEqual([{ id: 'sql', name: 'SQL', aliases: [], category: 'db', parents: [], related: [] }]);
  });
});
