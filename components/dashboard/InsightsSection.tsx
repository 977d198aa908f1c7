import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { BarChart } from '@/components/charts/BarChart';
import { LineChart } from '@/components/charts/LineChart';
import { useSkillGap } from '@/components/popup/skillgap-context';
import { ALL_POSTINGS_ID } from '@/lib/model/demand';
import { progressRepo, WATCHLIST_SUBJECT } from '@/lib/db/progress-repo';
import { lastMonths, monthlyShares, topDemand } from '@/lib/match/insights';

const COVERAGE_LABEL = { direct: 'you have it', implied: 'covered by a skill you have', learning: 'you are learning it', none: 'you do not have it yet' } as const;
const TONE = { direct: 'good', implied: 'good-light', learning: 'fair', none: 'poor' } as const;
const monthLabel = (m: string) => new Date(`${m}-01T00:00:00Z`).toLocaleDateString(undefined, { month: 'short', year: '2-digit', timeZone: 'UTC' });
const weekLabel = (t: number) => new Date(t).toLocaleDateString(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** Charts: the skills most asked for with the person's coverage, demand month by month, and progress. */
export function InsightsSection() {
  const { db, byId, profile, settings } = useSkillGap();
  const rows = useLiveQuery(() => db.skillDemand.toArray(), [db]);
  const progress = useLiveQuery(() => progressRepo(db).series(WATCHLIST_SUBJECT), [db]);
  const bars = useMemo(() => (rows ? topDemand(rows, byId, profile, { countSoftSkills: settings.countSoftSkills, limit: 15 }) : []), [rows, byId, profile, settings.countSoftSkills]);
  const months = useMemo(() => lastMonths(Date.now(), 12), []);
  const monthly = useMemo(() => (rows ? monthlyShares(rows, bars.slice(0, 5).map((b) => b.id), months) : []), [rows, bars, months]);
  if (!rows) return <p className="empty" role="status">Loading…</p>;
  const total = rows.find((r) => r.id === ALL_POSTINGS_ID)?.required ?? 0;
  if (total === 0) return <p className="empty">No postings yet: insights appear once you have viewed or saved a few.</p>;
  const covered = bars.filter((b) => b.coverage === 'direct' || b.coverage === 'implied').length;
  return (
    <>
      <p className="lead">
        Across {total} {total === 1 ? 'posting' : 'postings'} you viewed or saved, you cover {covered} of the {bars.length} skills asked for most.
      </p>
      <BarChart
        title="Skills most asked for, and your coverage"
        legend={[{ tone: 'good', label: 'You have it' }, { tone: 'good-light', label: 'Covered by a narrower skill' }, { tone: 'fair', label: 'Learning' }, { tone: 'poor', label: 'Not yet' }]}
        bars={bars.map((b) => ({
          id: b.id,
          label: b.name,
          value: b.postings,
          tone: TONE[b.coverage],
          detail: `${b.postings} ${b.postings === 1 ? 'posting' : 'postings'} (${b.required} required) · ${COVERAGE_LABEL[b.coverage]}`,
        }))}
      />
      <LineChart
        title="Share of postings asking for each, month by month"
        xLabels={months.map(monthLabel)}
        series={monthly.map((m) => ({ id: m.id, name: byId.get(m.id)?.name ?? m.id, values: m.shares }))}
      />
      {progress && progress.length > 0 && (
        <LineChart
          title="Mean match of your saved postings, week by week"
          xLabels={progress.map((p) => weekLabel(p.week))}
          series={[{ id: 'watchlist', name: 'Saved postings', values: progress.map((p) => p.value) }]}
        />
      )}
    </>
  );
}
