import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRequest, requestSchema } from '@/lib/messaging/protocol';

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
          // Only what the schema allows gets through; anything else is refused.
          expect(requestSchema.safeParse(value).success).toBe(true);
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

  // Known gap for lib/db/saved-posting.ts to close: `z.string().url()` accepts any scheme, so a posting URL of
  // "javascript:…" or "data:…" is stored and later rendered as a link in the popup and options page (React
  // and the extension's CSP stop it from running, but it should never be stored). Restrict postings to
  // http(s) URLs. Fails until fixed.
  it.each([['javascript:alert(document.cookie)'], ['data:text/html,<script>alert(1)</script>']])('refuses a posting whose URL is %s', (url) => {
    const parsed = parseRequest({ type: 'watchlist:save', posting: { key: 'k', url, site: null, title: '', company: '', location: '', text: '', skills: [] } });
    expect(parsed.ok).toBe(false);
  });
});
