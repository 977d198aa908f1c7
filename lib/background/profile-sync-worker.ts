import { browser } from '#imports';
import { profileSchema } from '@/lib/model/profile';
import { SYNC_KEY, syncStep } from '@/lib/profile/profile-sync';
import { profileStorage, readProfile, readSettings, settingsStorage } from '@/lib/storage/items';
import { syncStatusStorage } from '@/lib/storage/sync-status-storage';

/**
 * Brings the profile and the browser's sync storage together once, when the setting is on: the side changed
 * last wins (see `syncStep`). Writes the outcome to `syncStatusStorage`, which the dashboard shows.
 */
export async function syncProfileOnce(clock: () => Date = () => new Date()): Promise<void> {
  if (!(await readSettings()).syncProfile) return;
  try {
    const step = syncStep(await readProfile(), await browser.storage.sync.get(null));
    if (step.kind === 'pull') await profileStorage.setValue(profileSchema.parse(step.profile));
    else if (step.kind === 'push') {
      await browser.storage.sync.set(step.items);
      if (step.remove.length) await browser.storage.sync.remove(step.remove);
    }
    await syncStatusStorage.setValue(step.kind === 'error' ? step.message : `In sync (${clock().toLocaleTimeString()}).`);
  } catch (err) {
    await syncStatusStorage.setValue(`Sync failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * Has the background keep the profile synced, whether or not a view is open: when the worker starts, when
 * the profile changes here, when another browser's profile arrives in sync storage, and when the setting is
 * turned on. Runs one sync at a time (a pull changes the profile, whose change asks for one more, which then
 * finds both sides equal). Call once, synchronously, when the service worker starts, so the listeners are in
 * place before the browser delivers the storage change that woke it.
 */
export function registerProfileSync(clock?: () => Date): Promise<void> {
  let queue = Promise.resolve();
  const run = () => (queue = queue.then(() => syncProfileOnce(clock)));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && SYNC_KEY in changes) void run();
  });
  profileStorage.watch(() => void run());
  settingsStorage.watch((next, previous) => {
    if (next.syncProfile && !previous?.syncProfile) void run();
  });
  return run();
}
