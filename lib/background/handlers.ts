import type { SkillGapDatabase } from '@/lib/db/database';
import type { HandlerMap } from '@/lib/messaging/handler-map';
import { goalsHandlers } from './goals-handlers';
import { pageStateHandler } from './page-state-handler';
import { prefsHandlers } from './prefs-handlers';
import { profileHandlers } from './profile-handlers';
import { progressHandlers } from './progress-handlers';
import { seenHandlers } from './seen-handlers';
import { siteAccessHandlers } from './site-access-handlers';
import { skillsHandlers } from './skills-handlers';
import { stoplistHandlers } from './stoplist-handlers';
import { toolbarHandlers } from './toolbar-handlers';
import { watchlistHandlers } from './watchlist-handlers';

/** Every message's handler, one feature module each; typed as `HandlerMap`, so none can be left out. */
export function backgroundHandlers(db: SkillGapDatabase): HandlerMap {
  return {
    ...watchlistHandlers(db),
    ...seenHandlers(db),
    ...skillsHandlers(),
    ...pageStateHandler(),
    ...profileHandlers(),
    ...stoplistHandlers(),
    ...prefsHandlers(),
    ...siteAccessHandlers(),
    ...goalsHandlers(),
    ...toolbarHandlers(),
    ...progressHandlers(db),
  };
}
