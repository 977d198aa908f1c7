import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompactMention } from '@/lib/match/compact-mentions';
import { decodeMentions, encodeMentions } from '@/lib/match/compact-mentions';
import { scorePosting } from '@/lib/match/posting-score';
import { PostingsPacker, preparePostings, suggestFromPrepared, suggestNextSkills, type SuggestionPosting } from '@/lib/match/suggest-next-skills';
import { BIN_BASE, buildPacks, CODES_ID } from '@/lib/db/index-packs';
import { preparedFromBins } from '@/lib/db/suggestion-source';
import { withSkill } from '@/lib/profile/profile';
import type { Profile } from '@/lib/model/profile';
import type { Skill } from '@/lib/model/skill';

const skill = (id: string, parents: string[] = [], category: Skill['category'] = 'lang'): Skill => ({ id, name: id.toUpperCase(), aliases: [], category, parents, related: [] });
// A small taxonomy with chains of parents (a → b → c) so that learning one skill fills several slots.
const skills = [
  skill('c'), skill('b', ['c']), skill('a', ['b']), skill('d'), skill('e', ['d']), skill('f', ['d']), skill('g'), skill('h', ['g', 'c']), skill('s', [], 'soft'),
];
const byId = new Map(skills.map((s) => [s.id, s]));
const ids = skills.map((s) => s.id);

const mentionArb: fc.Arbitrary<CompactMention> = fc.record({
  id: fc.constantFrom(...ids),
  requirement: fc.constantFrom('required', 'preferred', 'mentioned'),
  group: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
}).map((m) => ({ id: m.id, requirement: m.requirement, ...(m.group !== undefined ? { group: m.group } : {}), ...(m.id === 's' ? { soft: true } : {}) }) as CompactMention);
const postingArb: fc.Arbitrary<SuggestionPosting> = fc.record({
  key: fc.string(),
  saved: fc.boolean(),
  alsoViewed: fc.boolean(),
  mentions: fc.array(mentionArb, { maxLength: 7 }),
}).map(({ alsoViewed, ...p }) => ({ ...p, viewed: !p.saved || alsoViewed }));
const profileArb: fc.Arbitrary<Profile> = fc.uniqueArray(fc.record({ id: fc.constantFrom(...ids), level: fc.constantFrom('learning', 'working', 'expert') }), { selector: (s) => s.id, maxLength: 4 })
  .map((list) => ({ skills: list.map((s) => ({ ...s, updatedAt: 0 })) }) as Profile);

describe('"what it would open up" is exact', () => {
  it('equals, for every suggested skill, the count found by rescoring every posting with that skill added', () => {
    fc.assert(
      fc.property(fc.array(postingArb, { maxLength: 12 }), profileArb, fc.integer({ min: 1, max: 100 }), fc.boolean(), (postings, profile, threshold, countSoftSkills) => {
        const settings = { threshold, countSoftSkills };
        const report = suggestNextSkills({ postings, profile, byId, settings, limit: 100 });
        for (const s of [...report.suggestions, ...report.learning]) {
          const learned = withSkill(profile, s.id, 'working');
          let saved = 0;
          let viewed = 0;
          for (const p of postings) {
            const before = scorePosting(p.mentions, profile, byId, settings).percent;
            const after = scorePosting(p.mentions, learned, byId, settings).percent;
            if (before < threshold && after >= threshold) p.saved ? saved++ : viewed++;
          }
          expect(s.opens).toEqual({ saved, viewed });
        }
      }),
      { numRuns: 400 },
    );
  });

  it('packs postings the same from the index’s encoded strings as from mention objects', () => {
    fc.assert(
      fc.property(fc.array(postingArb, { maxLength: 10 }), fc.boolean(), (postings, countSoftSkills) => {
        const expected = preparePostings(postings, countSoftSkills);
        const packer = new PostingsPacker(countSoftSkills);
        for (const p of postings) packer.addEncoded(p.saved, p.viewed, encodeMentions(p.mentions));
        expect(packer.done()).toEqual(expected);
        // Coded as in the packed index: numbers into a list of ids (here, the order the objects met them).
        const coded = new PostingsPacker(countSoftSkills, expected.ids);
        for (const p of postings) {
          const text = `x\t${encodeMentions(p.mentions).replace(/(^| )([a-z]+)\//g, (_m, sep: string, id: string) => `${sep}${expected.ids.indexOf(id)}`)}\ty`;
          coded.addCoded(p.saved, p.viewed, text, 2, text.length - 2);
        }
        expect(coded.done()).toEqual(expected);
      }),
    );
  });

  it('ranks the same from the packs’ binary records, window and soft-skill setting applied, as from the postings themselves', () => {
    const FROM = 1_000;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(postingArb, fc.boolean()), { maxLength: 14 }),
        profileArb,
        fc.integer({ min: 1, max: 100 }),
        fc.boolean(),
        (list, profile, threshold, countSoftSkills) => {
          // Each posting viewed recently (in the window) or long ago; saved ones count either way.
          const rows = list.map(([p, recent], i) => ({ key: `k${i}`, firstAt: 0, seenAt: p.viewed ? (recent ? FROM + 5 : FROM - 5) : 0, saved: (p.saved ? 1 : 0) as 0 | 1, skills: encodeMentions(p.mentions) }));
          const counted = list
            .map(([p, recent]) => ({ ...p, viewed: p.viewed && recent }))
            .filter((p) => p.viewed || p.saved);
          const packs = buildPacks(rows);
          const ids = packs.find((p) => p.id === CODES_ID)!.lines.split('\n').filter(Boolean);
          const bins = packs.filter((p) => p.id >= BIN_BASE).map((p) => structuredClone(p.bin!));
          const settings = { threshold, countSoftSkills };
          const fromBins = suggestFromPrepared(preparedFromBins(bins, ids, FROM, countSoftSkills), profile, byId, settings, 100);
          expect(fromBins).toEqual(suggestNextSkills({ postings: counted, profile, byId, settings, limit: 100 }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps what scoring needs through the compact encoding', () => {
    fc.assert(
      fc.property(fc.array(mentionArb, { maxLength: 10 }), (mentions) => {
        expect(decodeMentions(encodeMentions(mentions))).toEqual(mentions);
      }),
    );
    expect(encodeMentions([{ id: 'aws', requirement: 'preferred', incidental: true }, { id: 'go', requirement: 'required', group: 3 }])).toBe('go/r#3');
  });
});
