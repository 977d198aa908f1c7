import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SkillGapDatabase } from '@/lib/db/database';
import type { PostingSnapshot } from '@/lib/model/posting';
import { watchlistRepo, type WatchlistRepo } from '@/lib/db/watchlist-repo';

const posting = (key: string, title = 'Data Engineer'): PostingSnapshot => ({
  key,
  url: `https://boards.greenhouse.io/acme/jobs/${key.split(':')[1]}`,
  site: 'greenhouse',
  title,
  company: 'Acme',
  location: 'Remote',
  text: 'Requirements: Python and SQL.',
  skills: [{ id: 'python', name: 'Python', category: 'lang', requirement: 'required', evidence: 'Requirements: Python and SQL.' }],
});

describe('watchlist repository', () => {
  let db: SkillGapDatabase;
  let repo: WatchlistRepo;
  beforeEach(() => {
    db = new SkillGapDatabase(`test-${Math.random()}`);
    repo = watchlistRepo(db);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('adds and lists postings, newest first', async () => {
    await repo.save(posting('greenhouse:1', 'First'), 1000);
    await repo.save(posting('greenhouse:2', 'Second'), 2000);
    const list = await repo.list();
    expect(list.map((p) => p.title)).toEqual(['Second', 'First']);
    expect(list[0]).toMatchObject({ status: 'saved', savedAt: 2000, statusHistory: [{ status: 'saved', at: 2000 }], notes: '' });
  });

  it('keeps one record per posting: saving again refreshes the snapshot and keeps status and date', async () => {
    await repo.save(posting('greenhouse:1', 'Old title'), 1000);
    await repo.setStatus('greenhouse:1', 'applied', 1500);
    await repo.save(posting('greenhouse:1', 'New title'), 3000);
    const list = await repo.list();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ title: 'New title', savedAt: 1000, status: 'applied' });
    expect(list[0]?.statusHistory.map((h) => h.status)).toEqual(['saved', 'applied']);
  });

  it('removes a posting and answers whether one is saved', async () => {
    await repo.save(posting('greenhouse:1'));
    expect(await repo.has('greenhouse:1')).toBe(true);
    await repo.remove('greenhouse:1');
    expect(await repo.has('greenhouse:1')).toBe(false);
    expect(await repo.list()).toEqual([]);
  });

  it('rejects a malformed snapshot and stores nothing', async () => {
    await expect(repo.save({ ...posting('greenhouse:1'), url: 'nope' })).rejects.toThrow();
    expect(await repo.list()).toEqual([]);
  });
});
