import { useState } from 'react';
import { POSTING_STATUS_LABELS, postingStatusSchema, type PostingStatus, type SavedPosting } from '@/lib/model/posting';
import type { WatchlistRepo } from '@/lib/db/watchlist-repo';

const longDate = (t: number) => new Date(t).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** The status of a saved posting, changed in place; each change is dated. */
export function StatusSelect({ posting, repo }: { posting: SavedPosting; repo: WatchlistRepo }) {
  return (
    <select
      className="status"
      aria-label={`Status of ${posting.title}`}
      value={posting.status}
      onChange={(e) => void repo.setStatus(posting.key, e.target.value as PostingStatus)}
    >
      {postingStatusSchema.options.map((s) => (
        <option key={s} value={s}>{POSTING_STATUS_LABELS[s]}</option>
      ))}
    </select>
  );
}

/** Notes about a saved posting, saved when the field is left, with the dated status history beside them. */
export function NotesAndHistory({ posting, repo }: { posting: SavedPosting; repo: WatchlistRepo }) {
  const [saved, setSaved] = useState(false);
  return (
    <details className="notes">
      <summary>Notes and history{posting.notes ? ' ✎' : ''}</summary>
      <label>
        <span className="visually-hidden">Notes on {posting.title}</span>
        <textarea
          rows={3}
          maxLength={20_000}
          defaultValue={posting.notes}
          placeholder="Contacts, salary, what to prepare…"
          onChange={() => setSaved(false)}
          onBlur={(e) => {
            if (e.target.value === posting.notes) return;
            void repo.setNotes(posting.key, e.target.value).then(() => setSaved(true));
          }}
        />
      </label>
      {saved && <span className="note" role="status">Notes saved.</span>}
      <ol className="history" aria-label="Status history">
        {posting.statusHistory.map((h, i) => (
          <li key={i}>{POSTING_STATUS_LABELS[h.status]} · <time dateTime={new Date(h.at).toISOString()}>{longDate(h.at)}</time></li>
        ))}
      </ol>
    </details>
  );
}

/** "Required 3/5 · Preferred 1/2 · 67%", coloured by the threshold. */
export function ScoreChip({ percent, required, preferred, tier }: { percent: number; required: { have: number; total: number }; preferred: { have: number; total: number }; tier: string }) {
  const parts = [];
  if (required.total) parts.push(`Required ${required.have}/${required.total}`);
  if (preferred.total) parts.push(`Preferred ${preferred.have}/${preferred.total}`);
  parts.push(`${percent}%`);
  return <span className={`match ${tier}`} data-testid="watchlist-match">{parts.join(' · ')}</span>;
}
