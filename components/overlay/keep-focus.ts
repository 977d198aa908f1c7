/**
 * Re-rendering the overlay replaces its elements, which would drop keyboard focus to the page's body
 * whenever an update arrives (a saved-state reply, a profile change in another tab) and leave a keyboard
 * user lost. These helpers remember which control had focus, by what it is rather than by node, and put
 * focus back on its counterpart after the replacement.
 */

/** Where focus was: the control's signature and which of the controls with that signature it was. */
export interface FocusMark {
  signature: string;
  index: number;
  /** Scroll positions of the scrolled containers, so a re-render does not jump the list back to the top. */
  scrolls: { signature: string; index: number; top: number }[];
}

const FOCUSABLE = 'button, a[href], input, select, textarea, [tabindex]';

function signatureOf(el: Element): string {
  const skill = el.closest('[data-skill]')?.getAttribute('data-skill') ?? '';
  return [el.tagName, el.className, el.getAttribute('data-testid') ?? '', el.getAttribute('value') ?? '', skill].join('|');
}

function activeWithin(root: HTMLElement): Element | null {
  const holder = root.getRootNode() as Document | ShadowRoot;
  const active = holder.activeElement;
  return active && root.contains(active) ? active : null;
}

function indexAmong(root: HTMLElement, selector: string, el: Element, signature: string): number {
  return [...root.querySelectorAll(selector)].filter((e) => signatureOf(e) === signature).indexOf(el);
}

/** Notes the focused control and scrolled containers inside `root`, if any. */
export function markFocus(root: HTMLElement): FocusMark | undefined {
  const scrolls = [...root.querySelectorAll<HTMLElement>('[data-keep-scroll]')]
    .filter((el) => el.scrollTop > 0)
    .map((el) => {
      const signature = signatureOf(el);
      return { signature, index: indexAmong(root, '[data-keep-scroll]', el, signature), top: el.scrollTop };
    });
  const active = activeWithin(root);
  if (!active && scrolls.length === 0) return undefined;
  const signature = active ? signatureOf(active) : '';
  return { signature, index: active ? indexAmong(root, FOCUSABLE, active, signature) : -1, scrolls };
}

/** Puts focus and scroll back where `mark` says, on the new elements that match. */
export function restoreFocus(root: HTMLElement, mark: FocusMark | undefined): void {
  if (!mark) return;
  for (const s of mark.scrolls) {
    const same = [...root.querySelectorAll<HTMLElement>('[data-keep-scroll]')].filter((e) => signatureOf(e) === s.signature);
    const el = same[s.index] ?? same[0];
    if (el) el.scrollTop = s.top;
  }
  if (mark.index < 0) return;
  const same = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((e) => signatureOf(e) === mark.signature);
  // The control may have gone (its skill moved to "You have"): then the first control (the badge) takes
  // focus rather than the page's body.
  (same[mark.index] ?? same[same.length - 1] ?? root.querySelector<HTMLElement>(FOCUSABLE))?.focus({ preventScroll: true });
}
