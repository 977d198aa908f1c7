import { browser } from '#imports';
import { useEffect } from 'react';
import { profileSchema } from '@/lib/model/profile';
import { SYNC_KEY, syncStep } from '@/lib/profile/profile-sync';
import { profileStorage } from '@/lib/storage/items';
import { usePopupStore } from './popup-store';
import { useSkillGap } from './skillgap-context';

/**
 * While the popup or dashboard is open and the setting is on, keeps the profile and the browser's sync
 * storage together: the side changed last wins. Its state is shown in the dashboard's settings.
 */
export function useProfileSync(): void {
  const { profile, settings } = useSkillGap();
  const setStatus = usePopupStore((s) => s.setSyncStatus);
  useEffect(() => {
    if (!settings.syncProfile) return;
    let alive = true;
    const run = async () => {
      try {
        const step = syncStep(profile, await browser.storage.sync.get(null));
        if (!alive) return;
        if (step.kind === 'pull') await profileStorage.setValue(profileSchema.parse(step.profile));
        else if (step.kind === 'push') {
          await browser.storage.sync.set(step.items);
          if (step.remove.length) await browser.storage.sync.remove(step.remove);
        }
        if (step.kind === 'error') setStatus(step.message);
        else setStatus(`In sync (${new Date().toLocaleTimeString()}).`);
      } catch (err) {
        setStatus(`Sync failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    };
    void run();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'sync' && SYNC_KEY in changes) void run();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [profile, settings.syncProfile, setStatus]);
}
