import { useLiveQuery } from 'dexie-react-hooks';
import { matchProfile } from '@/lib/match/match-profile';
import type { WatchlistRepo } from '@/lib/db/watchlist-repo';
import type { Profile } from '@/lib/profile/profile';
import type { Settings } from '@/lib/profile/settings';
import type { Skill } from '@/lib/taxonomy/types';
import { colourTier as tierOf } from '@/lib/overlay/score-tiers';

interface Props {
  repo: WatchlistRepo;
  profile: Profile;
  settings: Settings;
  byId: ReadonlyMap<string, Skill>;
}

/** Saved postings with their match against the current profile, recomputed live. */
export function WatchlistView({ repo, profile, settings, byId }: Props) {
  const postings = useLiveQuery(() => repo.list(), [repo]);
  if (!postings) return <p className="empty">Loading…</p>;
  if (postings.length === 0) {
    return <p className="empty">No saved postings yet. Open a posting and press “Save to watchlist” in its SkillGap panel.</p>;
  }
  return (
    <section aria-labelledby="watchlist-heading">
      <h2 id="watchlist-heading">Watchlist ({postings.length})</h2>
      <ul className="watchlist" aria-label="Saved postings">
        {postings.map((p) => {
          const skills = p.skills.map((s) => ({ ...s, text: s.name, start: 0, end: 0 }));
          const result = matchProfile(skills, profile, byId, settings);
          const tier = tierOf(result.percent, settings.threshold);
          return (
            <li key={p.key} data-key={p.key}>
              <a href={p.url} target="_blank" rel="noreferrer noopener" className="title">{p.title}</a>
              <span className="meta">{[p.company, p.location].filter(Boolean).join(' · ')}</span>
              <span className={`match ${tier}`} data-testid="watchlist-match">
                {result.have} of {result.total} skills ({result.percent}%)
              </span>
              {result.missing.length > 0 && (
                <span className="gaps">To learn: {result.missing.slice(0, 5).map((s) => s.name).join(', ')}{result.missing.length > 5 ? '…' : ''}</span>
              )}
              <button type="button" className="remove" aria-label={`Remove ${p.title} from the watchlist`} onClick={() => void repo.remove(p.key)}>
                Remove
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
