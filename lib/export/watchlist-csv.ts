import { POSTING_STATUS_LABELS, type SavedPosting } from '@/lib/model/posting';

/** One saved posting with what the person's current profile makes of it. */
export interface WatchlistCsvRow {
  posting: SavedPosting;
  percent: number;
  /** Names of the skills still to learn. */
  missing: string[];
}

export const WATCHLIST_CSV_COLUMNS = ['Title', 'Company', 'Location', 'Link', 'Status', 'Status changed', 'Saved', 'Match %', 'Skills to learn', 'Notes'] as const;

const date = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A field a spreadsheet
 * would run as a formula (starting with =, +, -, @) is prefixed with an apostrophe, because posting
 * titles and notes come from web pages and should never execute.
 */
export function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The watchlist as CSV text with a header row, lines ended by CRLF as RFC 4180 asks. */
export function watchlistToCsv(rows: readonly WatchlistCsvRow[]): string {
  const lines = [WATCHLIST_CSV_COLUMNS.map(csvField).join(',')];
  for (const { posting: p, percent, missing } of rows) {
    const changed = p.statusHistory[p.statusHistory.length - 1]?.at ?? p.savedAt;
    lines.push(
      [p.title, p.company, p.location, p.url, POSTING_STATUS_LABELS[p.status], date(changed), date(p.savedAt), percent, missing.join('; '), p.notes]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
