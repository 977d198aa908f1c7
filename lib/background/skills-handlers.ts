import type { HandlersFor } from '@/lib/messaging/handler-map';
import { ancestryOf } from '@/lib/skills/ancestry';
import { findSkills, sharedMatcher } from '@/lib/skills/skill-engine';

/** The skill engine, run here so the taxonomy and its compiled matcher stay out of content scripts. */
export function skillsHandlers(): HandlersFor<'skills:find' | 'skills:ancestry'> {
  return {
    'skills:find': ({ texts }) => ({ mentions: texts.map((t) => findSkills(t)) }),
    'skills:ancestry': ({ ids }) => ({ parents: ancestryOf(ids, sharedMatcher().byId) }),
  };
}
