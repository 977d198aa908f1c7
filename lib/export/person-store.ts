import type { GoalsState } from '@/lib/model/goal';
import type { Plan } from '@/lib/model/plan';
import type { Profile } from '@/lib/model/profile';
import type { Settings } from '@/lib/model/settings';

/**
 * Where the person's small stored values live: profile, settings, career goals and learning plan (storage
 * items in the extension; plain objects in tests).
 */
export interface PersonStore {
  readProfile(): Promise<Profile>;
  writeProfile(profile: Profile): Promise<void>;
  readSettings(): Promise<Settings>;
  writeSettings(settings: Settings): Promise<void>;
  readGoals(): Promise<GoalsState>;
  writeGoals(goals: GoalsState): Promise<void>;
  readPlan(): Promise<Plan>;
  writePlan(plan: Plan): Promise<void>;
  /** Forgets what the person set on job pages: the overlay's preferences and the words marked "not a skill here". */
  erasePagePreferences(): Promise<void>;
}
