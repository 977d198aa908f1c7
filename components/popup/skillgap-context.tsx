import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { database, type SkillGapDatabase } from '@/lib/db/database';
import { EMPTY_PROFILE, profileSchema, type Profile } from '@/lib/profile/profile';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '@/lib/profile/settings';
import { parseStored, profileStorage, settingsStorage } from '@/lib/storage/items';
import { loadTaxonomy } from '@/lib/taxonomy/load-taxonomy';
import type { Skill, TaxonomyData } from '@/lib/taxonomy/types';
import { usePopupStore } from './popup-store';
import { useStoredValue } from './use-stored-value';

/** What every tab and section of the popup and dashboard works with. */
export interface SkillGapData {
  taxonomy: TaxonomyData;
  byId: ReadonlyMap<string, Skill>;
  db: SkillGapDatabase;
  profile: Profile;
  settings: Settings;
  /** Writes the profile; `label` names the change for the undo bar ("Added Python"). */
  saveProfile(next: Profile, label: string): Promise<void>;
  saveSettings(next: Settings): Promise<void>;
  /** A skill's display name, or its id when the taxonomy no longer has it. */
  nameOf(id: string): string;
}

const Context = createContext<SkillGapData | null>(null);

let taxonomyCache: { taxonomy: TaxonomyData; byId: Map<string, Skill> } | undefined;
/** The taxonomy and an id index, built once per page; the text matcher is compiled only when needed. */
export function taxonomyIndex() {
  if (!taxonomyCache) {
    const taxonomy = loadTaxonomy();
    taxonomyCache = { taxonomy, byId: new Map(taxonomy.skills.map((s) => [s.id, s])) };
  }
  return taxonomyCache;
}

const parseProfile = (v: unknown) => parseStored(profileSchema, v, EMPTY_PROFILE, 'profile');
const parseSettings = (v: unknown) => parseStored(settingsSchema, v, DEFAULT_SETTINGS, 'settings');

/** Loads the profile and settings (following their changes) and provides them to its children. */
export function SkillGapProvider({ children, db = database() }: { children: ReactNode; db?: SkillGapDatabase }) {
  const { taxonomy, byId } = taxonomyIndex();
  const profile = useStoredValue(profileStorage, parseProfile);
  const settings = useStoredValue(settingsStorage, parseSettings);
  const setLastChange = usePopupStore((s) => s.setLastChange);
  const saveProfile = useCallback(
    async (next: Profile, label: string) => {
      const before = parseProfile(await profileStorage.getValue());
      await profileStorage.setValue(profileSchema.parse(next));
      setLastChange({ label, before });
    },
    [setLastChange],
  );
  const saveSettings = useCallback(async (next: Settings) => {
    await settingsStorage.setValue(settingsSchema.parse(next));
  }, []);
  const nameOf = useCallback((id: string) => byId.get(id)?.name ?? id, [byId]);
  const value = useMemo(
    () => (profile && settings ? { taxonomy, byId, db, profile, settings, saveProfile, saveSettings, nameOf } : null),
    [taxonomy, byId, db, profile, settings, saveProfile, saveSettings, nameOf],
  );
  if (!value) return <p className="empty" role="status">Loading…</p>;
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The data of the nearest `SkillGapProvider`. */
export function useSkillGap(): SkillGapData {
  const value = useContext(Context);
  if (!value) throw new Error('useSkillGap must be used inside a SkillGapProvider');
  return value;
}

/** Undoes the last profile change by writing back the profile as it was before it. */
export async function undoLastChange(): Promise<void> {
  const change = usePopupStore.getState().lastChange;
  if (!change) return;
  await profileStorage.setValue(change.before);
  usePopupStore.getState().setLastChange(null);
}
