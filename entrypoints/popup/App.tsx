import { useCallback, useMemo } from 'react';
import { ProfileEditor } from '@/components/popup/ProfileEditor';
import { usePopupStore, type PopupTab } from '@/components/popup/popup-store';
import { useStoredValue } from '@/components/popup/use-stored-value';
import { WatchlistView } from '@/components/popup/WatchlistView';
import { database } from '@/lib/db/database';
import { watchlistRepo } from '@/lib/db/watchlist-repo';
import { EMPTY_PROFILE, profileSchema, type Profile } from '@/lib/profile/profile';
import { DEFAULT_SETTINGS, settingsSchema } from '@/lib/profile/settings';
import { sharedMatcher } from '@/lib/skills/skill-engine';
import { parseStored, profileStorage, settingsStorage } from '@/lib/storage/items';

const TABS: { id: PopupTab; label: string }[] = [
  { id: 'profile', label: 'Profile' },
  { id: 'watchlist', label: 'Watchlist' },
];

/** The popup: the profile editor and the watchlist. */
export function App() {
  const tab = usePopupStore((s) => s.tab);
  const setTab = usePopupStore((s) => s.setTab);
  const { taxonomy, byId } = sharedMatcher();
  const repo = useMemo(() => watchlistRepo(database()), []);
  const parseProfile = useCallback((v: unknown) => parseStored(profileSchema, v, EMPTY_PROFILE, 'profile'), []);
  const parseSettings = useCallback((v: unknown) => parseStored(settingsSchema, v, DEFAULT_SETTINGS, 'settings'), []);
  const profile = useStoredValue(profileStorage, parseProfile);
  const settings = useStoredValue(settingsStorage, parseSettings);
  const saveProfile = (next: Profile) => void profileStorage.setValue(profileSchema.parse(next));

  return (
    <main className="popup">
      <header>
        <h1>SkillGap</h1>
        <nav role="tablist" aria-label="SkillGap sections">
          {TABS.map((t) => (
            <button
              key={t.id}
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`panel-${t.id}`}
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </nav>
      </header>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {!profile || !settings ? (
          <p className="empty">Loading…</p>
        ) : tab === 'profile' ? (
          <ProfileEditor taxonomy={taxonomy} byId={byId} profile={profile} onChange={saveProfile} />
        ) : (
          <WatchlistView repo={repo} profile={profile} settings={settings} byId={byId} />
        )}
      </div>
    </main>
  );
}
