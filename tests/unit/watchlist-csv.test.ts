import { describe, expect, it } from 'vitest';
import type { SavedPosting } from '@/lib/model/posting';
import { csvField, watchlistToCsv } from '@/lib/export/watchlist-csv';

const posting: SavedPosting = {
  key: 'greenhouse:1', url: 'https://boards.greenhouse.io/acme/jobs/1', site: 'greenhouse', title: 'Engineer, Data "Platform"', company: 'Acme', location: 'Remote\nUS',
  skills: [], savedAt: Date.UTC(2026, 10, 2), status: 'interviewing',
  statusHistory: [{ status: 'saved', at: Date.UTC(2026, 10, 2) }, { status: 'interviewing', at: Date.UTC(2026, 10, 20) }], notes: '=HYPERLINK("x")',
};

describe('watchlist CSV', () => {
  it('writes a header and one row per posting, quoting as RFC 4180 asks', () => {
    const csv = watchlistToCsv([{ posting, percent: 67, missing: ['Kubernetes', 'AWS'] }]);
    expect(csv).toBe(
      'Title,Company,Location,Link,Status,Status changed,Saved,Match %,Skills to learn,Notes\r\n' +
        '"Engineer, Data ""Platform""",Acme,"Remote\nUS",https://boards.greenhouse.io/acme/jobs/1,Interviewing,2026-11-20,2026-11-02,67,Kubernetes; AWS,"\'=HYPERLINK(""x"")"\r\n',
    );
  });

  it.each([
    ['plain', 'plain'],
    ['-1 formula', "'-1 formula"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['a,b', '"a,b"'],
  ])('writes %j as %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });

  it('leaves negative numbers alone: only text can be a formula', () => {
    expect(csvField(-3)).toBe('-3');
  });
});
