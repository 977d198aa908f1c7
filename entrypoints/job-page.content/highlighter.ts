/** Names of the highlights SkillGap registers; styled by a sheet adopted by the page's document. */
const HAVE = 'skillgap-have';
const MISSING = 'skillgap-missing';
const FLASH = 'skillgap-flash';

const HIGHLIGHT_CSS = `
::highlight(${HAVE}) { background-color: rgba(46, 160, 67, 0.28); }
::highlight(${MISSING}) { background-color: rgba(212, 167, 44, 0.38); }
::highlight(${FLASH}) { background-color: rgba(9, 105, 218, 0.35); }
mark[data-skillgap] { background: rgba(212, 167, 44, 0.38); color: inherit; }
mark[data-skillgap="have"] { background: rgba(46, 160, 67, 0.28); }
`;

type HighlightCtor = new (...ranges: Range[]) => object;
interface HighlightRegistry {
  set(name: string, h: object): void;
  delete(name: string): boolean;
}

/**
 * Highlights matched (green) and missing (amber) skills in the page's text with the CSS Custom Highlight
 * API: Ranges registered in `CSS.highlights`, so the page's DOM is never changed. Where the API is
 * missing, it falls back to wrapping the words in <mark> elements and unwraps them again on clear.
 */
export function createHighlighter(doc: Document) {
  const win = doc.defaultView as (Window & { Highlight?: HighlightCtor; CSS?: { highlights?: HighlightRegistry } }) | null;
  const registry = win?.CSS?.highlights;
  const Highlight = win?.Highlight;
  const native = !!registry && !!Highlight;
  let sheetAdopted = false;
  let marks: HTMLElement[] = [];
  let flashTimer: number | undefined;

  const adoptSheet = () => {
    if (sheetAdopted) return;
    sheetAdopted = true;
    // An adopted sheet styles the page without adding an element to its DOM.
    const sheet = new (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  };

  const wrap = (ranges: Range[], kind: string) => {
    for (const range of ranges) {
      if (range.startContainer !== range.endContainer || range.collapsed) continue;
      const mark = doc.createElement('mark');
      mark.dataset.skillgap = kind;
      try {
        range.surroundContents(mark);
        marks.push(mark);
      } catch {
        // A range across element boundaries cannot be wrapped; it simply stays unmarked.
      }
    }
  };

  return {
    /** Whether highlights leave the DOM untouched here. */
    native,
    show(have: Range[], missing: Range[]): void {
      adoptSheet();
      if (native) {
        registry!.set(HAVE, new Highlight!(...have));
        registry!.set(MISSING, new Highlight!(...missing));
      } else {
        this.clear();
        wrap(have, 'have');
        wrap(missing, 'missing');
      }
    },
    clear(): void {
      if (native) {
        registry!.delete(HAVE);
        registry!.delete(MISSING);
      } else {
        for (const mark of marks) mark.replaceWith(...mark.childNodes);
        marks = [];
      }
    },
    /** Scrolls to a range and flashes it for a moment. */
    flash(range: Range, reducedMotion: boolean): void {
      adoptSheet();
      const target = range.startContainer.parentElement;
      target?.scrollIntoView({ block: 'center', behavior: reducedMotion ? 'auto' : 'smooth' });
      if (!native) return;
      registry!.set(FLASH, new Highlight!(range));
      if (flashTimer !== undefined) win!.clearTimeout(flashTimer);
      flashTimer = win!.setTimeout(() => registry!.delete(FLASH), 1600);
    },
  };
}
export type Highlighter = ReturnType<typeof createHighlighter>;
