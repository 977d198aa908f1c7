/** A dated snapshot of how the person stands, for progress charts (goals' coverage, saved postings' scores). */
export interface ProgressSnapshot {
  /** Auto-increment id. */
  id?: number;
  /** Start of the ISO week the snapshot stands for (ms). */
  week: number;
  takenAt: number;
  /** What was measured: "goal:<goal id>" or "watchlist". */
  subject: string;
  /** Coverage or mean score, 0..100. */
  value: number;
}
