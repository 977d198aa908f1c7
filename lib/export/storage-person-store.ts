import { readProfile, readSettings, profileStorage, settingsStorage } from '@/lib/storage/items';
import { profileSchema } from '@/lib/profile/profile';
import { settingsSchema } from '@/lib/profile/settings';
import type { PersonStore } from './person-store';

/** The profile and settings in the extension's storage items. */
export const storagePersonStore: PersonStore = {
  readProfile,
  readSettings,
  writeProfile: (p) => profileStorage.setValue(profileSchema.parse(p)),
  writeSettings: (s) => settingsStorage.setValue(settingsSchema.parse(s)),
};
