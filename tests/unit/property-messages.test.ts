import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backgroundHandlers } from '@/lib/background/handlers';
import { routeMessage } from '@/lib/background/message-router';
import { SkillGapDatabase } from '@/lib/db/database';
import { readPage } from '@/lib/extract/read-page';
import { toSeenReport, toSnapshot } from '@/lib/extract/to-snapshot';
import type { PostingRead } from '@/lib/extract/types';
import { countedSkillIds } from '@/lib/goals/goal-fit-line';
import { matchProfile } from '@/lib/match/match-profile';
import { parseRequest } from '@/lib/messaging/protocol';
import { findSkills, sharedMatcher } from '@/lib/skills/skill-engine';
import type { SkillMention } from '@/lib/model/mention';
import { FIXTURE_ROUTES } from '../fixtures/routes';
import { loadFixture } from './site-fixture-suite';

// The background's front door: any value a content script (or a page that got hold of one) could send is
// either a well-formed request or refused with one sentence that says where and what is wrong.

const savedSkill = fc.record({
  id: fc.string({ minLength: 1, maxLength: 20 }),
  name: fc.string({ maxLength: 20 }),
  category: fc.string({ maxLength: 10 }),
  requirement: fc.constantFrom('required', 'preferred', 'mentioned'),
  evidence: fc.string({ maxLength: 60 }),
});
const posting = fc.record({
  key: fc.string({ minLength: 1, maxLength: 300 }),
  url: fc.webUrl(),
  site: fc.option(fc.string({ maxLength: 50 }), { nil: null }),
  title: fc.string({ maxLength: 500 }),
  company: fc.string({ maxLength: 300 }),
  location: fc.string({ maxLength: 300 }),
  text: fc.string({ maxLength: 2000 }),
  skills: fc.array(savedSkill, { maxLength: 5 }),
});
const key = fc.string({ minLength: 1, maxLength: 300 });

/** Every request the protocol allows, generated. */
const validRequest = fc.oneof(
  posting.map((p) => ({ type: 'watchlist:save', posting: p })),
  key.map((k) => ({ type: 'watchlist:remove', key: k })),
  key.map((k) => ({ type: 'watchlist:has', key: k })),
  posting.map(({ text: _text, ...p }) => ({ type: 'posting:seen', posting: p })),
  fc.array(key, { maxLength: 20 }).map((keys) => ({ type: 'seen:lookup', keys })),
  fc.array(fc.string({ maxLength: 300 }), { minLength: 1, maxLength: 5 }).map((texts) => ({ type: 'skills:find', texts })),
  fc.array(fc.string({ minLength: 1, maxLength: 100 }), { maxLength: 20 }).map((ids) => ({ type: 'skills:ancestry', ids })),
  fc.record({ type: fc.constant('tab:score'), percent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), threshold: fc.integer({ min: 1, max: 100 }) }),
);

/** A valid request with one field replaced by anything, or an extra field, or a wrong type name. */
const brokenRequest = fc.oneof(
  fc.tuple(validRequest, fc.anything()).map(([r, v]) => {
    const field = Object.keys(r).find((k) => k !== 'type')!;
    return { ...r, [field]: v };
  }),
  fc.tuple(validRequest, fc.string()).map(([r, type]) => ({ ...r, type })),
  validRequest.map((r) => ({ ...r, type: r.type.toUpperCase() })),
);

const HANDLERS = backgroundHandlers(new SkillGapDatabase('property-messages-never-opened'));

describe('messages to the background', () => {
  it('accepts every well-formed request as it is', () => {
    fc.assert(
      fc.property(validRequest, (request) => {
        const parsed = parseRequest(request);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.request.type).toBe(request.type);
      }),
      { numRuns: 300 },
    );
  });

  it('answers any value at all without throwing: a request, or one sentence saying why not', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }), brokenRequest), (value) => {
        const parsed = parseRequest(value);
        if (parsed.ok) {
          // What gets through is a request the background has a handler for.
          expect(Object.keys(HANDLERS)).toContain(parsed.request.type);
        } else {
          expect(parsed.error).toMatch(/^refused message( at [\w.]+)?: \S/);
          expect(parsed.error).not.toContain('\n');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['an unknown type', { type: 'storage:dump' }, 'refused message at type'],
    ['a save without a posting', { type: 'watchlist:save' }, 'refused message at posting'],
    ['2 MB of text in one save', { type: 'watchlist:save', posting: { key: 'k', url: 'https://example.com/', site: null, title: '', company: '', location: '', text: 'x'.repeat(2_000_000), skills: [] } }, 'refused message at posting.text'],
    ['too many texts for the engine', { type: 'skills:find', texts: new Array(601).fill('x') }, 'refused message at texts'],
    ['a percent out of range', { type: 'tab:score', percent: 101, threshold: 50 }, 'refused message at percent'],
    ['a prototype-polluting key', JSON.parse('{"type":"watchlist:has","key":"k","__proto__":{"admin":true}}'), null],
  ])('refuses or cleans %s', (_name, message, error) => {
    const parsed = parseRequest(message);
    if (error === null) {
      // Accepted, but only the declared fields come through, and nothing reached Object.prototype.
      expect(parsed.ok && Object.keys(parsed.request)).toEqual(['type', 'key']);
      expect(({} as Record<string, unknown>).admin).toBeUndefined();
    } else {
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error.startsWith(error)).toBe(true);
    }
  });

  // A posting's URL is rendered as a link in the popup and the dashboard: only http(s) URLs are stored.
  it.each([['javascript:alert(document.cookie)'], ['data:text/html,<script>alert(1)</script>']])('refuses a posting whose URL is %s', (url) => {
    const parsed = parseRequest({ type: 'watchlist:save', posting: { key: 'k', url, site: null, title: '', company: '', location: '', text: '', skills: [] } });
    expect(parsed.ok).toBe(false);
  });
});

