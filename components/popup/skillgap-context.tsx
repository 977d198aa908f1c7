import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SkillGapDatabase } from '@/lib/db/database';
import { EMPTY_PROFILE, profileSchema, type Profile } from '@/lib/model/profile';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '@/lib/model/settings';
import { parseStored, profileStorage, settingsStorage } from '@/lib/storage/items';
import type { Skill, TaxonomyData } from '@/lib/model/skill';
import { failureSentence, isStorageFull, STORAGE_FULL_SENTENCE } from '@/lib/storage/storage-failure';
import { usePopupStore } from './popup-store';
import { useStoredValue } from './use-stored-value';

/** What every tab and section of the popup and dashboard works with. */
export interface SkillGapData {
  /**
   * The taxonomy. Under a provider with `deferLoading` it can be read only once `loadForTabs()` has
   * resolved (the popup's first tab names skills through `nameOf` and loads the taxonomy after showing).
   */
  taxonomy: TaxonomyData;
  /** The taxonomy's skills by id, with the same proviso as `taxonomy`. */
  byId: ReadonlyMap<string, Skill>;
  /** The database, with the same proviso as `taxonomy`. */
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

// What the popup's first tab does without, each in its own chunk and loaded once per page: the taxonomy
// (some 460 KB of skill lines), the database (Dexie), and the skill names alone, which it does need.
let taxonomyCache: TaxonomyIndex | undefined;
let taxonomyLoad: Promise<TaxonomyIndex> | undefined;
let databaseCache: SkillGapDatabase | undefined;
let databaseLoad: Promise<SkillGapDatabase> | undefined;
let namesCache: ((id: string) => string | undefined) | undefined;
let namesLoad: Promise<unknown> | undefined;

/** Loads the taxonomy and indexes it; the text matcher is compiled only when needed. */
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

function loadDatabase(): Promise<SkillGapDatabase> {
  return (databaseLoad ??= import('@/lib/db/database').then(({ database }) => (databaseCache = database())));
}

/** Loads the skill names a `deferLoading` provider waits for; the popup starts it before rendering. */
export function loadSkillNames(): Promise<unknown> {
  return (namesLoad ??= import('@/lib/taxonomy/skill-name').then(({ skillNameOf }) => (namesCache = skillNameOf)));
}

/** Loads what a `deferLoading` provider's children must wait for before reading `taxonomy`, `byId` or `db`. */
export function loadForTabs(): Promise<void> {
  return Promise.all([loadTaxonomyIndex(), loadDatabase()]).then(() => undefined);
}

function notLoaded(what: string): never {
  throw new Error(`The ${what} is not loaded yet: wait for loadForTabs()`);
}

const parseProfile = (v: unknown) => parseStored(profileSchema, v, EMPTY_PROFILE, 'profile');
const parseSettings = (v: unknown) => parseStored(settingsSchema, v, DEFAULT_SETTINGS, 'settings');

/**
 * Loads the profile, settings, taxonomy and database (following changes to the first two) and provides
 * them to its children. With `deferLoading` the children show as soon as the profile, the settings and the
 * skill names are in, and must wait for `loadForTabs()` before reading `taxonomy`, `byId` or `db` (the
 * popup's first tab does without them, and opens faster for it).
 */
export function SkillGapProvider({ children, db: dbProp, deferLoading = false }: { children: ReactNode; db?: SkillGapDatabase; deferLoading?: boolean }) {
  const [ready, setReady] = useState(() => (deferLoading ? !!namesCache : !!taxonomyCache && !!(dbProp ?? databaseCache)));
  useEffect(() => {
    if (ready) return;
    let alive = true;
    void Promise.all(deferLoading ? [loadSkillNames()] : [loadTaxonomyIndex(), dbProp ?? loadDatabase()]).then(() => alive && setReady(true));
    return () => {
      alive = false;
    };
  }, [ready, deferLoading, dbProp]);
  const profile = useStoredValue(profileStorage, parseProfile);
  const settings = useStoredValue(settingsStorage, parseSettings);
  const setLastChange = usePopupStore((s) => s.setLastChange);
  const saveProfile = useCallback(
    async (next: Profile, label: string) => {
      await reportingFailure(async () => {
        const before = parseProfile(await profileStorage.getValue());
        await profileStorage.setValue(profileSchema.parse(next));
        setLastChange({ label, before });
      });
    },
    [setLastChange],
  );
  const saveSettings = useCallback(async (next: Settings) => {
    await reportingFailure(() => settingsStorage.setValue(settingsSchema.parse(next)));
  }, []);
  // Names come from the parsed taxonomy once something has parsed it, else from the skill's line alone.
  const nameOf = useCallback((id: string) => (taxonomyCache ? taxonomyCache.byId.get(id)?.name : namesCache?.(id)) ?? id, []);
  const value = useMemo<SkillGapData | null>(
    () =>
      profile && settings && ready
        ? {
            get taxonomy() {
              return (taxonomyCache ?? notLoaded('taxonomy')).taxonomy;
            },
            get byId() {
              return (taxonomyCache ?? notLoaded('taxonomy')).byId;
            },
            get db() {
              return dbProp ?? databaseCache ?? notLoaded('database');
            },
            profile,
            settings,
            saveProfile,
            saveSettings,
            nameOf,
          }
        : null,
    [dbProp, profile, settings, ready, saveProfile, saveSettings, nameOf],
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
  await reportingFailure(async () => {
    await profileStorage.setValue(change.before);
    usePopupStore.getState().setLastChange(null);
  });
}

/**
 * Runs a save; if it fails, the popup and dashboard say why (SaveErrorLine) instead of the change silently
 * not happening. The stored value is as it was: storage writes are whole or not at all.
 */
async function reportingFailure(save: () => Promise<unknown>): Promise<void> {
  try {
    await save();
    usePopupStore.getState().setSaveError('');
  } catch (err) {
    usePopupStore.getState().setSaveError(isStorageFull(err) ? STORAGE_FULL_SENTENCE : `Your change was not saved: ${failureSentence(err)}`);
  }
}
