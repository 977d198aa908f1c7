import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { database, type SkillGapDatabase } from '@/lib/db/database';
import { EMPTY_PROFILE, profileSchema, type Profile } from '@/lib/profile/profile';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '@/lib/profile/settings';
import { parseStored, profileStorage, settingsStorage } from '@/lib/storage/items';
import { skillNameOf } from '@/lib/taxonomy/skill-name';
import type { Skill, TaxonomyData } from '@/lib/taxonomy/types';
import { usePopupStore } from './popup-store';
import { useStoredValue } from './use-stored-value';

/** What every tab and section of the popup and dashboard works with. */
export interface SkillGapData {
  /**
   * The taxonomy. Under a provider with `deferTaxonomy` it can be read only once `loadTaxonomyIndex()` has
   * resolved (the popup's first tab names skills through `nameOf` and loads it after showing itself).
   */
  taxonomy: TaxonomyData;
  /** The taxonomy's skills by id, with the same proviso as `taxonomy`. */
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

/** The taxonomy and its skills by id. */
export interface TaxonomyIndex {
  taxonomy: TaxonomyData;
  byId: ReadonlyMap<string, Skill>;
}

let taxonomyCache: TaxonomyIndex | undefined;
let taxonomyLoad: Promise<TaxonomyIndex> | undefined;
/**
 * Loads the taxonomy (its own chunk: some 460 KB of skill lines) and indexes it, once per page; the text
 * matcher is compiled only when needed.
 */
export function loadTaxonomyIndex(): Promise<TaxonomyIndex> {
  return (taxonomyLoad ??= import('@/lib/taxonomy/load-taxonomy').then(({ loadTaxonomy }) => {
    const taxonomy = loadTaxonomy();
    return (taxonomyCache = { taxonomy, byId: new Map(taxonomy.skills.map((s) => [s.id, s])) });
  }));
}

/** The taxonomy index once `loadTaxonomyIndex()` has resolved, else undefined. */
export function loadedTaxonomyIndex(): TaxonomyIndex | undefined {
  return taxonomyCache;
}

function taxonomyIndex(): TaxonomyIndex {
  if (!taxonomyCache) throw new Error('The taxonomy is not loaded yet: wait for loadTaxonomyIndex()');
  return taxonomyCache;
}

const parseProfile = (v: unknown) => parseStored(profileSchema, v, EMPTY_PROFILE, 'profile');
const parseSettings = (v: unknown) => parseStored(settingsSchema, v, DEFAULT_SETTINGS, 'settings');

/**
 * Loads the profile, settings and taxonomy (following changes to the first two) and provides them to its
 * children. With `deferTaxonomy` the children show without waiting for the taxonomy, and must load it
 * themselves before reading `taxonomy` or `byId` (the popup does, to open faster).
 */
export function SkillGapProvider({ children, db = database(), deferTaxonomy = false }: { children: ReactNode; db?: SkillGapDatabase; deferTaxonomy?: boolean }) {
  const [taxonomyReady, setTaxonomyReady] = useState(() => deferTaxonomy || !!taxonomyCache);
  useEffect(() => {
    if (taxonomyReady) return;
    let alive = true;
    void loadTaxonomyIndex().then(() => alive && setTaxonomyReady(true));
    return () => {
      alive = false;
    };
  }, [taxonomyReady]);
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
  // Names come from the parsed taxonomy once something has parsed it, else from the skill's line alone.
  const nameOf = useCallback((id: string) => (taxonomyCache ? taxonomyCache.byId.get(id)?.name : skillNameOf(id)) ?? id, []);
  const value = useMemo<SkillGapData | null>(
    () =>
      profile && settings && taxonomyReady
        ? {
            get taxonomy() {
              return taxonomyIndex().taxonomy;
            },
            get byId() {
              return taxonomyIndex().byId;
            },
            db,
            profile,
            settings,
            saveProfile,
            saveSettings,
            nameOf,
          }
        : null,
    [db, profile, settings, taxonomyReady, saveProfile, saveSettings, nameOf],
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
