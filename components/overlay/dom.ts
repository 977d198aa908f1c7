/** Attributes and event handlers for `h`. */
type Props = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;
type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes, handlers and children. Strings become text nodes, so page text
 * given to it can never be read as markup.
 */
export function h(doc: Document, tag: string, props: Props = {}, ...children: (Child | Child[])[]): HTMLElement {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    else if (name === 'className') el.className = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return el;
}
