import { findSkills } from '@/lib/skills/skill-engine';
import { normalizeTitle } from './normalize-title';
import type { RoleTemplate } from './role-template-schema';

/** A posting of a corpus: where it came from, its title and its text. */
export interface CorpusPosting {
  source: string;
  title: string;
  text: string;
}

/** How role templates are measured; the defaults are what the shipped templates use. */
export interface MeasureOptions {
  /** Fewer postings than this give frequencies too noisy to ship: such roles are hand-set instead. */
  minPostings: number;
  /** Skills asked for by fewer postings than this share are left out… */
  minFrequency: number;
  /** …and by fewer than this many postings (one posting is an anecdote, whatever the share). */
  minCount: number;
  maxSkills: number;
  /** Only titles the normaliser reads this surely count. */
  minConfidence: number;
  /** Sources collected by searching for a skill, which would make that skill look required by every role. */
  excludedSources: ReadonlySet<string>;
}

export const DEFAULT_MEASURE_OPTIONS: MeasureOptions = {
  minPostings: 10,
  minFrequency: 0.08,
  minCount: 2,
  maxSkills: 30,
  minConfidence: 0.6,
  // The 2026 postings were found by searching for "Python".
  excludedSources: new Set(['google-jobs-2026']),
};

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Role templates measured over a corpus: postings grouped by the role their title normalises to, the skill
 * engine run over each text, and per role the share of postings asking for each skill (one vote per posting
 * and skill) and, of those, the share requiring it. Soft skills and company-blurb mentions do not count.
 */
export function measureRoleTemplates(postings: readonly CorpusPosting[], options: MeasureOptions = DEFAULT_MEASURE_OPTIONS): RoleTemplate[] {
  const byRole = new Map<string, CorpusPosting[]>();
  for (const p of postings) {
    if (options.excludedSources.has(p.source)) continue;
    const t = normalizeTitle(p.title);
    if (!t.roleId || t.confidence < options.minConfidence) continue;
    byRole.set(t.roleId, [...(byRole.get(t.roleId) ?? []), p]);
  }
  const templates: RoleTemplate[] = [];
  for (const [roleId, list] of [...byRole].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (list.length < options.minPostings) continue;
    const asked = new Map<string, number>();
    const required = new Map<string, number>();
    for (const p of list) {
      const strongest = new Map<string, boolean>();
      for (const m of findSkills(p.text)) {
        if (m.soft || m.incidental) continue;
        strongest.set(m.id, (strongest.get(m.id) ?? false) || m.requirement === 'required');
      }
      for (const [id, req] of strongest) {
        asked.set(id, (asked.get(id) ?? 0) + 1);
        if (req) required.set(id, (required.get(id) ?? 0) + 1);
      }
    }
    const skills = [...asked]
      .filter(([, n]) => n >= options.minCount)
      .map(([id, n]) => ({ id, frequency: round(n / list.length), requiredShare: round((required.get(id) ?? 0) / n) }))
      .filter((s) => s.frequency >= options.minFrequency)
      .sort((a, b) => b.frequency - a.frequency || a.id.localeCompare(b.id))
      .slice(0, options.maxSkills);
    templates.push({ roleId, source: 'corpus', postings: list.length, skills });
  }
  return templates;
}
