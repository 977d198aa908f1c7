import type { Skill } from '@/lib/model/skill';

/** Every skill reachable from `ids` through parents, with its parents: what profile coverage needs. */
export function ancestryOf(ids: readonly string[], byId: ReadonlyMap<string, Skill>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const stack = [...ids];
  while (stack.length) {
    const id = stack.pop()!;
    if (id in out) continue;
    const parents = byId.get(id)?.parents ?? [];
    out[id] = parents;
    stack.push(...parents);
  }
  return out;
}
