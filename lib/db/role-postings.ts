import type { RolePosting } from '@/lib/goals/role-profile';
import type { SkillGapDatabase } from './database';

/** Saved and viewed postings as role postings, for goals; each key once, the saved record winning. */
export async function loadRolePostings(db: SkillGapDatabase): Promise<RolePosting[]> {
  const [saved, seen] = await Promise.all([db.watchlist.toArray(), db.seen.toArray()]);
  const out = new Map<string, RolePosting>();
  for (const p of seen) out.set(p.key, { key: p.key, title: p.title, company: p.company, url: p.url, skills: p.skills, saved: false });
  for (const p of saved) out.set(p.key, { key: p.key, title: p.title, company: p.company, url: p.url, skills: p.skills, saved: true });
  return [...out.values()];
}
