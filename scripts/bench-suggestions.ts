// Part of `npm run bench`: "what to learn next" on the corpus's own skills, against the plain way of
// counting what a skill would open up (rescore every posting with that skill learned), timed in the same run.
import { scorePosting } from '../lib/match/posting-score';
import { preparePostings, suggestFromPrepared, type SuggestionPosting } from '../lib/match/suggest-next-skills';
import { withSkill } from '../lib/profile/profile';
import { type Profile } from '../lib/model/profile';
import type { SkillMention } from '../lib/model/mention';
import type { Skill } from '../lib/model/skill';

/** How many postings the plain way is timed on: it grows with postings × candidate skills. */
const BASELINE_POSTINGS = 300;
/** What a person with a full history has: 10,000 saved and 50,000 viewed postings. */
const LARGE_POSTINGS = 60_000;
const SETTINGS = { threshold: 80, countSoftSkills: false };
/** The target for "what to learn next" over such a history (scripts/bench-data.ts holds the browser to it too). */
const LARGE_TARGET_MS = 200;

/** Times of one computation: the best of `runs` (the first run also pays for JIT warm-up). */
function best(runs: number, work: () => unknown): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - t0);
  }
  return fastest;
}

/** Every posting's "would open up" counts by the plain method: each candidate learned, every posting rescored. */
function plainOpens(postings: readonly SuggestionPosting[], profile: Profile, byId: ReadonlyMap<string, Skill>, candidates: readonly string[]): Map<string, { saved: number; viewed: number }> {
  const before = postings.map((p) => scorePosting(p.mentions, profile, byId, SETTINGS).percent);
  const opens = new Map<string, { saved: number; viewed: number }>();
  for (const id of candidates) {
    const learned = withSkill(profile, id, 'working', 0);
    const o = { saved: 0, viewed: 0 };
    postings.forEach((p, i) => {
      if (before[i]! >= SETTINGS.threshold) return;
      if (scorePosting(p.mentions, learned, byId, SETTINGS).percent >= SETTINGS.threshold) (p.saved ? o.saved++ : o.viewed++);
    });
    opens.set(id, o);
  }
  return opens;
}

/** The figures and the targets they are held to. */
export interface SuggestionsBench {
  lines: string[];
  targets: [string, boolean][];
}

/**
 * Times `suggestFromPrepared` on postings made of the skills the engine found in the corpus: against the
 * plain method on the same few hundred postings, and alone on a history of 60,000.
 */
export function benchSuggestions(found: readonly SkillMention[][], byId: ReadonlyMap<string, Skill>): SuggestionsBench {
  const counted = found.map((mentions) => mentions.filter((m) => !m.incidental).map(({ id, requirement, group, soft }) => ({ id, requirement, group, soft })));
  const postingsOf = (n: number): SuggestionPosting[] =>
    Array.from({ length: n }, (_, i) => ({ key: `p${i}`, saved: i % 6 === 0, viewed: i % 6 !== 0, mentions: counted[i % counted.length] ?? [] }));
  // The person has the corpus's 12 most asked-for skills, so most postings sit below the threshold.
  const demand = new Map<string, number>();
  for (const list of counted) for (const id of new Set(list.map((m) => m.id))) demand.set(id, (demand.get(id) ?? 0) + 1);
  const top = [...demand].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([id]) => id);
  const profile: Profile = { skills: top.map((id) => ({ id, level: 'working' as const, updatedAt: 0 })) };

  const small = postingsOf(BASELINE_POSTINGS);
  const smallPrepared = preparePostings(small, SETTINGS.countSoftSkills);
  const report = suggestFromPrepared(smallPrepared, profile, byId, SETTINGS, 100_000);
  const candidates = [...report.suggestions, ...report.learning].map((s) => s.id);
  const plain = plainOpens(small, profile, byId, candidates);
  const agree = [...report.suggestions, ...report.learning].every((s) => {
    const o = plain.get(s.id)!;
    return o.saved === s.opens.saved && o.viewed === s.opens.viewed;
  });
  const oursSmall = best(20, () => suggestFromPrepared(smallPrepared, profile, byId, SETTINGS));
  const plainSmall = best(2, () => plainOpens(small, profile, byId, candidates));

  const large = preparePostings(postingsOf(LARGE_POSTINGS), SETTINGS.countSoftSkills);
  const oursLarge = best(5, () => suggestFromPrepared(large, profile, byId, SETTINGS));

  const ms = (n: number) => `${n.toFixed(1)} ms`;
  return {
    lines: [
      `suggestions: ${BASELINE_POSTINGS} postings, ${candidates.length} candidate skills, profile of ${top.length}; counts ${agree ? 'agree' : 'DIFFER'} with the plain method`,
      `suggestions (packed, bounded rescoring)  ${ms(oursSmall).padStart(10)} on ${BASELINE_POSTINGS} postings   ${ms(oursLarge).padStart(10)} on ${LARGE_POSTINGS.toLocaleString('en-US')}`,
      `plain baseline (rescore all per skill)   ${ms(plainSmall).padStart(10)} on ${BASELINE_POSTINGS} postings`,
      `suggestions speed-up: ${(plainSmall / oursSmall).toFixed(0)}× on ${BASELINE_POSTINGS} postings`,
    ],
    targets: [
      ['suggestions count what the plain method counts', agree],
      [`suggestions at least 20× the plain method`, plainSmall / oursSmall >= 20],
      [`suggestions on ${LARGE_POSTINGS.toLocaleString('en-US')} postings under ${LARGE_TARGET_MS} ms`, oursLarge < LARGE_TARGET_MS],
    ],
  };
}
