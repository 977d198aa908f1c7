import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchProfile } from '@/lib/match/match-profile';
import { fitTier, scorePosting } from '@/lib/match/posting-score';
import { colourTier, scoreTiers } from '@/lib/overlay/score-tiers';
import type { Profile } from '@/lib/model/profile';
import type { SkillMention } from '@/lib/model/mention';
import type { Skill } from '@/lib/model/skill';

// The watchlist, the suggestions and the posting badge must agree on a posting's score: the popup and
// dashboard score with lib/match/posting-score.ts, the badge with matchProfile + scoreTiers.
const skill = (id: string, parents: string[] = [], category: Skill['category'] = 'lang'): Skill => ({ id, name: id, aliases: [], category, parents, related: [] });
const skills = [skill('c'), skill('b', ['c']), skill('a', ['b']), skill('d'), skill('e', ['d']), skill('s', [], 'soft')];
const byId = new Map(skills.map((s) => [s.id, s]));

const mentionArb = fc.record({
  id: fc.constantFrom(...skills.map((s) => s.id)),
  requirement: fc.constantFrom('required', 'preferred', 'mentioned'),
  group: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
  incidental: fc.boolean(),
}).map((m): SkillMention => ({
  id: m.id, name: m.id, category: byId.get(m.id)!.category, requirement: m.requirement, text: m.id, evidence: '', start: 0, end: 1,
  ...(m.group !== undefined ? { group: m.group } : {}), ...(m.incidental ? { incidental: true } : {}), ...(m.id === 's' ? { soft: true } : {}),
}));
const profileArb = fc.uniqueArray(fc.record({ id: fc.constantFrom(...skills.map((s) => s.id)), level: fc.constantFrom('learning', 'working', 'expert') }), { selector: (s) => s.id, maxLength: 4 })
  .map((list) => ({ skills: list.map((s) => ({ ...s, updatedAt: 0 })) }) as Profile);

describe('one score everywhere', () => {
  it('gives the badge’s percentage and colour for any posting and profile', () => {
    fc.assert(
      fc.property(fc.array(mentionArb, { maxLength: 8 }), profileArb, fc.boolean(), fc.integer({ min: 1, max: 100 }), (mentions, profile, countSoftSkills, threshold) => {
        const badge = scoreTiers(matchProfile(mentions, profile, byId, { countSoftSkills }));
        const ours = scorePosting(mentions, profile, byId, { countSoftSkills });
        expect(ours.percent).toBe(badge.percent);
        expect({ required: ours.required, preferred: ours.preferred, other: ours.other }).toEqual({ required: badge.required, preferred: badge.preferred, other: badge.other });
        expect(fitTier(ours.percent, threshold)).toBe(colourTier(ours.percent, threshold));
      }),
      { numRuns: 500 },
    );
  });
});
