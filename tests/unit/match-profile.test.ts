import { describe, expect, it } from 'vitest';
import { matchProfile } from '@/lib/match/match-profile';
import { profileCoverage } from '@/lib/match/skill-coverage';
import type { Profile } from '@/lib/model/profile';
import type { SkillMention } from '@/lib/model/mention';
import type { Skill } from '@/lib/model/skill';

const skills: Skill[] = [
  { id: 'sql', name: 'SQL', aliases: [], category: 'lang', parents: [], related: [] },
  { id: 'postgresql', name: 'PostgreSQL', aliases: [], category: 'db', parents: ['sql'], related: [] },
  { id: 'javascript', name: 'JavaScript', aliases: [], category: 'lang', parents: [], related: [] },
  { id: 'react', name: 'React', aliases: [], category: 'web', parents: ['javascript'], related: [] },
  { id: 'nextjs', name: 'Next.js', aliases: [], category: 'web', parents: ['react'], related: [] },
  { id: 'python', name: 'Python', aliases: [], category: 'lang', parents: [], related: [] },
  { id: 'java', name: 'Java', aliases: [], category: 'lang', parents: [], related: [] },
  { id: 'aws', name: 'AWS', aliases: [], category: 'cloud', parents: [], related: [] },
  { id: 'communication', name: 'Communication', aliases: [], category: 'soft', parents: [], related: [] },
];
const byId = new Map(skills.map((s) => [s.id, s]));
const mention = (id: string, extra: Partial<SkillMention> = {}): SkillMention => ({
  id, name: byId.get(id)!.name, category: byId.get(id)!.category, requirement: 'required', text: id, evidence: `${id}.`, start: 0, end: 1, ...extra,
});
const profile = (...entries: [string, Profile['skills'][number]['level']][]): Profile => ({ skills: entries.map(([id, level]) => ({ id, level, updatedAt: 0 })) });

describe('what a profile covers', () => {
  it('covers a skill directly, or through a narrower skill that implies it, but not while learning it', () => {
    const cover = profileCoverage(profile(['postgresql', 'strong'], ['nextjs', 'expert'], ['aws', 'learning']), byId);
    expect(cover('postgresql').kind).toBe('direct');
    expect(cover('sql')).toMatchObject({ kind: 'implied', via: { level: 'working' } });
    expect(cover('react')).toMatchObject({ kind: 'implied', via: { level: 'strong' } });
    expect(cover('javascript').kind).toBe('implied');
    expect(cover('aws')).toEqual({ kind: 'none', learning: true });
    expect(cover('python')).toEqual({ kind: 'none', learning: false });
  });

  it('does not let a parent cover its children: SQL does not give PostgreSQL', () => {
    expect(profileCoverage(profile(['sql', 'expert']), byId)('postgresql').kind).toBe('none');
  });
});

describe('matching a posting', () => {
  it('counts skills, with alternatives as one slot and soft and incidental skills apart', () => {
    // Posting: SQL, React, Python or Java (one slot), AWS, communication (soft), PostgreSQL named in the blurb.
    const mentions = [
      mention('sql'),
      mention('react'),
      mention('python', { group: 1 }),
      mention('java', { group: 1 }),
      mention('aws', { requirement: 'preferred' }),
      mention('communication', { soft: true }),
      mention('postgresql', { requirement: 'mentioned', incidental: true }),
    ];
    // Profile: PostgreSQL (covers SQL), Java (fills the alternatives slot).
    const result = matchProfile(mentions, profile(['postgresql', 'strong'], ['java', 'working']), byId, { countSoftSkills: false });
    // Required slots: SQL ✓, React ✗, {Python|Java} ✓; preferred: AWS ✗. Required weighs 2: (2 + 2) / (3·2 + 1) = 57%.
    expect(result.score).toMatchObject({ required: { have: 2, total: 3 }, preferred: { have: 0, total: 1 }, other: { have: 0, total: 0 }, percent: 57 });
    expect(result.score.missing).toEqual(['react', 'aws']);
    expect(result.matched.map((s) => s.id)).toEqual(['sql', 'java']);
    expect(result.missing.map((s) => s.id)).toEqual(['react', 'aws']);
    expect(result.soft.map((s) => s.id)).toEqual(['communication']);
    expect(result.incidental.map((s) => s.id)).toEqual(['postgresql']);
  });

  it('lists every member of an unfilled group of alternatives as missing but counts it once', () => {
    const result = matchProfile([mention('python', { group: 3 }), mention('java', { group: 3 })], profile(), byId, { countSoftSkills: false });
    expect(result.score).toMatchObject({ required: { have: 0, total: 1 }, percent: 0 });
    expect(result.missing.map((s) => s.id)).toEqual(['python', 'java']);
  });

  it('keeps both mentions of a skill named twice for the panel, and counts it once', () => {
    const result = matchProfile([mention('sql'), mention('aws', { requirement: 'preferred' }), mention('sql', { start: 40, end: 43 })], profile(['sql', 'working']), byId, { countSoftSkills: false });
    expect(result.matched.map((s) => s.start)).toEqual([0, 40]);
    expect(result.score).toMatchObject({ required: { have: 1, total: 1 }, preferred: { have: 0, total: 1 }, percent: 67 });
  });

  it('counts soft skills when the setting says so', () => {
    const result = matchProfile([mention('communication', { soft: true })], profile(['communication', 'strong']), byId, { countSoftSkills: true });
    expect(result.score).toMatchObject({ required: { have: 1, total: 1 }, percent: 100 });
  });

  it('scores a posting that names no skill 100 with nothing counted', () => {
    const result = matchProfile([mention('communication', { soft: true })], profile(), byId, { countSoftSkills: false });
    expect(result.score).toEqual({ required: { have: 0, total: 0 }, preferred: { have: 0, total: 0 }, other: { have: 0, total: 0 }, percent: 100, missing: [] });
  });
});
