import type { SkillGapDatabase } from '@/lib/db/database';
import { seenRepo } from '@/lib/db/seen-repo';
import type { HandlersFor } from '@/lib/messaging/handler-map';

/** Recording a viewed posting, and the skills of postings read before (for list-card scores). */
export function seenHandlers(db: SkillGapDatabase): HandlersFor<'posting:seen' | 'seen:lookup'> {
  const seen = seenRepo(db);
  return {
    'posting:seen': async ({ posting }) => {
      await seen.record(posting);
      return { recorded: true };
    },
    'seen:lookup': async ({ keys }) => ({ skills: await seen.skillsByKey(keys) }),
  };
}
