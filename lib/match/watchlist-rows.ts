import type { PostingStatus, SavedPosting } from '@/lib/model/posting';
import type { Profile } from '@/lib/model/profile';
import type { Settings } from '@/lib/model/settings';
import type { Skill } from '@/lib/model/skill';
import { coverageTest, postingSlots, scoreWith, type PostingScore } from './posting-score';

/** A saved posting scored against the current profile. */
export interface WatchlistRow {
  posting: SavedPosting;
  score: PostingScore;
  /** Skills missing when it was saved that the person has now; undefined when not known. */
  gapsClosed?: number;
  /** When its status last changed. */
  changedAt: number;
}

/** Scores every saved posting against the profile, and counts the gaps closed since each was saved. */
export function scoreWatchlist(postings: readonly SavedPosting[], profile: Profile, byId: ReadonlyMap<string, Skill>, settings: Pick<Settings, 'countSoftSkills'>): WatchlistRow[] {
  const covered = coverageTest(profile, byId);
  const thenTests = new Map<string, (id: string) => boolean>();
  return postings.map((posting) => {
    const slots = postingSlots(posting.skills, settings.countSoftSkills);
    const score = scoreWith(slots, covered);
    let gapsClosed: number | undefined;
    if (posting.profileAtSave) {
      const key = posting.profileAtSave.join(',');
      let then = thenTests.get(key);
      if (!then) {
        then = coverageTest({ skills: posting.profileAtSave.map((id) => ({ id, level: 'working' as const, updatedAt: 0 })) }, byId);
        thenTests.set(key, then);
      }
      const before = scoreWith(slots, then).missing;
      const now = new Set(score.missing);
      gapsClosed = before.filter((id) => !now.has(id)).length;
    }
    return { posting, score, ...(gapsClosed !== undefined ? { gapsClosed } : {}), changedAt: posting.statusHistory[posting.statusHistory.length - 1]?.at ?? posting.savedAt };
  });
}

/** How the watchlist is ordered and narrowed. */
export interface WatchlistQuery {
  sort: 'score' | 'saved' | 'changed' | 'company' | 'status';
  /** Descending for score and dates, ascending for names, unless reversed. */
  reverse?: boolean;
  status: PostingStatus | 'all' | 'open';
  /** Words matched against title, company and location. */
  text?: string;
}

const STATUS_ORDER: Record<PostingStatus, number> = { offer: 0, interviewing: 1, applied: 2, saved: 3, rejected: 4, archived: 5 };
const CLOSED: ReadonlySet<PostingStatus> = new Set(['rejected', 'archived']);

/** Sorts and filters scored rows; `open` leaves out rejected and archived postings. */
export function queryWatchlist(rows: readonly WatchlistRow[], q: WatchlistQuery): WatchlistRow[] {
  const words = (q.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const out = rows.filter((r) => {
    if (q.status === 'open' ? CLOSED.has(r.posting.status) : q.status !== 'all' && r.posting.status !== q.status) return false;
    if (!words.length) return true;
    const hay = `${r.posting.title} ${r.posting.company} ${r.posting.location}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
  const cmp: Record<WatchlistQuery['sort'], (a: WatchlistRow, b: WatchlistRow) => number> = {
    score: (a, b) => b.score.percent - a.score.percent || b.posting.savedAt - a.posting.savedAt,
    saved: (a, b) => b.posting.savedAt - a.posting.savedAt,
    changed: (a, b) => b.changedAt - a.changedAt,
    company: (a, b) => a.posting.company.localeCompare(b.posting.company) || a.posting.title.localeCompare(b.posting.title),
    status: (a, b) => STATUS_ORDER[a.posting.status] - STATUS_ORDER[b.posting.status] || b.score.percent - a.score.percent,
  };
  out.sort(cmp[q.sort]);
  if (q.reverse) out.reverse();
  return out;
}
