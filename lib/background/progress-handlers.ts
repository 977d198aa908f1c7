import type { SkillGapDatabase } from '@/lib/db/database';
import type { HandlersFor } from '@/lib/messaging/handler-map';
import { snapshotProgress, type ReadingsSource } from './progress-snapshot';

/** This week's progress snapshot taken on request, when Learn next or Goals shows new figures. */
export function progressHandlers(db: SkillGapDatabase, readings?: ReadingsSource): HandlersFor<'progress:snapshot'> {
  return {
    'progress:snapshot': async () => ({ recorded: await snapshotProgress(db, Date.now(), readings) }),
  };
}
