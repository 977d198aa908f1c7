import { useId } from 'react';

/** One line: a name and a value per x position (null where there is no value). */
export interface Series {
  id: string;
  name: string;
  values: readonly (number | null)[];
}

const W = 640;
const H = 200;
const PAD = { left: 40, right: 28, top: 10, bottom: 28 };

/**
 * A line chart in plain SVG over shared x labels, values 0..`max` (percentages by default). Gaps where a
 * value is missing; a table carries the same figures for screen readers.
 */
export function LineChart({ title, xLabels, series, max = 100, unit = '%' }: { title: string; xLabels: readonly string[]; series: readonly Series[]; max?: number; unit?: string }) {
  const id = useId();
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (xLabels.length <= 1 ? plotW / 2 : (i / (xLabels.length - 1)) * plotW);
  const y = (v: number) => PAD.top + plotH - (Math.min(v, max) / max) * plotH;
  const every = Math.ceil(xLabels.length / 8);
  return (
    <figure className="chart line-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <ul className="legend" aria-hidden="true">
        {series.map((s, i) => (
          <li key={s.id}><span className={`swatch series-${i % 6}`} />{s.name}</li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" preserveAspectRatio="xMinYMin meet" aria-hidden="true" focusable="false">
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(f * max)} y2={y(f * max)} className="grid" />
            <text x={PAD.left - 6} y={y(f * max)} textAnchor="end" dominantBaseline="middle" className="axis-label">{Math.round(f * max)}{unit}</text>
          </g>
        ))}
        {xLabels.map((l, i) => (i % every === 0 || i === xLabels.length - 1 ? (
          <text key={l} x={x(i)} y={H - 8} textAnchor="middle" className="axis-label">{l}</text>
        ) : null))}
        {series.map((s, si) => {
          const segments: string[] = [];
          let current = '';
          s.values.forEach((v, i) => {
            if (v === null) {
              if (current) segments.push(current);
              current = '';
              return;
            }
            current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
          });
          if (current) segments.push(current);
          return (
            <g key={s.id} className={`series-${si % 6}`} data-series={s.id}>
              {segments.map((d, k) => <path key={k} d={d} fill="none" strokeWidth={2} />)}
              {s.values.map((v, i) => (v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={3}><title>{`${s.name}, ${xLabels[i]}: ${v}${unit}`}</title></circle>))}
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr><th scope="col">Skill</th>{xLabels.map((l) => <th key={l} scope="col">{l}</th>)}</tr>
        </thead>
        <tbody>
          {series.map((s) => (
            <tr key={s.id}><th scope="row">{s.name}</th>{s.values.map((v, i) => <td key={i}>{v === null ? '–' : `${v}${unit}`}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
