import { describe, expect, it } from 'vitest';
import { measureRoleTemplates, DEFAULT_MEASURE_OPTIONS, type CorpusPosting } from '@/lib/goals/measure-role-templates';
import { roleTemplateSchema } from '@/lib/goals/role-template-schema';
import { parseHandTemplate, roleTemplate, roleTemplates } from '@/lib/goals/role-templates';
import { CORPUS_TEMPLATES } from '@/lib/goals/role-templates-corpus';
import { ROLES } from '@/lib/goals/roles';
import { loadTaxonomy } from '@/lib/taxonomy/load-taxonomy';

const skills = new Map(loadTaxonomy().skills.map((s) => [s.id, s]));

describe('the shipped role list and templates', () => {
  it('has at least 40 roles across professions, with unique ids and names', () => {
    expect(ROLES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ROLES.map((r) => r.id)).size).toBe(ROLES.length);
    expect(new Set(ROLES.map((r) => r.name)).size).toBe(ROLES.length);
    const professions = new Set(ROLES.map((r) => r.profession));
    for (const p of ['Software and IT', 'Data and AI', 'Design', 'Marketing', 'Sales and customers', 'Finance', 'People and HR', 'Healthcare', 'Operations', 'Legal and compliance'] as const) {
      expect(professions).toContain(p);
    }
  });

  it('gives every role a valid template whose skills exist in the taxonomy and are not soft skills', () => {
    for (const role of ROLES) {
      const t = roleTemplate(role.id);
      expect(t, role.id).toBeDefined();
      expect(roleTemplateSchema.safeParse(t).success, role.id).toBe(true);
      expect(t!.skills.length, role.id).toBeGreaterThanOrEqual(8);
      for (const s of t!.skills) {
        expect(skills.has(s.id), `${role.id}: ${s.id}`).toBe(true);
        expect(skills.get(s.id)!.category, `${role.id}: ${s.id}`).not.toBe('soft');
      }
    }
    expect(roleTemplates().every((t) => ROLES.some((r) => r.id === t.roleId))).toBe(true);
  });

  it('uses the measured template where the corpus has one, and says which are hand-set', () => {
    expect(CORPUS_TEMPLATES.map((t) => t.roleId)).toEqual(expect.arrayContaining(['data-scientist', 'data-engineer', 'data-analyst']));
    for (const t of CORPUS_TEMPLATES) {
      expect(roleTemplate(t.roleId)).toBe(t);
      expect(t.postings).toBeGreaterThanOrEqual(DEFAULT_MEASURE_OPTIONS.minPostings);
    }
    expect(roleTemplate('registered-nurse')).toMatchObject({ source: 'hand', postings: 0 });
    // Measured: Python is asked for by most data-science postings, mostly as a requirement.
    const python = roleTemplate('data-scientist')!.skills.find((s) => s.id === 'python')!;
    expect(python.frequency).toBeGreaterThan(0.6);
    expect(python.requiredShare).toBeGreaterThan(0.5);
  });

  it('reads a hand-set line, and refuses a malformed one', () => {
    expect(parseHandTemplate('x', 'sql:40p python:85r')).toEqual({
      roleId: 'x',
      source: 'hand',
      postings: 0,
      skills: [
        { id: 'python', frequency: 0.85, requiredShare: 0.8 },
        { id: 'sql', frequency: 0.4, requiredShare: 0.3 },
      ],
    });
    expect(() => parseHandTemplate('x', 'python:85')).toThrow(/python:85/);
  });
});

describe('measuring role templates over a corpus', () => {
  const posting = (title: string, text: string, source = 'test'): CorpusPosting => ({ source, title, text });
  const options = { ...DEFAULT_MEASURE_OPTIONS, minPostings: 3, minCount: 1, excludedSources: new Set(['keyword-search']) };

  it('counts the share of a role’s postings asking for each skill, and the share requiring it', () => {
    const corpus = [
      posting('Data Engineer', 'Requirements: Python and SQL are required.'),
      posting('Senior Data Engineer', 'Requirements: SQL is required. Nice to have: Python.'),
      posting('Data Engineer II', 'Requirements: SQL. Airflow experience is a plus.'),
      posting('Data Engineer', 'Python is a must.', 'keyword-search'),
      posting('Barista', 'Requirements: SQL.'),
    ];
    const [t] = measureRoleTemplates(corpus, options);
    expect(t?.roleId).toBe('data-engineer');
    // The keyword-search posting is left out; the barista is no role.
    expect(t?.postings).toBe(3);
    const byId = new Map(t!.skills.map((s) => [s.id, s]));
    expect(byId.get('sql')).toEqual({ id: 'sql', frequency: 1, requiredShare: 1 });
    expect(byId.get('python')).toEqual({ id: 'python', frequency: 0.67, requiredShare: 0.5 });
    expect(t?.skills[0]?.id).toBe('sql');
  });

  it('leaves out roles with too few postings', () => {
    expect(measureRoleTemplates([posting('Data Engineer', 'SQL required.')], options)).toEqual([]);
  });
});
