import type { SkillGapDatabase } from '@/lib/db/database';
import { EMPTY_GOALS } from '@/lib/model/goal';
import { EMPTY_PLAN } from '@/lib/model/plan';
import { EMPTY_PROFILE } from '@/lib/model/profile';
import { DEFAULT_SETTINGS } from '@/lib/model/settings';
import type { PersonStore } from './person-store';

/**
 * Erases the person's data: every table (backups included), the profile, the settings, the goals and the
 * plan, and what they set on job pages (sites where the badge is hidden, words marked "not a skill here").
 */
export async function eraseEverything(db: SkillGapDatabase, store: PersonStore): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
  });
  await store.writeProfile(EMPTY_PROFILE);
  await store.writeSettings(DEFAULT_SETTINGS);
  await store.writeGoals(EMPTY_GOALS);
  await store.writePlan(EMPTY_PLAN);
  await store.erasePagePreferences();
}
