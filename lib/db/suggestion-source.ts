import { decodeMentions, type CompactMention } from '@/lib/match/compact-mentions';
import { PostingsPacker, type PreparedPostings, type SuggestionPosting } from '@/lib/match/suggest-next-skills';
import type { SkillGapDatabase } from './database';
import { readPacks, type PackedLine } from './index-packs';

const DAY = 86_400_000;

/** Reads the packed index and visits the postings suggestions count: viewed in the last `windowDays` days, and every saved one. */
async function inWindow(db: SkillGapDatabase, windowDays: number, now: number): Promise<{ ids: string[]; each(visit: (line: PackedLine, viewed: boolean) => void): void }> {
  const from = now - windowDays * DAY;
  const packs = readPacks(await db.indexPacks.toArray());
  return {
    ids: packs.ids,
    each: (visit) =>
      packs.each((line) => {
        const viewed = line.seenAt >= from;
        if (viewed || line.saved) visit(line, viewed);
      }),
  };
}

/** The postings suggestions count, as objects (for tests and small uses). */
export async function loadSuggestionPostings(db: SkillGapDatabase, windowDays: number, now = Date.now()): Promise<SuggestionPosting[]> {
  const { ids, each } = await inWindow(db, windowDays, now);
  const out: SuggestionPosting[] = [];
  each((line, viewed) => {
    const coded = line.text.slice(line.from, line.to);
    const mentions: CompactMention[] = decodeMentions(coded.replace(/(^| )(\d+)(?=[rpm])/g, (_m, sep: string, code: string) => `${sep}${ids[Number(code)]}/`));
    out.push({ key: line.key(), saved: line.saved, viewed, mentions });
  });
  return out;
}

/** The postings suggestions count, packed for ranking straight from the coded lines. */
export async function loadPreparedPostings(db: SkillGapDatabase, windowDays: number, countSoftSkills: boolean, now = Date.now()): Promise<PreparedPostings> {
  const { ids, each } = await inWindow(db, windowDays, now);
  const packer = new PostingsPacker(countSoftSkills, ids);
  each((line, viewed) => packer.addCoded(line.saved, viewed, line.text, line.from, line.to));
  return packer.done();
}
