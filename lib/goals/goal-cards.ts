import type { Goal } from '@/lib/model/goal';
import type { Profile } from '@/lib/model/profile';
import type { Settings } from '@/lib/model/settings';
import type { Skill } from '@/lib/model/skill';
import { scorePosting, type PostingScore } from '@/lib/match/posting-score';
import { buildRoleProfile, goalCoverage, postingsForGoal, type GoalCoverage, type RolePosting, type RoleProfile } from './role-profile';

/** What the Goals view shows of one goal: its role profile, the person's coverage, and its postings scored. */
export interface GoalCardData {
  goal: Goal;
  roleProfile: RoleProfile;
  coverage: GoalCoverage;
  /** The postings whose titles match the goal, saved ones first, then best match, then by title. */
  postings: { posting: RolePosting; score: PostingScore }[];
}

/** The postings of a goal scored with the one match score (lib/match), in the order the Goals view lists them. */
export function goalPostings(goal: Goal, postings: readonly RolePosting[], profile: Profile, byId: ReadonlyMap<string, Skill>, settings: Pick<Settings, 'countSoftSkills'>): GoalCardData['postings'] {
  return postingsForGoal(goal, postings)
    .map((posting) => ({ posting, score: scorePosting(posting.skills, profile, byId, settings) }))
    .sort((a, b) => Number(b.posting.saved) - Number(a.posting.saved) || b.score.percent - a.score.percent || a.posting.title.localeCompare(b.posting.title));
}

/** Every goal's card from the person's postings. */
export function goalCards(goals: readonly Goal[], postings: readonly RolePosting[], profile: Profile, byId: ReadonlyMap<string, Skill>, settings: Pick<Settings, 'countSoftSkills'>): GoalCardData[] {
  return goals.map((goal) => {
    const roleProfile = buildRoleProfile(goal, postings);
    return { goal, roleProfile, coverage: goalCoverage(roleProfile, profile, byId), postings: goalPostings(goal, postings, profile, byId, settings) };
  });
}
