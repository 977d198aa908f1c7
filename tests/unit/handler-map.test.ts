import { describe, expect, expectTypeOf, it } from 'vitest';
import { backgroundHandlers } from '@/lib/background/handlers';
import { SkillGapDatabase } from '@/lib/db/database';
import type { Handler, HandlerMap, HandlerMapOf, HandlersFor } from '@/lib/messaging/handler-map';
import { requestSchema, type Request, type RequestOf, type RequestType, type ResponseMap } from '@/lib/messaging/protocol';

// The handler map's type is built from the request union: these checks run in `npm run typecheck` (tsc reads
// the tests too), where a `@ts-expect-error` that no longer finds its error fails the build.

describe('the background handler map', () => {
  it('has a handler for every request type, each answering with its own response type', () => {
    expectTypeOf<keyof HandlerMap>().toEqualTypeOf<RequestType>();
    expectTypeOf<ReturnType<HandlerMap['watchlist:has']>>().toEqualTypeOf<Promise<{ saved: boolean }> | { saved: boolean }>();
    expectTypeOf<Parameters<HandlerMap['site:enable']>[0]>().toEqualTypeOf<RequestOf<'site:enable'>>();
    expectTypeOf(backgroundHandlers).returns.toEqualTypeOf<HandlerMap>();

    // At run time too: every type the schema accepts has a function behind it, and nothing else is there.
    const handlers = backgroundHandlers(new SkillGapDatabase('handler-map-never-opened'));
    const types = requestSchema.options.map((o) => o.shape.type.value).sort();
    expect(Object.keys(handlers).sort()).toEqual(types);
    for (const t of types) expect(typeof handlers[t as RequestType]).toBe('function');
  });

  it('does not compile when a message type has no handler, or a handler answers with the wrong shape', () => {
    const { 'site:disable': _dropped, ...withoutOne } = backgroundHandlers(new SkillGapDatabase('handler-map-never-opened'));
    // @ts-expect-error -- 'site:disable' is missing: a map without one of the protocol's types is not a HandlerMap.
    const incomplete: HandlerMap = withoutOne;
    expect(Object.keys(incomplete)).not.toContain('site:disable');

    // A message type added to the request union (with its response) but given no handler is an error too.
    type Grown = HandlerMapOf<Request | { type: 'goals:refresh' }, ResponseMap & { 'goals:refresh': { refreshed: true } }>;
    const current = backgroundHandlers(new SkillGapDatabase('handler-map-never-opened'));
    // @ts-expect-error -- no handler for 'goals:refresh'.
    const grown: Grown = current;
    expect(grown).toBe(current);
    // And one without an entry in the response map cannot even be named.
    // @ts-expect-error -- 'goals:refresh' has no response type.
    type Unanswered = HandlerMapOf<Request | { type: 'goals:refresh' }, ResponseMap>;
    expectTypeOf<Unanswered>().not.toBeNever();

    // @ts-expect-error -- 'watchlist:has' answers { saved: boolean }, not { done: true }.
    const wrongAnswer: Handler<'watchlist:has'> = async () => ({ done: true });
    const rightAnswer: HandlersFor<'watchlist:has'> = { 'watchlist:has': async () => ({ saved: false }) };
    expect(typeof wrongAnswer).toBe('function');
    expectTypeOf(rightAnswer['watchlist:has']).returns.toEqualTypeOf<Promise<ResponseMap['watchlist:has']> | ResponseMap['watchlist:has']>();
  });
});
