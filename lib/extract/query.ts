/** The first element that any of the selectors finds, tried in order (newest markup first). */
export function querySelectorFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    if (el) return el;
  }
  return null;
}
