import { decodeMentions, type CompactMention } from '@/lib/match/compact-mentions';
import type { PreparedPostings, SuggestionPosting } from '@/lib/match/suggest-next-skills';
import type { SkillGapDatabase } from './database';
import { BIN_BASE, CODES_ID, PACK_IDS, packBin, readPacks, type IndexPack, type PackBin, type PackedLine } from './index-packs';

const DAY = 86_400_000;

/** Reads the packed index and visits the postings suggestions count: viewed in the last `windowDays` days, and every saved one. */
async function inWindow(db: SkillGapDatabase, windowDays: number, now: number): Promise<{ ids: string[]; each(visit: (line: PackedLine, viewed: boolean) => void): void }> {
  const from = now - windowDays * DAY;
  const packs = readPacks((await db.indexPacks.bulkGet([CODES_ID, ...PACK_IDS])).filter((p): p is IndexPack => !!p));
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

/**
 * The postings suggestions count, packed for ranking: read from the packs' binary records (see `PackBin`),
 * keeping the postings viewed since `now - windowDays` days and the saved ones. A pack without its binary
 * record (none is written before the pack itself) is read from its coded lines instead.
 */
export async function loadPreparedPostings(db: SkillGapDatabase, windowDays: number, countSoftSkills: boolean, now = Date.now()): Promise<PreparedPostings> {
  const [codes, ...records] = await db.indexPacks.bulkGet([CODES_ID, ...PACK_IDS.map((n) => BIN_BASE + n)]);
  const bins: PackBin[] = [];
  const missing: number[] = [];
  records.forEach((r, n) => (r?.bin ? bins.push(r.bin) : missing.push(n)));
  if (missing.length) for (const pack of await db.indexPacks.bulkGet(missing)) if (pack) bins.push(packBin(pack.lines));
  return preparedFromBins(bins, codes?.lines ? codes.lines.split('\n') : [], now - windowDays * DAY, countSoftSkills);
}

/** The postings of some packs viewed since `from` or saved, as `PreparedPostings` (soft skills left out unless counted). */
export function preparedFromBins(bins: readonly PackBin[], ids: string[], from: number, countSoftSkills: boolean): PreparedPostings {
  let postings = 0;
  let mentions = 0;
  for (const b of bins) {
    postings += b.seenAt.length;
    mentions += b.members.length;
  }
  const saved = new Uint8Array(postings);
  const viewed = new Uint8Array(postings);
  const slotStart = new Int32Array(postings + 1);
  const memberStart = new Int32Array(mentions + 1);
  const memberId = new Int32Array(mentions);
  const memberTier = new Uint8Array(mentions);
  const known = ids.length;
  let p = 0;
  let s = 0;
  let k = 0;
  for (const b of bins) {
    const { seenAt, members, memberEnd } = b;
    let at = 0;
    for (let i = 0; i < seenAt.length; i++) {
      // Indexes below stay inside the arrays the packer wrote (i < seenAt.length, at < memberEnd[i]): `!` is free.
      const end = memberEnd[i]!;
      const isViewed = seenAt[i]! >= from;
      if (!isViewed && !b.saved[i]) {
        at = end;
        continue;
      }
      // A slot starts at its first member that counts: a group of soft skills alone is no slot when they do not count.
      let open = false;
      for (; at < end; at++) {
        const m = members[at]!;
        if (m & 8) open = false;
        if ((m & 4 && !countSoftSkills) || m >>> 4 >= known) continue;
        if (!open) {
          memberStart[s++] = k;
          open = true;
        }
        memberId[k] = m >>> 4;
        memberTier[k++] = m & 3;
      }
      saved[p] = b.saved[i]!;
      viewed[p++] = isViewed ? 1 : 0;
      slotStart[p] = s;
    }
  }
  memberStart[s] = k;
  return {
    ids,
    count: p,
    saved: saved.subarray(0, p),
    viewed: viewed.subarray(0, p),
    slotStart: slotStart.subarray(0, p + 1),
    memberStart: memberStart.subarray(0, s + 1),
    memberId: memberId.subarray(0, k),
    memberTier: memberTier.subarray(0, k),
  };
}
