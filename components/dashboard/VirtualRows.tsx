import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Renders only the rows in view (plus a margin) of a long list of fixed-height rows, so a table of
 * 10,000 saved postings scrolls as smoothly as one of ten. Rows are absolutely placed inside a spacer
 * as tall as the whole list.
 */
export function VirtualRows<T>({ items, rowHeight, height, overscan = 8, renderRow, label, rowCountOffset = 1 }: {
  items: readonly T[];
  rowHeight: number;
  height: number;
  overscan?: number;
  renderRow(item: T, index: number, style: React.CSSProperties): ReactNode;
  label: string;
  /** Rows above the first item (a header row), for aria-rowindex. */
  rowCountOffset?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setTop(el.scrollTop));
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      el.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, []);
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((top + height) / rowHeight) + overscan);
  const rows: ReactNode[] = [];
  for (const [offset, item] of items.slice(first, last).entries()) {
    const i = first + offset;
    rows.push(renderRow(item, i + rowCountOffset, { position: 'absolute', top: i * rowHeight, height: rowHeight, left: 0, right: 0 }));
  }
  return (
    <div ref={ref} className="virtual-rows" style={{ height, overflowY: 'auto', position: 'relative' }} role="rowgroup" aria-label={label} tabIndex={0}>
      <div style={{ height: items.length * rowHeight, position: 'relative' }}>{rows}</div>
    </div>
  );
}
