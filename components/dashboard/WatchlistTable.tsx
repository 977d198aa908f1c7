import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useCallback, useMemo, useState } from 'react';
import { NotesAndHistory, ScoreChip, StatusSelect } from '@/components/popup/PostingControls';
import { useSkillGap } from '@/components/popup/skillgap-context';
import { useWatchlist } from '@/components/popup/use-watchlist';
import { POSTING_STATUS_LABELS, postingStatusSchema } from '@/lib/model/posting';
import type { WatchlistRepo } from '@/lib/db/watchlist-repo';
import { collectExport } from '@/lib/export/collect-export';
import { exportFileName } from '@/lib/export/export-format';
import { storagePersonStore } from '@/lib/export/storage-person-store';
import { watchlistToCsv } from '@/lib/export/watchlist-csv';
import { fitTier } from '@/lib/match/score';
import { queryWatchlist, type WatchlistQuery, type WatchlistRow } from '@/lib/match/watchlist-rows';
import { downloadText } from './download';
import { VirtualRows } from './VirtualRows';

const ROW_HEIGHT = 44;
const shortDate = (t: number) => new Date(t).toLocaleDateString(undefined, { year: '2-digit', month: 'short', day: 'numeric' });
const COLUMNS: { id: WatchlistQuery['sort'] | null; label: string }[] = [
  { id: null, label: 'Posting' },
  { id: 'company', label: 'Company' },
  { id: 'score', label: 'Match' },
  { id: 'status', label: 'Status' },
  { id: 'saved', label: 'Saved' },
  { id: 'changed', label: 'Last change' },
  { id: null, label: '' },
];

/** The watchlist as a sortable, filterable, virtualised table, with a details panel and CSV and JSON export. */
export function WatchlistTable() {
  const { db, settings, nameOf } = useSkillGap();
  const { rows, repo } = useWatchlist();
  const [query, setQuery] = useState<WatchlistQuery>({ sort: 'score', status: 'all', text: '' });
  const [selected, setSelected] = useState<string | null>(null);
  const visible = useMemo(() => (rows ? queryWatchlist(rows, query) : []), [rows, query]);
  const toggle = useCallback((key: string) => setSelected((k) => (k === key ? null : key)), []);
  if (!rows) return <p className="empty" role="status">Loading…</p>;
  const chosen = selected ? rows.find((r) => r.posting.key === selected) : undefined;

  const exportCsv = () => {
    const csv = watchlistToCsv(visible.map((r) => ({ posting: r.posting, percent: r.score.percent, missing: r.score.missing.map(nameOf) })));
    downloadText(exportFileName('watchlist', Date.now(), 'csv'), csv, 'text/csv;charset=utf-8');
  };
  const exportJson = async () => {
    const doc = await collectExport(db, storagePersonStore, 'watchlist');
    downloadText(exportFileName('watchlist', doc.exportedAt), JSON.stringify(doc, null, 2), 'application/json');
  };
  const sortBy = (id: WatchlistQuery['sort']) => setQuery((q) => ({ ...q, sort: id, reverse: q.sort === id ? !q.reverse : false }));

  return (
    <>
      <div className="controls">
        <label>
          Show
          <select value={query.status} onChange={(e) => setQuery({ ...query, status: e.target.value as WatchlistQuery['status'] })}>
            <option value="all">All statuses</option>
            <option value="open">Open (not rejected or archived)</option>
            {postingStatusSchema.options.map((s) => <option key={s} value={s}>{POSTING_STATUS_LABELS[s]}</option>)}
          </select>
        </label>
        <input type="search" aria-label="Filter by title, company or place" placeholder="Filter by title, company or place" value={query.text} onChange={(e) => setQuery({ ...query, text: e.target.value })} />
        <span className="muted" role="status">{visible.length} of {rows.length}</span>
        <span className="spacer" />
        <button type="button" onClick={exportCsv} disabled={!visible.length}>Export these as CSV</button>
        <button type="button" onClick={() => void exportJson()} disabled={!rows.length}>Export the watchlist as JSON</button>
      </div>
      {rows.length === 0 ? (
        <p className="empty">No saved postings yet. Open a posting and press “Save to watchlist” in its SkillGap panel.</p>
      ) : (
        <div role="table" className="watch-table" aria-label="Saved postings" aria-rowcount={visible.length + 1}>
          <div role="row" className="watch-row head" aria-rowindex={1}>
            {COLUMNS.map((c, i) => (
              <div key={i} role="columnheader" aria-sort={c.id && query.sort === c.id ? (query.reverse ? 'ascending' : 'descending') : undefined}>
                {c.id ? <button type="button" className="sort" onClick={() => sortBy(c.id!)}>{c.label}{query.sort === c.id ? (query.reverse ? ' ▲' : ' ▼') : ''}</button> : c.label}
              </div>
            ))}
          </div>
          <VirtualRows
            items={visible}
            rowHeight={ROW_HEIGHT}
            height={Math.min(560, Math.max(ROW_HEIGHT * 3, visible.length * ROW_HEIGHT))}
            label="Saved postings"
            rowCountOffset={2}
            renderRow={(r: WatchlistRow, index, style) => (
              <Row key={r.posting.key} row={r} index={index} top={style.top as number} height={ROW_HEIGHT} selected={selected === r.posting.key} threshold={settings.threshold} repo={repo} onToggle={toggle} />
            )}
          />
        </div>
      )}
      {chosen && <PostingDetails row={chosen} repo={repo} onClose={() => setSelected(null)} />}
    </>
  );
}

