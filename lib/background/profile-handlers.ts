import type { HandlersFor } from '@/lib/messaging/handler-map';
import { withSkill } from '@/lib/profile/profile';
import { profileStorage, readProfile } from '@/lib/storage/items';

/** A skill's level set from the panel's gap list. */
export function profileHandlers(): HandlersFor<'profile:set-level'> {
  return {
    'profile:set-level': async ({ id, level }) => {
      await profileStorage.setValue(withSkill(await readProfile(), id, level));
      return { done: true };
    },
  };
}
