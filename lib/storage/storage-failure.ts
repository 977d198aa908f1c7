/** The sentence for a full disk: IndexedDB and storage.local roll a failed write back whole. */
export const STORAGE_FULL_SENTENCE =
  'Your browser has no room left for SkillGap’s data: this change was not saved, and everything saved before is still there. Free some disk space or remove old saved postings, then try again.';

/** Whether a failed write failed for lack of room (Dexie reports it as QuotaExceededError, or wraps it). */
export function isStorageFull(err: unknown): boolean {
  const names = [err, (err as { inner?: unknown } | undefined)?.inner].map((e) => (e as { name?: unknown } | undefined)?.name);
  const message = err instanceof Error ? err.message : String(err);
  return names.includes('QuotaExceededError') || /quota/i.test(message);
}

/** What a person is told when saving failed: a full disk said plainly, anything else as it was reported. */
export function failureSentence(err: unknown): string {
  if (isStorageFull(err)) return STORAGE_FULL_SENTENCE;
  return err instanceof Error ? err.message : String(err);
}
