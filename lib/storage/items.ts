import { storage } from '#imports';
import { EMPTY_PROFILE, profileSchema, type Profile } from '@/lib/model/profile';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '@/lib/model/settings';

/** The person's skill profile; content scripts read it and follow its changes. */
export const profileStorage = storage.defineItem<Profile>('local:profile', { fallback: EMPTY_PROFILE, version: 1 });

/** The person's settings (threshold, soft skills). */
export const settingsStorage = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

/**
 * A stored value read back through its schema: a value that no longer parses (hand-edited, or written by
 * a buggy version) is reported and the fallback used, and the stored value is left as it is.
 */
export function parseStored<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { message: string } } }, value: unknown, fallback: T, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  console.warn(`SkillGap: the stored ${what} is not valid and was ignored: ${parsed.error.message}`);
  return fallback;
}

/** The profile, validated. */
export async function readProfile(): Promise<Profile> {
  return parseStored(profileSchema, await profileStorage.getValue(), EMPTY_PROFILE, 'profile');
}

/** The settings, validated. */
export async function readSettings(): Promise<Settings> {
  return parseStored(settingsSchema, await settingsStorage.getValue(), DEFAULT_SETTINGS, 'settings');
}