// The messages the content script really builds (lib/extract/to-snapshot.ts and the posting controller's
// score and goal requests), from every fixture posting, through the real router and handlers.
const CONTENT_SCRIPT = { id: 'skillgap', url: 'https://boards.greenhouse.io/x', tab: { id: 7 } };
const fixturePostings = FIXTURE_ROUTES.flatMap(({ url, file }) => {
  const posting = readPage(loadFixture(file), new URL(url)).posting;
  return posting ? [{ file, posting }] : [];
});

describe('messages the content script builds', () => {
  let dbCount = 0;
  const route = (message: unknown, handlers: ReturnType<typeof backgroundHandlers>) =>
    routeMessage(message, CONTENT_SCRIPT, { handlers, runtimeId: 'skillgap', extensionOrigin: 'chrome-extension://skillgap', warn: () => undefined });

  it('reads postings from the site fixtures', () => {
    expect(fixturePostings.length).toBeGreaterThan(20);
  });

  it.each(fixturePostings)('are accepted and answered for $file', async ({ posting }) => {
    const handlers = backgroundHandlers(new SkillGapDatabase(`property-messages-${dbCount++}`));
    const mentions = findSkills(posting.text);
    const snapshot = toSnapshot(posting, mentions);
    // Accepted whole: the schema drops or changes nothing the builder put in.
    const save = parseRequest({ type: 'watchlist:save', posting: snapshot });
    expect(save.ok && save.request).toEqual({ type: 'watchlist:save', posting: snapshot });
    expect(await route({ type: 'watchlist:save', posting: snapshot }, handlers)).toEqual({ ok: true, value: { saved: true } });
    expect(await route({ type: 'watchlist:has', key: posting.key }, handlers)).toEqual({ ok: true, value: { saved: true } });

    const seen = toSeenReport(posting, mentions);
    expect(await route({ type: 'posting:seen', posting: seen }, handlers)).toEqual({ ok: true, value: { recorded: true } });
    // A list card of this posting gets back the skills the report carried.
    expect(await route({ type: 'seen:lookup', keys: [posting.key] }, handlers)).toMatchObject({ ok: true, value: { skills: { [posting.key]: seen.skills } } });

    const { percent } = matchProfile(mentions, { skills: [] }, sharedMatcher().byId, { countSoftSkills: false }).score;
    expect(parseRequest({ type: 'tab:score', percent, threshold: 80 }).ok).toBe(true);
    expect(parseRequest({ type: 'posting:goals', title: posting.title.slice(0, 1000), skillIds: countedSkillIds(mentions).slice(0, 2000) }).ok).toBe(true);
  });

  it('cuts any posting, however long its fields and however many its skills, to what the protocol accepts', () => {
    const mention = fc.record({ id: fc.string({ minLength: 1, maxLength: 40 }), requirement: fc.constantFrom('required', 'preferred', 'mentioned'), evidence: fc.string({ maxLength: 300 }) })
      .map((m): SkillMention => ({ ...m, name: m.id, category: 'lang', text: m.id, start: 0, end: 1 }));
    const postingRead = fc.record({
      site: fc.option(fc.string({ maxLength: 50 }), { nil: null }),
      title: fc.string({ maxLength: 1500, size: 'max' }),
      company: fc.string({ maxLength: 900, size: 'max' }),
      location: fc.string({ maxLength: 900, size: 'max' }),
      key: fc.string({ minLength: 1, maxLength: 300 }),
      url: fc.webUrl(),
      text: fc.string({ maxLength: 3000 }),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    }) as fc.Arbitrary<PostingRead>;
    fc.assert(
      fc.property(postingRead, fc.array(mention, { maxLength: 600, size: 'max' }), (posting, mentions) => {
        const snapshot = toSnapshot(posting, mentions);
        const save = parseRequest({ type: 'watchlist:save', posting: snapshot });
        expect(save.ok && save.request).toEqual({ type: 'watchlist:save', posting: snapshot });
        expect(parseRequest({ type: 'posting:seen', posting: toSeenReport(posting, mentions) }).ok).toBe(true);
      }),
      // Inputs this large take minutes to shrink; the first failing one says enough.
      { numRuns: 60, endOnFailure: true },
    );
  });
});
