import type { HandlersFor } from '@/lib/messaging/handler-map';
import { withStopWord } from '@/lib/overlay/stoplist';
import { readStoplist, stoplistStorage } from '@/lib/storage/overlay-storage';

/** A word the person hid on a site, from the panel. */
export function stoplistHandlers(): HandlersFor<'stoplist:add'> {
  return {
    'stoplist:add': async ({ site, text }) => {
      await stoplistStorage.setValue(withStopWord(await readStoplist(), site, text));
      return { done: true };
    },
  };
}
