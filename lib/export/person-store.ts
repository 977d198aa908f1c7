import type { Profile } from '@/lib/profile/profile';
import type { Settings } from '@/lib/profile/settings';

/** Where the profile and settings live (storage items in the extension; plain objects in tests). */
export interface PersonStore {
  readProfile(): Promise<Profile>;
  writeProfile(profile: Profile): Promise<void>;
  readSettings(): Promise<Settings>;
  writeSettings(settings: Settings): Promise<void>;
}
