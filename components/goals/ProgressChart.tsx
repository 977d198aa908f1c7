import { LineChart } from '@/components/charts/LineChart';
import type { ProgressSeries } from '@/lib/goals/progress';

const weekLabel = (weekStart: number) => new Date(weekStart).toLocaleDateString(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

/**
 * Progress week by week: each goal's coverage and the saved postings' mean match, one line each, drawn by
 * the shared plain-SVG line chart (a table carries the same figures for screen readers). A week without a
 * snapshot leaves a gap rather than inventing a value.
 */
export function ProgressChart({ series, title = 'Progress, week by week' }: { series: readonly ProgressSeries[]; title?: string }) {
  const weeks = [...new Set(series.flatMap((s) => s.points.map((p) => p.week)))].sort((a, b) => a - b);
  if (!weeks.length) {
    return <p className="empty" data-testid="progress-empty">The progress chart fills in week by week, as SkillGap notes your coverage of each goal.</p>;
  }
  const xLabels = weeks.map(weekLabel);
  return (
    <div className="progress-chart" data-testid="progress-chart">
      <LineChart
        title={title}
        xLabels={xLabels}
        series={series.map((s) => {
          const byWeek = new Map(s.points.map((p) => [p.week, p.value]));
          return { id: s.subject, name: s.label, values: weeks.map((w) => byWeek.get(w) ?? null) };
        })}
      />
    </div>
  );
}
