/**
 * The element SkillGap's closed shadow roots hang from, on a job page.
 *
 * Not a custom element: a page can define `skillgap-overlay` before SkillGap runs, and then the element
 * the content script creates is constructed by the page's class, which can keep its ElementInternals and
 * read the "closed" root through them. A built-in `span` has no constructor or registry entry a page can
 * prepare, and the content script's world has its own prototypes, so patching `attachShadow` or
 * `Node.prototype` in the page changes nothing here. The host is checked to be that plain element before
 * anything is drawn into it.
 */
export const HOST_TAG = 'span';

/** The attribute that names which SkillGap element a host is ("overlay", "card"), and nothing about the person. */
export const HOST_ATTRIBUTE = 'data-skillgap';

export type HostKind = 'overlay' | 'card';

/** Whether `el` is the plain `span` of this world that `document.createElement` gives, not something a page prepared. */
export function isPlainHost(el: Element): boolean {
  return (
    Object.getPrototypeOf(el) === HTMLSpanElement.prototype &&
    el.localName === HOST_TAG &&
    el.namespaceURI === 'http://www.w3.org/1999/xhtml' &&
    !el.hasAttribute('is')
  );
}

/** Hosts this content script sealed: a page can add look-alike spans, but cannot get one into this set. */
const sealed = new WeakSet<Node>();

/** Whether `node` is one of SkillGap's own hosts (so adding or removing it is not the page changing). */
export function isSealedHost(node: Node): boolean {
  return sealed.has(node);
}

/** Marks a plain host with its kind, or throws when it is not plain (then nothing is drawn, rather than drawn readable). */
export function sealHost(el: HTMLElement, kind: HostKind): HTMLElement {
  if (!isPlainHost(el)) throw new Error(`SkillGap: the ${kind} host is not a plain <${HOST_TAG}>; not drawing into it`);
  el.setAttribute(HOST_ATTRIBUTE, kind);
  sealed.add(el);
  return el;
}

/** A new plain host with a closed shadow root attached before it is placed in the page. */
export function createSealedHost(doc: Document, kind: HostKind): { host: HTMLElement; shadow: ShadowRoot } {
  const host = sealHost(doc.createElement(HOST_TAG), kind);
  const shadow = host.attachShadow({ mode: 'closed' });
  return { host, shadow };
}
