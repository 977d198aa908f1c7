/**
 * Highlights matched (green) and missing (amber) skills in the posting's text, and flashes one sentence's
 * skill when the person asks where it is. Boxes are painted over the words from a layer in a closed shadow
 * root, so the page's DOM is never changed and its scripts cannot see what is highlighted: the CSS Custom
 * Highlight API would register the ranges, and their colours, in `CSS.highlights`, which the page can read,
 * telling it which skills the person has and lacks.
 */

const LAYER_CSS = `
:host { all: initial; position: fixed; inset: 0; pointer-events: none; z-index: 2147483645; contain: strict; }
.box { position: absolute; border-radius: 2px; }
.have { background: rgba(46, 160, 67, 0.28); }
.missing { background: rgba(212, 167, 44, 0.38); }
.flash { background: rgba(9, 105, 218, 0.3); box-shadow: 0 0 0 2px rgba(9, 105, 218, 0.75); }
@media (prefers-color-scheme: dark) { .have { background: rgba(63, 185, 80, 0.3); } .missing { background: rgba(227, 179, 65, 0.3); } }
`;

type Kind = 'have' | 'missing' | 'flash';

/** How long a flashed skill stays marked. */
const FLASH_MS = 1600;

export function createHighlighter(doc: Document) {
  const win = doc.defaultView!;
  let host: HTMLElement | undefined;
  let layer: HTMLElement | undefined;
  const ranges: Record<Kind, Range[]> = { have: [], missing: [], flash: [] };
  let frame: number | undefined;
  let flashTimer: number | undefined;
  let resizeObserver: ResizeObserver | undefined;

  const schedule = () => {
    if (frame === undefined) frame = win.requestAnimationFrame(paint);
  };

  function mount(): HTMLElement {
    if (layer && host?.isConnected) return layer;
    host = doc.createElement('skillgap-highlights');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = LAYER_CSS;
    layer = doc.createElement('div');
    shadow.append(style, layer);
    // Beside <body>, not in it: the page's own observers of its content see no change.
    doc.documentElement.append(host);
    // The boxes follow the words: any scroll (the page's or a pane's), a resize, or the layout changing.
    win.addEventListener('scroll', schedule, { capture: true, passive: true });
    win.addEventListener('resize', schedule, { passive: true });
    resizeObserver = new ResizeObserver(schedule);
    if (doc.body) resizeObserver.observe(doc.body);
    return layer;
  }

  function unmount(): void {
    win.removeEventListener('scroll', schedule, { capture: true });
    win.removeEventListener('resize', schedule);
    resizeObserver?.disconnect();
    resizeObserver = undefined;
    host?.remove();
    host = layer = undefined;
    if (frame !== undefined) win.cancelAnimationFrame(frame);
    frame = undefined;
  }

  function paint(): void {
    frame = undefined;
    if (!ranges.have.length && !ranges.missing.length && !ranges.flash.length) return unmount();
    const into = mount();
    const clips = new Map<Element, DOMRect | null>();
    const boxes: HTMLElement[] = [];
    for (const kind of ['have', 'missing', 'flash'] as const) {
      for (const range of ranges[kind]) {
        const clip = clipOf(range, clips);
        if (!clip) continue;
        for (const r of range.getClientRects()) {
          const left = Math.max(r.left, clip.left);
          const top = Math.max(r.top, clip.top);
          const right = Math.min(r.right, clip.right);
          const bottom = Math.min(r.bottom, clip.bottom);
          if (right - left < 1 || bottom - top < 1) continue;
          const box = doc.createElement('div');
          box.className = `box ${kind}`;
          box.style.cssText = `left:${left}px;top:${top}px;width:${right - left}px;height:${bottom - top}px`;
          boxes.push(box);
        }
      }
    }
    into.replaceChildren(...boxes);
  }

  /**
   * The part of the viewport where a range's words can be seen: inside every ancestor that clips its
   * content (a scrolling detail pane), so a box never shows over the page where its words are scrolled away.
   */
  function clipOf(range: Range, cache: Map<Element, DOMRect | null>): DOMRect | null {
    const start = range.commonAncestorContainer;
    const el = start instanceof Element ? start : start.parentElement;
    if (!el?.isConnected) return null;
    // The chain up to the first ancestor already known (iteratively: a page may nest thousands deep)…
    const chain: Element[] = [];
    let clip: DOMRect | null = new DOMRect(0, 0, win.innerWidth, win.innerHeight);
    for (let e: Element | null = el; e && e !== doc.documentElement && e !== doc.body; e = e.parentElement) {
      const known = cache.get(e);
      if (known !== undefined) {
        clip = known;
        break;
      }
      chain.push(e);
    }
    // …then down again, each element's content clipped by its ancestors' and, if it clips, its own box.
    for (let i = chain.length - 1; i >= 0; i--) {
      const e = chain[i]!;
      const style = win.getComputedStyle(e);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') clip = intersect(clip, e.getBoundingClientRect());
      cache.set(e, clip);
    }
    return clip;
  }

  return {
    show(have: Range[], missing: Range[]): void {
      ranges.have = have;
      ranges.missing = missing;
      schedule();
    },
    clear(): void {
      ranges.have = [];
      ranges.missing = [];
      ranges.flash = [];
      if (flashTimer !== undefined) win.clearTimeout(flashTimer);
      flashTimer = undefined;
      unmount();
    },
    /** Scrolls to a range and flashes it for a moment. */
    flash(range: Range, reducedMotion: boolean): void {
      const target = range.startContainer.parentElement;
      target?.scrollIntoView({ block: 'center', behavior: reducedMotion ? 'auto' : 'smooth' });
      ranges.flash = [range];
      schedule();
      if (flashTimer !== undefined) win.clearTimeout(flashTimer);
      flashTimer = win.setTimeout(() => {
        flashTimer = undefined;
        ranges.flash = [];
        schedule();
      }, FLASH_MS);
    },
  };
}
export type Highlighter = ReturnType<typeof createHighlighter>;

function intersect(a: DOMRect | null, b: DOMRect | null): DOMRect | null {
  if (!a || !b) return null;
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  return right > left && bottom > top ? new DOMRect(left, top, right - left, bottom - top) : null;
}
