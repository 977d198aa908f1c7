import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { CompactMention } from '@/lib/match/compact-mentions';
import { matchProfile } from '@/lib/match/match-profile';
import { scorePosting } from '@/lib/match/posting-score';
import { suggestNextSkills, type SuggestionPosting } from '@/lib/match/suggest-next-skills';
import { withSkill } from '@/lib/profile/profile';
import { type Profile } from '@/lib/model/profile';
import type { SkillMention } from '@/lib/model/mention';
import type { Skill } from '@/lib/model/skill';

// A test double of the scoring definition's weights: if the object loop or the typed-array loop kept its
// own copy of the weight table, that loop would not move with the double and these tests would fail.
const weights = vi.hoisted(() => ({ current: [2, 1, 1] }));
vi.mock('@/lib/match/score', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/match/score')>();
  return { ...real, tierWeight: (tier: number) => weights.current[tier] };
});

const skill = (id: string, parents: string[] = []): Skill => ({ id, name: id.toUpperCase(), aliases: [], category: 'lang', parents, related: [] });
const skills = [skill('c'), skill('b', ['c']), skill('a', ['b']), skill('d'), skill('e', ['d']), skill('g'), skill('h', ['g', 'c'])];
const byId = new Map(skills.map((s) => [s.id, s]));
const ids = skills.map((s) => s.id);

/** Each view's percentage for one posting: the badge, the stored-posting views, and the suggestions' packed loop. */
function everyView(mentions: CompactMention[], profile: Profile): number[] {
  const full = mentions.map((m): SkillMention => ({ ...m, name: m.id, category: 'lang', text: m.id, evidence: '', start: 0, end: 1 }));
  const packed = suggestNextSkills({ postings: [{ key: 'k', saved: true, viewed: false, mentions }], profile, byId, settings: { threshold: 80, countSoftSkills: false } });
  return [matchProfile(full, profile, byId, { countSoftSkills: false }).score.percent, scorePosting(mentions, profile, byId, { countSoftSkills: false }).percent, packed.saved.meanPercent];
}

const withWeights = (w: number[], work: () => void) => {
  weights.current = w;
  try {
    work();
  } finally {
    weights.current = [2, 1, 1];
  }
};

describe('the fast path and the object path read one definition', () => {
  // One required skill the person has and one preferred they lack: got / weight = w₀ / (w₀ + w₁).
  const mentions: CompactMention[] = [{ id: 'c', requirement: 'required' }, { id: 'd', requirement: 'preferred' }];
  const profile: Profile = { skills: [{ id: 'c', level: 'working', updatedAt: 0 }] };

  it.each([
    [[2, 1, 1], 67],
    [[5, 1, 1], 83],
    [[3, 2, 1], 60],
  ])('with tier weights %j every view gives %s percent', (w, percent) => {
    withWeights(w, () => expect(everyView(mentions, profile)).toEqual([percent, percent, percent]));
  });

  it('keeps "what it would open up" exact under other weights: its pruning bounds come from the definition too', () => {
    const mentionArb: fc.Arbitrary<CompactMention> = fc.record({
      id: fc.constantFrom(...ids),
      requirement: fc.constantFrom('required', 'preferred', 'mentioned'),
      group: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
    }).map((m) => ({ id: m.id, requirement: m.requirement, ...(m.group !== undefined ? { group: m.group } : {}) }) as CompactMention);
    const postingArb: fc.Arbitrary<SuggestionPosting> = fc.record({ key: fc.string(), saved: fc.boolean(), mentions: fc.array(mentionArb, { maxLength: 7 }) })
      .map((p) => ({ ...p, viewed: !p.saved }));
    const profileArb = fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 3 }).map((list): Profile => ({ skills: list.map((id) => ({ id, level: 'working', updatedAt: 0 })) }));
    withWeights([3, 2, 1], () =>
      fc.assert(
        fc.property(fc.array(postingArb, { maxLength: 10 }), profileArb, fc.integer({ min: 1, max: 100 }), (postings, profile, threshold) => {
          const settings = { threshold, countSoftSkills: false };
          const report = suggestNextSkills({ postings, profile, byId, settings, limit: 100 });
          for (const s of report.suggestions) {
            const learned = withSkill(profile, s.id, 'working', 0);
            const opens = { saved: 0, viewed: 0 };
            for (const p of postings) {
              const before = scorePosting(p.mentions, profile, byId, settings).percent;
              if (before < threshold && scorePosting(p.mentions, learned, byId, settings).percent >= threshold) opens[p.saved ? 'saved' : 'viewed']++;
            }
            expect(s.opens).toEqual(opens);
          }
        }),
        { numRuns: 300 },
      ),
    );
  });
});
