import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerProfileSync } from '@/lib/background/profile-sync-worker';
import { DEFAULT_SETTINGS } from '@/lib/model/settings';
import { decodeProfileFromSync, encodeProfileForSync, SYNC_KEY } from '@/lib/profile/profile-sync';
import { profileStorage, settingsStorage } from '@/lib/storage/items';
import { syncStatusStorage } from '@/lib/storage/sync-status-storage';

const clock = () => new Date(Date.UTC(2026, 10, 26, 12));
const IN_SYNC = `In sync (${clock().toLocaleTimeString()}).`;
const synced = async () => decodeProfileFromSync(await fakeBrowser.storage.sync.get(null))?.profile.skills.map((s) => [s.id, s.level]);

describe('profile sync, run by the background', () => {
  it('does nothing while the setting is off, and pushes the profile as soon as it is turned on', async () => {
    await profileStorage.setValue({ skills: [{ id: 'python', level: 'strong', updatedAt: 10 }] });
    await registerProfileSync(clock);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await syncStatusStorage.getValue()).toBe('');

    await settingsStorage.setValue({ ...DEFAULT_SETTINGS, syncProfile: true });
    await vi.waitFor(async () => expect(await synced()).toEqual([['python', 'strong']]));
    await vi.waitFor(async () => expect(await syncStatusStorage.getValue()).toBe(IN_SYNC));
  });

  it('pushes each change of the profile made here, with no view open', async () => {
    await settingsStorage.setValue({ ...DEFAULT_SETTINGS, syncProfile: true });
    await profileStorage.setValue({ skills: [{ id: 'python', level: 'strong', updatedAt: 10 }] });
    await registerProfileSync(clock);
    expect(await synced()).toEqual([['python', 'strong']]);
    await profileStorage.setValue({ skills: [{ id: 'python', level: 'strong', updatedAt: 10 }, { id: 'sql', level: 'working', updatedAt: 20 }] });
    await vi.waitFor(async () => expect(await synced()).toEqual([['python', 'strong'], ['sql', 'working']]));
  });

  it('pulls a newer profile from another browser when it arrives, keeping when learning started here', async () => {
    await settingsStorage.setValue({ ...DEFAULT_SETTINGS, syncProfile: true });
    await profileStorage.setValue({ skills: [{ id: 'aws', level: 'learning', updatedAt: 10, startedAt: 3 }] });
    await registerProfileSync(clock);
    const other = encodeProfileForSync({ skills: [{ id: 'aws', level: 'working', updatedAt: 50 }, { id: 'go', level: 'strong', updatedAt: 50 }] }, 50);
    if (!other.ok) throw new Error(other.message);
    await fakeBrowser.storage.sync.set(other.items);
    await vi.waitFor(async () => expect((await profileStorage.getValue()).skills).toEqual([
      { id: 'aws', level: 'working', updatedAt: 50, startedAt: 3 },
      { id: 'go', level: 'strong', updatedAt: 50 },
    ]));
    // The pull's own change of the profile settles: sync storage keeps the other browser's write.
    await vi.waitFor(async () => expect(await syncStatusStorage.getValue()).toBe(IN_SYNC));
    expect((await fakeBrowser.storage.sync.get(SYNC_KEY))[SYNC_KEY]).toEqual({ parts: 1, updatedAt: 50 });
  });

  it('says why when the profile is too large for sync storage', async () => {
    await settingsStorage.setValue({ ...DEFAULT_SETTINGS, syncProfile: true });
    await profileStorage.setValue({ skills: Array.from({ length: 5000 }, (_, i) => ({ id: `skill-number-${i}`, level: 'expert' as const, updatedAt: 1, years: 12 })) });
    await registerProfileSync(clock);
    expect(await syncStatusStorage.getValue()).toMatch(/^The profile is too large for the browser’s sync storage/);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});
