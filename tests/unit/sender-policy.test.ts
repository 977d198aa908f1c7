import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { backgroundHandlers } from '@/lib/background/handlers';
import { routeMessage, type RouterOptions } from '@/lib/background/message-router';
import { SkillGapDatabase } from '@/lib/db/database';
import type { HandlerMap } from '@/lib/messaging/handler-map';
import { requestSchema, type RequestType } from '@/lib/messaging/protocol';
import { mayAccept, SENDER_POLICY, senderKind, type SenderInfo } from '@/lib/messaging/sender-policy';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const POPUP: SenderInfo = { id: ID, url: `chrome-extension://${ID}/popup.html`, origin: `chrome-extension://${ID}` };
const POPUP_IN_TAB: SenderInfo = { ...POPUP, tab: { id: 7 } };
const DASHBOARD: SenderInfo = { id: ID, url: `chrome-extension://${ID}/options.html#goals`, tab: { id: 8 } };
const CONTENT_SCRIPT: SenderInfo = { id: ID, url: 'https://boards.greenhouse.io/acme/jobs/1', origin: 'https://boards.greenhouse.io', tab: { id: 3 } };

describe('which kind of page sent a message', () => {
  it.each<[string, SenderInfo, string, ReturnType<typeof senderKind>]>([
    ['the popup', POPUP, ORIGIN, 'extension-page'],
    ['the popup opened in a tab', POPUP_IN_TAB, ORIGIN, 'extension-page'],
    ['the dashboard', DASHBOARD, ORIGIN, 'extension-page'],
    ['the Firefox popup', { id: ID, url: 'moz-extension://0b1c2d3e-aaaa-bbbb-cccc-0123456789ab/popup.html' }, 'moz-extension://0b1c2d3e-aaaa-bbbb-cccc-0123456789ab/', 'extension-page'],
    ['a content script on a job page', CONTENT_SCRIPT, ORIGIN, 'content-script'],
    ['a content script in a frame with only an origin', { id: ID, origin: 'https://jobs.lever.co', tab: { id: 4 } }, ORIGIN, 'content-script'],
    ['a web page whose address pretends to be the extension in its path', { id: ID, url: `https://evil.test/chrome-extension://${ID}/popup.html`, tab: { id: 5 } }, ORIGIN, 'content-script'],
    ['another extension’s page (in a tab)', { id: ID, url: 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba/popup.html', tab: { id: 6 } }, ORIGIN, 'content-script'],
    ['a sender with neither a tab nor the extension’s address', { id: ID, url: 'https://example.test/' }, ORIGIN, undefined],
    ['a sender with nothing to go by', { id: ID }, ORIGIN, undefined],
  ])('%s', (_what, sender, origin, kind) => {
    expect(senderKind(sender, origin)).toBe(kind);
  });
});

describe('the sender policy', () => {
  const types = requestSchema.options.map((o) => o.shape.type.value as RequestType);

  it('places every message type, and only those', () => {
    expect(Object.keys(SENDER_POLICY).sort()).toEqual([...types].sort());
  });

  it('keeps enabling and disabling sites, and asking for a progress snapshot, to the extension’s own pages', () => {
    const pagesOnly = types.filter((t) => !mayAccept(t, 'content-script'));
    expect(pagesOnly.sort()).toEqual(['progress:snapshot', 'site:disable', 'site:enable']);
    for (const t of types) expect(mayAccept(t, 'extension-page')).toBe(true);
    for (const t of types) expect(mayAccept(t, undefined)).toBe(false);
  });

  it('lets the content script send every message it does send', () => {
    const dir = join(import.meta.dirname, '../../entrypoints/job-page.content');
    const source = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const sent = [...new Set([...source.matchAll(/sendRequest\(\{\s*type: '([a-z]+:[a-z-]+)'/g)].map((m) => m[1] as RequestType))];
    expect(sent.length).toBeGreaterThan(8);
    expect(sent.filter((t) => !mayAccept(t, 'content-script'))).toEqual([]);
  });
});

describe('the background’s front door', () => {
  const options = (overrides: Partial<HandlerMap> = {}): RouterOptions & { warnings: string[] } => {
    const warnings: string[] = [];
    return { handlers: { ...backgroundHandlers(new SkillGapDatabase('router-never-opened')), ...overrides }, runtimeId: ID, extensionOrigin: ORIGIN, warn: (s) => warnings.push(s), warnings };
  };
  const enable = { type: 'site:enable', origin: 'https://careers.fernhill.test', tabId: 3 };

  it('refuses site:enable and site:disable from a content script, and never runs their handlers', async () => {
    const handler = vi.fn(async () => ({ enabled: true as const }));
    const opts = options({ 'site:enable': handler, 'site:disable': vi.fn(async () => ({ enabled: false as const })) });
    expect(await routeMessage(enable, CONTENT_SCRIPT, opts)).toEqual({
      ok: false,
      error: 'refused message site:enable from a web page: only SkillGap’s own pages may send it',
    });
    expect(await routeMessage({ type: 'site:disable', origin: 'https://careers.fernhill.test' }, CONTENT_SCRIPT, opts)).toMatchObject({ ok: false });
    expect(handler).not.toHaveBeenCalled();
    expect(opts.handlers['site:disable']).not.toHaveBeenCalled();
    expect(opts.warnings).toHaveLength(2);
  });

  it('runs site:enable from the popup, with the tab it names, and answers with its result', async () => {
    const handler = vi.fn(async () => ({ enabled: true as const }));
    expect(await routeMessage(enable, POPUP, options({ 'site:enable': handler }))).toEqual({ ok: true, value: { enabled: true } });
    expect(handler).toHaveBeenCalledWith(enable, { tabId: undefined, sender: 'extension-page' });
  });

  it('answers a content script’s own messages, with its tab', async () => {
    const handler = vi.fn(async () => ({ shown: true }));
    expect(await routeMessage({ type: 'tab:score', percent: 70, threshold: 80 }, CONTENT_SCRIPT, options({ 'tab:score': handler }))).toEqual({ ok: true, value: { shown: true } });
    expect(handler).toHaveBeenCalledWith({ type: 'tab:score', percent: 70, threshold: 80 }, { tabId: 3, sender: 'content-script' });
  });

  it('does not answer other extensions, refuses a malformed message with its reason, and turns a failure into a sentence', async () => {
    expect(routeMessage(enable, { ...POPUP, id: 'someone-else' }, options())).toBeUndefined();
    const opts = options({ 'watchlist:has': async () => Promise.reject(new Error('the disk is full')) });
    expect(await routeMessage({ type: 'storage:dump' }, POPUP, opts)).toMatchObject({ ok: false, error: expect.stringMatching(/^refused message at type: /) });
    expect(opts.warnings).toHaveLength(1);
    expect(await routeMessage({ type: 'watchlist:has', key: 'k' }, CONTENT_SCRIPT, opts)).toEqual({ ok: false, error: 'the disk is full' });
  });
});
