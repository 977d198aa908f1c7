import { useMemo, useState } from 'react';
import { POSTING_STATUS_LABELS, postingStatusSchema } from '@/lib/model/posting';
import { fitTier } from '@/lib/match/score';
import { queryWatchlist, type WatchlistQuery } from '@/lib/match/watchlist-rows';
import { NotesAndHistory, ScoreChip, StatusSelect } from './PostingControls';
import { useSkillGap } from './skillgap-context';
import { useWatchlist } from './use-watchlist';

const PAGE = 25;

/** Saved postings with their match against the current profile, recomputed live; status, notes, sort and filter. */
export function WatchlistView() {
  const { settings, nameOf } = useSkillGap();
  const { rows, repo } = useWatchlist();
  const [query, setQuery] = useState<WatchlistQuery>({ sort: 'score', status: 'open', text: '' });
  const [shown, setShown] = useState(PAGE);
  const visible = useMemo(() => (rows ? queryWatchlist(rows, query) : []), [rows, query]);
  if (!rows) return <p className="empty" role="status">Loading…</p>;
  if (rows.length === 0) {
    return <p className="empty">No saved postings yet. Open a posting and press “Save to watchlist” in its SkillGap panel.</p>;
  }
  return (
    <section aria-labelledby="watchlist-heading">
      <h2 id="watchlist-heading">Watchlist ({rows.length})</h2>
      <div className="controls">
        <label>
          Sort by
          <select value={query.sort} onChange={(e) => setQuery({ ...query, sort: e.target.value as WatchlistQuery['sort'] })}>
            <option value="score">Match</option>
            <option value="saved">Date saved</option>
            <option value="changed">Last change</option>
            <option value="company">Company</option>
            <option value="status">Status</option>
          </select>
        </label>
        <label>
          Show
          <select value={query.status} onChange={(e) => setQuery({ ...query, status: e.target.value as WatchlistQuery['status'] })}>
            <option value="open">Open (not rejected or archived)</option>
            <option value="all">All</option>
            {postingStatusSchema.options.map((s) => (
              <option key={s} value={s}>{POSTING_STATUS_LABELS[s]}</option>
            ))}
          </select>
        </label>
        <input type="search" aria-label="Filter by title, company or place" placeholder="Filter…" value={query.text} onChange={(e) => setQuery({ ...query, text: e.target.value })} />
      </div>
      {visible.length === 0 && <p className="empty">No saved posting matches.</p>}
      <ul className="watchlist" aria-label="Saved postings">
        {visible.slice(0, shown).map(({ posting: p, score, gapsClosed }) => (
          <li key={p.key} data-key={p.key}>
            <a href={p.url} target="_blank" rel="noreferrer noopener" className="title">{p.title}</a>
            <span className="meta">{[p.company, p.location].filter(Boolean).join(' · ')}</span>
            <div className="row">
              <ScoreChip percent={score.percent} required={score.required} preferred={score.preferred} tier={fitTier(score.percent, settings.threshold)} />
              <StatusSelect posting={p} repo={repo} />
            </div>
            {gapsClosed !== undefined && gapsClosed > 0 && (
              <span className="closed" data-testid="gaps-closed">{gapsClosed} {gapsClosed === 1 ? 'gap' : 'gaps'} closed since you saved this</span>
            )}
            {score.missing.length > 0 && (
              <span className="gaps">To learn: {score.missing.slice(0, 5).map(nameOf).join(', ')}{score.missing.length > 5 ? '…' : ''}</span>
            )}
            <NotesAndHistory posting={p} repo={repo} />
            <button type="button" className="remove" aria-label={`Remove ${p.title} from the watchlist`} onClick={() => void repo.remove(p.key)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      {visible.length > shown && (
        <button type="button" className="more" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, visible.length - shown)} more of {visible.length - shown}
        </button>
      )}
    </section>
  );
}
