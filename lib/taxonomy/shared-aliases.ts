/**
 * Aliases that two skills may both claim on purpose (the matcher then takes the first skill in data order).
 * Anything not listed here must belong to one skill only; the taxonomy test enforces it.
 */
export const SHARED_ALIASES: ReadonlySet<string> = new Set<string>([]);
