/** One row of ESCO's partial export: a concept's preferred label and the alternative-label block printed beside it. */
export interface AltLabelRow {
  label: string;
  altLabels: readonly string[];
}

/**
 * The partial ESCO export in ../shared/reference prints most alternative-label blocks beside the wrong
 * concept ("dog behaviour" carries "railway legislation, railway statutes…"; 4,008 of its 4,143 blocks share
 * no word with the label they stand beside), while the concept URIs and labels themselves agree with the
 * collections. Each block does list its own concept's preferred label among the alternatives, so a block
 * is given to the one concept whose preferred label it contains. A block that names no concept, or several,
 * is dropped: an unknown owner would make the matcher find the wrong skill. Checked against the
 * collections' own alternative labels: 728 of the 740 blocks realigned this way agree with them.
 */
export function realignAltLabels(rows: readonly AltLabelRow[]): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const { label } of rows) {
    const key = normalLabel(label);
    owners.set(key, [...(owners.get(key) ?? []), label]);
  }
  const byLabel = new Map<string, string[]>();
  for (const { altLabels } of rows) {
    const named = new Set(altLabels.flatMap((alt) => owners.get(normalLabel(alt)) ?? []));
    for (const owner of named.size === 1 ? named : []) {
      const kept = byLabel.get(owner) ?? [];
      for (const alt of altLabels) if (normalLabel(alt) !== normalLabel(owner) && !kept.includes(alt)) kept.push(alt);
      byLabel.set(owner, kept);
    }
  }
  return byLabel;
}

function normalLabel(label: string): string {
  return label.replace(/\s+/g, ' ').trim().toLowerCase();
}
