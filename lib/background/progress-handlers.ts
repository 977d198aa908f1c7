import type { SkillGapDatabase } from '@/lib/db/database';
import type { HandlersFor } from '@/lib/messaging/handler-map';
import { snapshotProgress } from './progress-snapshot';

/** This week's progress snapshot taken on request, when Learn next or Goals shows new figures. */
export function progressHandlers(db: SkillGapDatabase): HandlersFor<'progress:snapshot'> {
  return {
    'progress:snapshot': async () => ({ recorded: await snapshotProgress(db) }),
  };
}
