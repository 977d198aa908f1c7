import { describe, expect, it } from 'vitest';
import { decodeProfileFromSync, encodeProfileForSync, SYNC_CHUNK, SYNC_KEY, syncStep } from '@/lib/profile/profile-sync';
import type { Profile } from '@/lib/model/profile';

const profile = (at: number, ...skills: [string, Profile['skills'][number]['level'], number?][]): Profile => ({
  skills: skills.map(([id, level, years]) => ({ id, level, updatedAt: at, ...(years !== undefined ? { years } : {}) })),
});

describe('profile sync', () => {
  it('writes the profile compactly and reads it back', () => {
    const encoded = encodeProfileForSync(profile(5, ['python', 'strong', 4], ['sql', 'working']), 5);
    expect(encoded).toEqual({ ok: true, items: { [SYNC_KEY]: { parts: 1, updatedAt: 5 }, [`${SYNC_KEY}:0`]: 'python:s:4,sql:w' } });
    expect(decodeProfileFromSync((encoded as { items: Record<string, unknown> }).items)).toEqual({ profile: profile(5, ['python', 'strong', 4], ['sql', 'working']), updatedAt: 5 });
  });

  it('splits a large profile over items that each fit the per-item quota, and refuses one too large for the total', () => {
    const many = profile(1, ...Array.from({ length: 800 }, (_, i) => [`skill-number-${i}`, 'expert', 12] as [string, 'expert', number]));
    const { items } = encodeProfileForSync(many, 1) as { items: Record<string, string | object> };
    const parts = (items[SYNC_KEY] as { parts: number }).parts;
    expect(parts).toBeGreaterThan(1);
    for (let i = 0; i < parts; i++) expect((items[`${SYNC_KEY}:${i}`] as string).length).toBeLessThanOrEqual(SYNC_CHUNK);
    expect(decodeProfileFromSync(items)?.profile.skills).toHaveLength(800);
    const huge = profile(1, ...Array.from({ length: 5000 }, (_, i) => [`skill-number-${i}`, 'expert', 12] as [string, 'expert', number]));
    expect(encodeProfileForSync(huge, 1)).toMatchObject({ ok: false, message: expect.stringMatching(/^The profile is too large for the browser’s sync storage/) });
  });

  it('lets the side changed last win, keeping when learning started, and settles without a loop', () => {
    const local = { skills: [{ id: 'aws', level: 'learning' as const, updatedAt: 10, startedAt: 3 }] };
    // Nothing synced yet: push, stamped with the local change time.
    const push = syncStep(local, {});
    expect(push).toEqual({ kind: 'push', items: { [SYNC_KEY]: { parts: 1, updatedAt: 10 }, [`${SYNC_KEY}:0`]: 'aws:l' }, remove: [] });
    // Its own change event comes back: same time, nothing to do.
    expect(syncStep(local, (push as { items: Record<string, unknown> }).items)).toEqual({ kind: 'none' });
    // Another browser learned it since: pull, keeping when learning started here.
    const remote = encodeProfileForSync(profile(20, ['aws', 'working'], ['go', 'strong']), 20) as { items: Record<string, unknown> };
    expect(syncStep(local, remote.items)).toEqual({ kind: 'pull', profile: { skills: [{ id: 'aws', level: 'working', updatedAt: 20, startedAt: 3 }, { id: 'go', level: 'strong', updatedAt: 20 }] } });
    // A local change after that: push, and remove the parts a longer earlier write left.
    const later = profile(30, ['aws', 'expert']);
    expect(syncStep(later, { ...remote.items, [SYNC_KEY]: { parts: 3, updatedAt: 20 } })).toMatchObject({ kind: 'push', remove: [`${SYNC_KEY}:1`, `${SYNC_KEY}:2`] });
  });

  it('ignores an incomplete synced profile', () => {
    expect(decodeProfileFromSync({ [SYNC_KEY]: { parts: 2, updatedAt: 1 }, [`${SYNC_KEY}:0`]: 'go:w' })).toBeUndefined();
  });
});
