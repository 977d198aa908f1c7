import { describe, expect, it } from 'vitest';
import { postingSnapshotSchema, savedPostingSchema } from '@/lib/model/posting';
import { parseRequest } from '@/lib/messaging/protocol';
import { profileSchema } from '@/lib/model/profile';
import { settingsSchema } from '@/lib/model/settings';
import { skillMentionSchema } from '@/lib/model/mention';

const snapshot = {
  key: 'greenhouse:4012345',
  url: 'https://boards.greenhouse.io/northwindlogistics/jobs/4012345',
  site: 'greenhouse',
  title: 'Senior Backend Engineer',
  company: 'Northwind Logistics',
  location: 'Chicago, IL',
  text: 'We need Python.',
  skills: [{ id: 'python', name: 'Python', category: 'lang', requirement: 'required', evidence: 'We need Python.' }],
};

describe('messages from content scripts', () => {
  it('accepts a well-formed save request', () => {
    const parsed = parseRequest({ type: 'watchlist:save', posting: snapshot });
    expect(parsed.ok).toBe(true);
  });

  it.each([
    ['an unknown type', { type: 'watchlist:drop', key: 'x' }, /refused message at type/],
    ['a missing key', { type: 'watchlist:has' }, /refused message at key/],
    ['a bad URL', { type: 'watchlist:save', posting: { ...snapshot, url: 'not a url' } }, /refused message at posting\.url/],
    ['a bad requirement', { type: 'watchlist:save', posting: { ...snapshot, skills: [{ ...snapshot.skills[0], requirement: 'maybe' }] } }, /posting\.skills\.0\.requirement/],
    ['a string', 'save please', /refused message/],
    ['null', null, /refused message/],
  ])('refuses %s with a sentence that says where', (_what, message, error) => {
    const parsed = parseRequest(message);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });

  it('refuses an oversized description rather than storing it', () => {
    const parsed = parseRequest({ type: 'watchlist:save', posting: { ...snapshot, text: 'x'.repeat(100_001) } });
    expect(parsed.ok).toBe(false);
  });
});

describe('stored shapes', () => {
  it('accepts a valid profile and rejects a skill listed twice', () => {
    const skill = { id: 'python', level: 'strong', updatedAt: 1 };
    expect(profileSchema.safeParse({ skills: [skill] }).success).toBe(true);
    const twice = profileSchema.safeParse({ skills: [skill, skill] });
    expect(twice.success).toBe(false);
    expect(twice.error?.issues[0]?.message).toBe('a skill is listed twice in the profile');
  });

  it.each([
    [{ skills: [{ id: 'Python!', level: 'strong', updatedAt: 1 }] }, 'skills.0.id'],
    [{ skills: [{ id: 'python', level: 'guru', updatedAt: 1 }] }, 'skills.0.level'],
    [{ skills: [{ id: 'python', level: 'strong', updatedAt: 1, years: -2 }] }, 'skills.0.years'],
    [{}, 'skills'],
  ])('rejects a bad profile %j at %s', (value, path) => {
    const parsed = profileSchema.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path.join('.')).toBe(path);
  });

  it('validates settings and saved postings', () => {
    expect(settingsSchema.safeParse({ threshold: 80, countSoftSkills: false }).success).toBe(true);
    expect(settingsSchema.safeParse({ threshold: 0, countSoftSkills: false }).success).toBe(false);
    const saved = { ...snapshot, savedAt: 1, status: 'saved', statusHistory: [{ status: 'saved', at: 1 }], notes: '' };
    expect(savedPostingSchema.safeParse(saved).success).toBe(true);
    expect(savedPostingSchema.safeParse({ ...saved, status: 'ghosted' }).success).toBe(false);
    expect(postingSnapshotSchema.safeParse({ ...snapshot, key: '' }).success).toBe(false);
  });

  it('validates a skill mention', () => {
    const mention = { id: 'go', name: 'Go', category: 'lang', requirement: 'required', text: 'Go', evidence: 'Go or Rust.', start: 0, end: 2 };
    expect(skillMentionSchema.safeParse(mention).success).toBe(true);
    expect(skillMentionSchema.safeParse({ ...mention, start: -1 }).success).toBe(false);
  });
});
