import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchProfile } from '@/lib/match/match-profile';
import { scorePosting } from '@/lib/match/posting-score';
import { suggestNextSkills } from '@/lib/match/suggest-next-skills';
import type { Profile } from '@/lib/model/profile';
import type { SkillMention } from '@/lib/model/mention';
import type { Skill } from '@/lib/model/skill';

// The badge (matchProfile over the page's mentions), the watchlist, goals and dashboard (scorePosting over
// stored skills) and the suggestions (the typed-array loop over packed postings) must give a posting the
// same score. The two loops are separate code over one definition (lib/match/score.ts); this checks the
// loops, tests/unit/suggest-score-definition.test.ts that they read the definition rather than a copy.
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

/** What the packed path says of one posting, saved alone: its percentage and whether it reaches the threshold. */
function packedScore(mentions: readonly SkillMention[], profile: Profile, countSoftSkills: boolean, threshold: number) {
  // The index never stores incidental skills (lib/match/compact-mentions.ts), so they are left out here too.
  const counted = mentions.filter((m) => !m.incidental);
  const report = suggestNextSkills({ postings: [{ key: 'k', saved: true, viewed: false, mentions: counted }], profile, byId, settings: { threshold, countSoftSkills } });
  return report.saved;
}

describe('one score everywhere', () => {
  it('gives the badge’s percentage, tier counts and colour band in every view, and in the suggestions', () => {
    fc.assert(
      fc.property(fc.array(mentionArb, { maxLength: 8 }), profileArb, fc.boolean(), fc.integer({ min: 1, max: 100 }), (mentions, profile, countSoftSkills, threshold) => {
        const badge = matchProfile(mentions, profile, byId, { countSoftSkills }).score;
        const stored = scorePosting(mentions, profile, byId, { countSoftSkills });
        expect(stored).toEqual(badge);
        expect(packedScore(mentions, profile, countSoftSkills, threshold)).toEqual({ meanPercent: badge.percent, atThreshold: badge.percent >= threshold ? 1 : 0 });
      }),
      { numRuns: 500 },
    );
  });

  it('scores a posting by hand the same way: required weighs twice, alternatives fill one slot', () => {
    // Required: c ✓ (via a), d or e ✗ (one slot); preferred: b ✓. Filled 2 + 1 of 2 + 2 + 1 → 60%.
    const mentions = [
      { id: 'c', requirement: 'required' }, { id: 'd', requirement: 'required', group: 1 }, { id: 'e', requirement: 'preferred', group: 1 }, { id: 'b', requirement: 'preferred' },
    ].map((m) => ({ ...m, name: m.id, category: 'lang', text: m.id, evidence: '', start: 0, end: 1 }) as SkillMention);
    const profile: Profile = { skills: [{ id: 'a', level: 'working', updatedAt: 0 }] };
    expect(matchProfile(mentions, profile, byId, { countSoftSkills: false }).score).toMatchObject({ percent: 60, required: { have: 1, total: 2 }, preferred: { have: 1, total: 1 } });
    expect(packedScore(mentions, profile, false, 60)).toEqual({ meanPercent: 60, atThreshold: 1 });
  });
});
