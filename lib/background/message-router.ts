import { dispatch, type HandlerMap } from '@/lib/messaging/handler-map';
import { parseRequest, type Response } from '@/lib/messaging/protocol';
import { mayAccept, refusedSenderSentence, senderKind, type SenderInfo } from '@/lib/messaging/sender-policy';
import { failureSentence } from '@/lib/storage/storage-failure';

/** What the router needs to know of the extension it runs in. */
export interface RouterOptions {
  handlers: HandlerMap;
  /** `runtime.id`: messages from any other extension get no answer at all. */
  runtimeId: string;
  /** The extension's own origin ("chrome-extension://<id>"), which tells its pages from web pages. */
  extensionOrigin: string;
  /** Where a refused message's reason is written (the worker's console). */
  warn?: (sentence: string) => void;
}

/**
 * Answers one message: checks who sent it, validates its shape, checks that this kind of page may send it,
 * and runs its handler. Returns undefined (no answer) for messages from other extensions, else the answer:
 * the handler's result, or one sentence saying why the message was refused or what went wrong.
 */
export function routeMessage(message: unknown, sender: SenderInfo, options: RouterOptions): Promise<Response> | undefined {
  if (sender.id !== options.runtimeId) return undefined;
  const warn = options.warn ?? ((s: string) => console.warn(`SkillGap: ${s}`));
  const parsed = parseRequest(message);
  if (!parsed.ok) {
    warn(parsed.error);
    return Promise.resolve({ ok: false, error: parsed.error });
  }
  const { request } = parsed;
  const kind = senderKind(sender, options.extensionOrigin);
  if (!kind || !mayAccept(request.type, kind)) {
    const error = refusedSenderSentence(request.type, kind);
    warn(error);
    return Promise.resolve({ ok: false, error });
  }
  return dispatch(options.handlers, request, { tabId: sender.tab?.id, sender: kind }).then(
    (value): Response => ({ ok: true, value }),
    (err: unknown): Response => ({ ok: false, error: failureSentence(err) }),
  );
}
