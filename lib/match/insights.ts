import type { SkillDemand } from '@/lib/model/demand';
import { ALL_POSTINGS_ID } from '@/lib/model/demand';
import type { Profile } from '@/lib/model/profile';
import type { Skill } from '@/lib/model/skill';
import { profileCoverage } from './skill-coverage';

/** A most-asked-for skill with how the person covers it. */
export interface DemandBar {
  id: string;
  name: string;
  /** Postings (viewed or saved) that ask for it. */
  postings: number;
  required: number;
  coverage: 'direct' | 'implied' | 'learning' | 'none';
}

/** The skills most asked for in the postings kept, most first, with the person's coverage of each. */
export function topDemand(rows: readonly SkillDemand[], byId: ReadonlyMap<string, Skill>, profile: Profile, opts: { countSoftSkills: boolean; limit: number }): DemandBar[] {
  const cover = profileCoverage(profile, byId);
  const bars: DemandBar[] = [];
  for (const r of rows) {
    const skill = byId.get(r.id);
    if (!skill || r.id === ALL_POSTINGS_ID) continue;
    if (skill.category === 'soft' && !opts.countSoftSkills) continue;
    const c = cover(r.id);
    bars.push({
      id: r.id,
      name: skill.name,
      postings: r.required + r.preferred + r.mentioned,
      required: r.required,
      coverage: c.kind === 'none' ? (c.learning ? 'learning' : 'none') : c.kind,
    });
  }
  bars.sort((a, b) => b.postings - a.postings || b.required - a.required || a.name.localeCompare(b.name));
  return bars.slice(0, opts.limit);
}

/** The last `count` months up to the one holding `now`, oldest first: ["2026-01", …, "2026-12"]. */
export function lastMonths(now: number, count: number): string[] {
  const d = new Date(now);
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - i, 1));
    out.push(m.toISOString().slice(0, 7));
  }
  return out;
}

/** Per month, the share (0..100) of postings that asked for each skill; null where no posting was counted that month. */
export function monthlyShares(rows: readonly SkillDemand[], ids: readonly string[], months: readonly string[]): { id: string; shares: (number | null)[] }[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const totals = byId.get(ALL_POSTINGS_ID)?.byMonth ?? {};
  return ids.map((id) => ({
    id,
    shares: months.map((m) => (totals[m] ? Math.round(((byId.get(id)?.byMonth[m] ?? 0) / totals[m]) * 100) : null)),
  }));
}
