import { useId } from 'react';

/** One bar: a label, a value, and a tone naming its colour class. */
export interface Bar {
  id: string;
  label: string;
  value: number;
  tone: string;
  /** Spoken and shown on hover: "12 postings · you have it". */
  detail: string;
}

const ROW = 22;
const LABEL_W = 140;
const VALUE_W = 44;

/**
 * A horizontal bar chart in plain SVG, sized to its container. The same figures are in a table that
 * screen readers read instead of the picture.
 */
export function BarChart({ title, bars, legend }: { title: string; bars: readonly Bar[]; legend?: readonly { tone: string; label: string }[] }) {
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = 640;
  const plot = width - LABEL_W - VALUE_W;
  const height = bars.length * ROW + 4;
  return (
    <figure className="chart bar-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {legend && (
        <ul className="legend" aria-hidden="true">
          {legend.map((l) => (
            <li key={l.tone}><span className={`swatch tone-${l.tone}`} />{l.label}</li>
          ))}
        </ul>
      )}
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet" aria-hidden="true" focusable="false">
        {bars.map((b, i) => {
          const y = i * ROW + 2;
          const w = Math.max(2, (b.value / max) * plot);
          return (
            <g key={b.id} data-bar={b.id}>
              <title>{`${b.label}: ${b.detail}`}</title>
              <text x={LABEL_W - 8} y={y + ROW / 2} dominantBaseline="middle" textAnchor="end" className="axis-label">{b.label}</text>
              <rect x={LABEL_W} y={y + 3} width={w} height={ROW - 6} rx={3} className={`tone-${b.tone}`} />
              <text x={LABEL_W + w + 6} y={y + ROW / 2} dominantBaseline="middle" className="value-label">{b.value}</text>
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <tbody>
          {bars.map((b) => (
            <tr key={b.id}><th scope="row">{b.label}</th><td>{b.detail}</td></tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