/** One row of the table; memoised, so scrolling renders only the rows that come into view. */
const Row = memo(function Row({ row: r, index, top, height, selected, threshold, repo, onToggle }: {
  row: WatchlistRow; index: number; top: number; height: number; selected: boolean; threshold: number; repo: WatchlistRepo; onToggle(key: string): void;
}) {
  return (
    <div role="row" aria-rowindex={index} className={`watch-row${selected ? ' selected' : ''}`} style={{ position: 'absolute', top, height, left: 0, right: 0 }} data-key={r.posting.key}>
      <div role="cell" className="title-cell">
        <a href={r.posting.url} target="_blank" rel="noreferrer noopener">{r.posting.title}</a>
        {r.gapsClosed !== undefined && r.gapsClosed > 0 && <span className="closed"> · {r.gapsClosed} {r.gapsClosed === 1 ? 'gap' : 'gaps'} closed</span>}
      </div>
      <div role="cell" className="ellipsis">{r.posting.company}</div>
      <div role="cell"><ScoreChip percent={r.score.percent} required={r.score.required} preferred={{ have: 0, total: 0 }} tier={fitTier(r.score.percent, threshold)} /></div>
      <div role="cell"><StatusSelect posting={r.posting} repo={repo} /></div>
      <div role="cell">{shortDate(r.posting.savedAt)}</div>
      <div role="cell">{shortDate(r.changedAt)}</div>
      <div role="cell">
        <button type="button" className="link" aria-expanded={selected} aria-controls="posting-details" onClick={() => onToggle(r.posting.key)}>
          Details<span className="visually-hidden"> of {r.posting.title}</span>
        </button>
      </div>
    </div>
  );
});

/** A saved posting's snapshot: its skills with levels, notes and history, and the description as saved. */
function PostingDetails({ row, repo, onClose }: { row: WatchlistRow; repo: WatchlistRepo; onClose(): void }) {
  const { nameOf } = useSkillGap();
  const p = row.posting;
  const text = useLiveQuery(() => repo.text(p.key), [repo, p.key]);
  const missing = new Set(row.score.missing);
  return (
    <section id="posting-details" className="posting-details" aria-labelledby="details-heading">
      <header>
        <h3 id="details-heading">{p.title}</h3>
        <button type="button" className="link" onClick={onClose}>Close</button>
      </header>
      <p className="meta">{[p.company, p.location].filter(Boolean).join(' · ')} · saved {new Date(p.savedAt).toLocaleDateString()}</p>
      <p>
        {row.score.required.total > 0 && `Required ${row.score.required.have}/${row.score.required.total} · `}
        {row.score.preferred.total > 0 && `Preferred ${row.score.preferred.have}/${row.score.preferred.total} · `}
        Match {row.score.percent}%
        {row.gapsClosed !== undefined && row.gapsClosed > 0 && ` · ${row.gapsClosed} ${row.gapsClosed === 1 ? 'gap' : 'gaps'} closed since you saved this`}
      </p>
      <ul className="skill-chips" aria-label="Skills the posting asks for">
        {p.skills.filter((s) => !s.incidental).map((s) => (
          <li key={`${s.id}-${s.group ?? ''}`} className={missing.has(s.id) ? 'missing' : 'have'}>
            {nameOf(s.id)} <span className="muted">{s.requirement}{s.years !== undefined ? `, ${s.years}+ yrs` : ''}{missing.has(s.id) ? ', to learn' : ''}</span>
          </li>
        ))}
      </ul>
      <NotesAndHistory key={p.key} posting={p} repo={repo} />
      <details className="snapshot">
        <summary>The posting as saved</summary>
        <div className="snapshot-text">{text ?? ''}</div>
      </details>
      <button type="button" className="danger" onClick={() => { void repo.remove(p.key); onClose(); }}>Remove from the watchlist</button>
    </section>
  );
}
