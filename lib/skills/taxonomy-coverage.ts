import type { SkillMatcher } from '@/lib/skills/compile-matcher';
import { foldText, foldTerm } from '@/lib/taxonomy/fold-text';

const VENDOR = /^(?:Microsoft|Oracle|Google|Amazon Web Services|Amazon|Apple|Dassault Systemes|IBM|Adobe Systems|Adobe|SAP|Apache|Eclipse|Autodesk|Atlassian|Salesforce|Intuit|Epic Systems|Cisco|Red Hat|VMware|Facebook|Meta|The MathWorks|MathWorks|Unity Technologies|JetBrains|Bentley Systems|Esri)\s+/i;

/** How much of a public skill list the taxonomy covers. */
export interface CoverageReport {
  total: number;
  covered: number;
  missing: string[];
}

/**
 * Which entries of a public list the taxonomy covers: an entry counts when its name, with any
 * parenthesised qualifier removed ("Ruby (computer programming)"), is a taxonomy name or alias, or when
 * the matcher finds a skill spanning most of it ("SAS language", "Apache Maven").
 */
export function coverageOf(matcher: SkillMatcher, entries: readonly string[]): CoverageReport {
  const terms = termsOf(matcher);
  const missing: string[] = [];
  for (const entry of entries) {
    const bare = entry.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
    const key = foldTerm(bare);
    if (terms.has(key)) continue;
    // O*NET prefixes vendors and appends acronyms: "Microsoft PowerShell", "Microsoft SQL Server Integration Services SSIS".
    const unvendored = foldTerm(bare.replace(VENDOR, ''));
    const words = unvendored.split(' ');
    if (terms.has(unvendored) || terms.has(words.slice(0, -1).join(' ')) || (words.length > 1 && terms.has(words.at(-1)!) && /^[A-Z0-9.]{2,}$/.test(bare.split(' ').at(-1)!))) continue;
    const folded = foldText(bare);
    const found = matcher.scan(folded).some((m) => m.end - m.start >= key.replace(/\b(?:software|language|tools?|systems?)\b/g, '').trim().length * 0.6);
    if (!found) missing.push(entry);
  }
  return { total: entries.length, covered: entries.length - missing.length, missing };
}

/** Every folded name and alias of the matcher's taxonomy, search-only ones too; folded once per matcher (a table has a line per family). */
const termsByMatcher = new WeakMap<SkillMatcher, Set<string>>();
function termsOf(matcher: SkillMatcher): Set<string> {
  let terms = termsByMatcher.get(matcher);
  if (!terms) {
    terms = new Set<string>();
    for (const s of matcher.taxonomy.skills) for (const t of [s.name, ...s.aliases]) terms.add(foldTerm(t));
    termsByMatcher.set(matcher, terms);
  }
  return terms;
}

/** One occupation family's line of the coverage table. */
export interface FamilyCoverage {
  family: string;
  total: number;
  covered: number;
}

/** Coverage of each family's entries, in the families' order. */
export function coverageByFamily(matcher: SkillMatcher, families: Readonly<Record<string, readonly string[]>>): FamilyCoverage[] {
  return Object.entries(families).map(([family, entries]) => {
    const { total, covered } = coverageOf(matcher, entries);
    return { family, total, covered };
  });
}

/** A markdown table of family coverage, with a total line. */
export function formatCoverageTable(title: string, rows: readonly FamilyCoverage[]): string {
  const pct = (c: number, t: number) => (t ? `${((100 * c) / t).toFixed(0)}%` : '-');
  const total = rows.reduce((a, r) => a + r.total, 0);
  const covered = rows.reduce((a, r) => a + r.covered, 0);
  return [
    `| ${title} | covered | of | share |`,
    '|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.family} | ${r.covered} | ${r.total} | ${pct(r.covered, r.total)} |`),
    `| **all** | ${covered} | ${total} | ${pct(covered, total)} |`,
  ].join('\n');
}
