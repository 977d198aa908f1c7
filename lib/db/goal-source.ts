import type { CompactMention } from '@/lib/match/compact-mentions';
import { readCodedToken, type CodedToken } from '@/lib/match/coded-mentions';
import type { RolePosting } from '@/lib/goals/role-profile';
import type { SkillGapDatabase } from './database';
import { CODES_ID, PACK_COUNT, PACK_IDS, readPacks, readTitles, TITLE_BASE, type PostingTitle } from './index-packs';

const REQUIREMENTS = ['required', 'preferred', 'mentioned'] as const;

/**
 * The postings Goals works with, read from the packed index as suggestions read it: every indexed posting,
 * saved or viewed, with its counted skills and its title, company and link from the packs' title records.
 * A pack without its title record (packed before they existed) takes those from the watchlist and viewed
 * records of its postings. Same postings, skills and order as `loadGoalPostingsFromRecords`, without reading
 * every skill's evidence sentence.
 */
export async function loadGoalPostings(db: SkillGapDatabase): Promise<RolePosting[]> {
  const [codes, ...records] = await db.indexPacks.bulkGet([CODES_ID, ...PACK_IDS, ...PACK_IDS.map((n) => TITLE_BASE + n)]);
  const ids = codes?.lines ? codes.lines.split('\n') : [];
  const titles = new Map<string, PostingTitle>();
  const untitled: number[] = [];
  for (const n of PACK_IDS) {
    const titleRecord = records[PACK_COUNT + n];
    if (titleRecord) for (const [key, t] of readTitles(titleRecord.lines)) titles.set(key, t);
    else if (records[n]?.lines) untitled.push(n);
  }
  const token: CodedToken = { code: 0, tier: 2, group: -1, soft: false };
  const out: (RolePosting & { seen: boolean })[] = [];
  const missing: string[] = [];
  const packs = PACK_IDS.flatMap((n) => records[n] ?? []);
  readPacks(packs).each((line) => {
    const skills: CompactMention[] = [];
    for (let i = line.from; i < line.to; ) {
      i = readCodedToken(line.text, i, token);
      const id = ids[token.code];
      if (id === undefined) continue;
      const m: CompactMention = { id, requirement: REQUIREMENTS[token.tier] };
      if (token.group >= 0) m.group = token.group;
      if (token.soft) m.soft = true;
      skills.push(m);
    }
    const key = line.key();
    const t = titles.get(key);
    if (!t) missing.push(key);
    out.push({ key, title: t?.title ?? '', company: t?.company ?? '', url: t?.url ?? '', skills, saved: line.saved, seen: line.seenAt > 0 });
  });
  if (missing.length) {
    const [saved, seen] = await Promise.all([db.watchlist.bulkGet(missing), db.seen.bulkGet(missing)]);
    const found = new Map(missing.map((key, i) => [key, saved[i] ?? seen[i]]));
    for (const p of out) {
      const r = found.get(p.key);
      if (r) Object.assign(p, { title: r.title, company: r.company, url: r.url });
    }
  }
  // The records' order: viewed postings by key, then the saved ones never viewed, by key.
  out.sort((a, b) => Number(b.seen) - Number(a.seen) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return out.map(({ seen: _seen, ...p }) => p);
}

/** The same postings from the full watchlist and viewed records (each key once, the saved record winning): the baseline Goals read before. */
export async function loadGoalPostingsFromRecords(db: SkillGapDatabase): Promise<RolePosting[]> {
  const [saved, seen] = await Promise.all([db.watchlist.toArray(), db.seen.toArray()]);
  const out = new Map<string, RolePosting>();
  for (const p of seen) out.set(p.key, { key: p.key, title: p.title, company: p.company, url: p.url, skills: p.skills, saved: false });
  for (const p of saved) out.set(p.key, { key: p.key, title: p.title, company: p.company, url: p.url, skills: p.skills, saved: true });
  return [...out.values()];
}
