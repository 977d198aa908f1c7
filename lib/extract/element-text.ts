/** Where each piece of an element's text came from, so offsets in the text map back to DOM ranges. */
export interface TextMap {
  /** Text nodes in document order with the offset at which their text starts. */
  nodes: Text[];
  starts: number[];
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TR', 'UL', 'TD', 'TH',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'IFRAME']);
const HEADING = /^H[1-6]$/;

/** Most text the reader takes from one element; bigger pages are cut so the content script stays fast. */
export const MAX_TEXT = 200_000;

/**
 * The text of an element as a reader sees it: one line per block, headings and bold lead-ins on their own
 * line, and a map from every character back to its text node. `innerText` would do the first part but
 * forces layout, gives no map, and does not exist in linkedom.
 */
export function elementText(root: Element): { text: string; map: TextMap } {
  const nodes: Text[] = [];
  const starts: number[] = [];
  // Parts are joined once at the end, and the last character is tracked apart: asking a growing string
  // for its end after every append made reading a long description quadratic.
  const parts: string[] = [];
  let length = 0;
  let last = '';
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    last = s[s.length - 1] ?? last; // only non-empty strings are pushed
  };
  const newline = () => {
    if (length && last !== '\n') push('\n');
  };
  // An explicit stack rather than recursion: a page nested thousands of levels deep must not overflow.
  type Step = { node: Node; leave?: boolean };
  const stack: Step[] = [{ node: root }];
  while (stack.length && length < MAX_TEXT) {
    const { node, leave } = stack.pop()!;
    if (leave) {
      newline();
      continue;
    }
    if (node.nodeType === 3) {
      const value = (node as Text).data;
      if (!value) continue;
      const blank = !/\S/.test(value);
      if (blank && (!length || /\s/.test(last))) continue;
      nodes.push(node as Text);
      starts.push(length);
      // Same length as the node's data, so offsets map one to one.
      push(value.replace(/\s/g, ' '));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) continue;
    if (BLOCK.has(tag)) newline();
    if (BLOCK.has(tag) || HEADING.test(tag)) stack.push({ node: el, leave: true });
    const children: Node[] = [];
    for (let child = el.firstChild; child; child = child.nextSibling) children.push(child);
    for (const child of children.reverse()) stack.push({ node: child });
  }
  return { text: parts.join('').slice(0, MAX_TEXT), map: { nodes, starts } };
}

/** A DOM Range covering text offsets [start, end) of a mapped text, or null if the map does not reach. */
export function rangeForOffsets(doc: Document, map: TextMap, start: number, end: number): Range | null {
  const locate = (offset: number): [Text, number] | null => {
    let lo = 0;
    let hi = map.starts.length - 1;
    if (hi < 0) return null;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (map.starts[mid]! <= offset) lo = mid; // lo ≤ mid ≤ hi < starts.length
      else hi = mid - 1;
    }
    const node = map.nodes[lo];
    // nodes and starts are filled together; a map whose lists disagree does not reach this offset.
    const nodeStart = map.starts[lo];
    if (!node || nodeStart === undefined) return null;
    return [node, Math.min(node.data.length, Math.max(0, offset - nodeStart))];
  };
  const a = locate(start);
  const b = locate(end);
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  return range;
}

/** Whitespace-collapsed text content of an element, or '' when there is none. */
export function cleanText(el: Element | null | undefined): string {
  return collapseWhitespace(el?.textContent ?? '');
}

/**
 * One space for every run of whitespace, none at the ends. Attribute text (alt, aria-label, meta content)
 * goes through this before any pattern that starts with `\s+`: on a raw run of 50k spaces such a
 * pattern retries from every space and takes quadratic time.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
