import type { SkillGapDatabase } from '@/lib/db/database';
import { WATCHLIST_SUBJECT } from '@/lib/db/progress-repo';
import { loadGoalPostings } from '@/lib/db/goal-source';
import { loadPreparedPostings } from '@/lib/db/suggestion-source';
import { goalReadings } from '@/lib/goals/progress';
import { buildRoleProfile, type RoleProfile } from '@/lib/goals/role-profile';
import { suggestFromPrepared } from '@/lib/match/suggest-next-skills';
import type { Goal } from '@/lib/model/goal';
import type { Profile } from '@/lib/model/profile';
import type { Settings } from '@/lib/model/settings';
import type { Skill } from '@/lib/model/skill';
import { sharedMatcher } from '@/lib/skills/skill-engine';
import { readGoals } from '@/lib/storage/goals-storage';
import { readProfile, readSettings } from '@/lib/storage/items';

/** One value to record in this week's progress snapshot. */
export interface ProgressReading {
  subject: string;
  value: number;
}

/** What the readings are computed from: the person's data as the views read it. */
export interface ProgressInputs {
  db: SkillGapDatabase;
  profile: Profile;
  settings: Settings;
  goals: readonly Goal[];
  byId: ReadonlyMap<string, Skill>;
  now: number;
}

/**
 * The readings the progress chart shows for now: the saved postings' mean match (the figure Learn next
 * shows; none while nothing is saved) and each goal's coverage (the figure Goals shows). Computed the way
 * those views compute them, so the background's snapshot and the view agree.
 */
export async function progressReadings({ db, profile, settings, goals, byId, now }: ProgressInputs): Promise<ProgressReading[]> {
  const [prepared, postings] = await Promise.all([loadPreparedPostings(db, settings.recentWindowDays, settings.countSoftSkills, now), loadGoalPostings(db)]);
  const out: ProgressReading[] = [];
  const report = suggestFromPrepared(prepared, profile, byId, settings);
  if (report.considered.saved > 0) out.push({ subject: WATCHLIST_SUBJECT, value: report.saved.meanPercent });
  const roleProfiles = new Map<string, RoleProfile>(goals.map((g) => [g.id, buildRoleProfile(g, postings)]));
  out.push(...goalReadings(goals, roleProfiles, profile, byId));
  return out;
}

/** The readings for now, from the stored profile, settings and goals and the shipped taxonomy. */
export async function currentProgressReadings(db: SkillGapDatabase, now = Date.now()): Promise<ProgressReading[]> {
  const [profile, settings, goals] = await Promise.all([readProfile(), readSettings(), readGoals()]);
  return progressReadings({ db, profile, settings, goals: goals.goals, byId: sharedMatcher().byId, now });
}
