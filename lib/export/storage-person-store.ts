import { readProfile, readSettings, profileStorage, settingsStorage } from '@/lib/storage/items';
import { goalsStorage, planStorage, readGoals, readPlan } from '@/lib/storage/goals-storage';
import { goalsStateSchema } from '@/lib/model/goal';
import { planSchema } from '@/lib/model/plan';
import { profileSchema } from '@/lib/model/profile';
import { settingsSchema } from '@/lib/model/settings';
import { overlayPrefsStorage, stoplistStorage } from '@/lib/storage/overlay-storage';
import type { PersonStore } from './person-store';

/** The profile, settings, goals and plan in the extension's storage items; a write that is not valid rejects and stores nothing. */
export const storagePersonStore: PersonStore = {
  readProfile,
  readSettings,
  readGoals,
  readPlan,
  writeProfile: async (p) => profileStorage.setValue(profileSchema.parse(p)),
  writeSettings: async (s) => settingsStorage.setValue(settingsSchema.parse(s)),
  writeGoals: async (g) => goalsStorage.setValue(goalsStateSchema.parse(g)),
  writePlan: async (p) => planStorage.setValue(planSchema.parse(p)),
  erasePagePreferences: async () => {
    await Promise.all([overlayPrefsStorage.removeValue(), stoplistStorage.removeValue()]);
  },
};
