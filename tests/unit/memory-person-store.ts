import type { PersonStore } from '@/lib/export/person-store';
import { EMPTY_GOALS, type GoalsState } from '@/lib/model/goal';
import { EMPTY_PLAN, type Plan } from '@/lib/model/plan';
import type { Profile } from '@/lib/model/profile';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/model/settings';

/** What a memory store holds, open to the test. */
export interface MemoryPerson {
  profile: Profile;
  settings: Settings;
  goals: GoalsState;
  plan: Plan;
}

/**
 * A person's profile, settings, goals and plan kept in memory, as the storage items keep them in the
 * extension. `writes` counts the writes, so a test can show an import that failed wrote nothing.
 */
export function memoryStore(profile: Profile = { skills: [] }, settings: Settings = DEFAULT_SETTINGS, more: Partial<Pick<MemoryPerson, 'goals' | 'plan'>> = {}): PersonStore & MemoryPerson & { writes: number } {
  const s = {
    profile,
    settings,
    goals: more.goals ?? EMPTY_GOALS,
    plan: more.plan ?? EMPTY_PLAN,
    writes: 0,
    readProfile: async () => s.profile,
    writeProfile: async (p: Profile) => void ((s.profile = p), s.writes++),
    readSettings: async () => s.settings,
    writeSettings: async (v: Settings) => void ((s.settings = v), s.writes++),
    readGoals: async () => s.goals,
    writeGoals: async (g: GoalsState) => void ((s.goals = g), s.writes++),
    readPlan: async () => s.plan,
    writePlan: async (p: Plan) => void ((s.plan = p), s.writes++),
    pagePreferencesErased: false,
    erasePagePreferences: async () => void ((s.pagePreferencesErased = true), s.writes++),
  };
  return s;
}
