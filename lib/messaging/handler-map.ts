import type { Request, RequestOf, RequestType, ResponseMap } from './protocol';
import type { SenderKind } from './sender-policy';

/** What a handler knows of who sent the request, besides the request itself. */
export interface HandlerContext {
  /** The sender's tab (a content script's, or an extension page open in a tab). */
  tabId: number | undefined;
  /** The kind of page that sent it, already checked against the message's sender policy. */
  sender: SenderKind;
}

/**
 * One handler per type of a request union `R`, each answering with that type's entry of `M`. A type of `R`
 * without an entry in `M` does not compile (it cannot index `M`).
 */
export type HandlerMapOf<R extends { type: string }, M extends { [T in R['type']]: unknown }> = {
  [T in R['type']]: (request: Extract<R, { type: T }>, context: HandlerContext) => Promise<M[T]> | M[T];
};

/**
 * The background's handlers: one for every request type of the protocol. Built from the request union, so a
 * message type added to `requestSchema` without a handler (or without an entry in `ResponseMap`) is a
 * compile error where the map is put together (lib/background/handlers.ts).
 */
export type HandlerMap = HandlerMapOf<Request, ResponseMap>;

/** Answers one type of request with that type's response. */
export type Handler<T extends RequestType> = HandlerMap[T];

/** The handlers of some request types: what one feature module of the background provides. */
export type HandlersFor<T extends RequestType> = Pick<HandlerMap, T>;

/** Runs the handler of a request's type. */
export async function dispatch<T extends RequestType>(handlers: HandlerMap, request: RequestOf<T>, context: HandlerContext): Promise<ResponseMap[T]> {
  // TypeScript cannot correlate `handlers[request.type]` with the request's own type; the mapped type guarantees it.
  const handler = handlers[request.type as T] as (request: RequestOf<T>, context: HandlerContext) => Promise<ResponseMap[T]> | ResponseMap[T];
  return handler(request, context);
}
