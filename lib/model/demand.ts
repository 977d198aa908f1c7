/** Demand for one skill, kept up to date as postings are seen or saved (never recomputed from all postings). */
export interface SkillDemand {
  id: string;
  /** Postings (seen or saved) that ask for it, by requirement. */
  required: number;
  preferred: number;
  mentioned: number;
  /** Postings that ask for it per month, "2026-11" → count, for the demand-over-time chart. */
  byMonth: Record<string, number>;
}

/** The demand row that counts postings themselves per month, so charts can show shares. Not a skill id. */
export const ALL_POSTINGS_ID = '_postings';
