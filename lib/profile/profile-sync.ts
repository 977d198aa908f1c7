import { skillLevelSchema, type Profile, type ProfileSkill, type SkillLevel } from '@/lib/model/profile';

/**
 * The profile in the browser's sync storage, which follows the person to their other browsers. Sync
 * storage is small (Chrome: 8 KB an item, 100 KB in all), so the profile is written compactly
 * ("python:s:4,sql:w") and split over numbered items.
 */
export const SYNC_KEY = 'profileSync';
/** Bytes per item, under Chrome's 8,192 (key and JSON quotes included). */
export const SYNC_CHUNK = 7_000;
/** Bytes in all, under Chrome's 102,400, with room to spare. */
export const SYNC_TOTAL = 90_000;

const LEVEL_CODE: Record<SkillLevel, string> = { learning: 'l', working: 'w', strong: 's', expert: 'e' };
const CODE_LEVEL = Object.fromEntries(Object.entries(LEVEL_CODE).map(([k, v]) => [v, k])) as Record<string, SkillLevel>;

/** The items to write: `profileSync` (what was written when, in how many parts) and `profileSync:0…n`. */
export function encodeProfileForSync(profile: Profile, now: number): { ok: true; items: Record<string, unknown> } | { ok: false; message: string } {
  const text = profile.skills.map((s) => `${s.id}:${LEVEL_CODE[s.level]}${s.years !== undefined ? `:${s.years}` : ''}`).join(',');
  if (text.length > SYNC_TOTAL) {
    return { ok: false, message: `The profile is too large for the browser’s sync storage (${Math.ceil(text.length / 1000)} KB of ${SYNC_TOTAL / 1000} KB).` };
  }
  const items: Record<string, unknown> = {};
  let parts = 0;
  for (let i = 0; i < text.length || parts === 0; i += SYNC_CHUNK) items[`${SYNC_KEY}:${parts++}`] = text.slice(i, i + SYNC_CHUNK);
  items[SYNC_KEY] = { parts, updatedAt: now };
  return { ok: true, items };
}

/** Reads the synced profile back, or undefined when there is none or it is incomplete. */
export function decodeProfileFromSync(items: Record<string, unknown>): { profile: Profile; updatedAt: number } | undefined {
  const meta = items[SYNC_KEY] as { parts?: unknown; updatedAt?: unknown } | undefined;
  if (!meta || typeof meta.parts !== 'number' || typeof meta.updatedAt !== 'number') return undefined;
  let text = '';
  for (let i = 0; i < meta.parts; i++) {
    const part = items[`${SYNC_KEY}:${i}`];
    if (typeof part !== 'string') return undefined;
    text += part;
  }
  const skills: ProfileSkill[] = [];
  const seen = new Set<string>();
  for (const entry of text ? text.split(',') : []) {
    const [id, code, years] = entry.split(':');
    // An entry without a level code ("react") has no level and is skipped below.
    const level = code === undefined ? undefined : CODE_LEVEL[code];
    if (!id || level === undefined || !skillLevelSchema.safeParse(level).success || seen.has(id)) continue;
    seen.add(id);
    const y = years === undefined ? undefined : Number(years);
    skills.push({ id, level, updatedAt: meta.updatedAt, ...(y !== undefined && Number.isFinite(y) ? { years: y } : {}) });
  }
  return { profile: { skills }, updatedAt: meta.updatedAt };
}

/** The keys of a previous write that a shorter one leaves behind, to remove. */
export function staleSyncKeys(previousParts: number, parts: number): string[] {
  const out: string[] = [];
  for (let i = parts; i < previousParts; i++) out.push(`${SYNC_KEY}:${i}`);
  return out;
}

/** When the local profile last changed (the newest skill change), for deciding which side is newer. */
export function profileChangedAt(profile: Profile): number {
  return profile.skills.reduce((t, s) => Math.max(t, s.updatedAt), 0);
}

/** The synced profile applied over the local one: sync does not carry when learning started or ended, so that is kept. */
export function applySynced(local: Profile, synced: Profile): Profile {
  const byId = new Map(local.skills.map((s) => [s.id, s]));
  return {
    skills: synced.skills.map((s) => {
      const prev = byId.get(s.id);
      return {
        ...s,
        ...(prev?.startedAt !== undefined ? { startedAt: prev.startedAt } : {}),
        ...(prev?.learnedAt !== undefined ? { learnedAt: prev.learnedAt } : {}),
      };
    }),
  };
}

/** What to do to bring this browser and sync storage together. */
export type SyncStep =
  | { kind: 'none' }
  | { kind: 'pull'; profile: Profile }
  | { kind: 'push'; items: Record<string, unknown>; remove: string[] }
  | { kind: 'error'; message: string };

/**
 * Compares the local profile with what sync storage holds: the side changed last wins. A push is stamped
 * with the local change time (not the clock), so the pull that its own change event triggers is a no-op.
 */
export function syncStep(local: Profile, syncItems: Record<string, unknown>): SyncStep {
  const remote = decodeProfileFromSync(syncItems);
  const localAt = profileChangedAt(local);
  if (remote && remote.updatedAt > localAt) return { kind: 'pull', profile: applySynced(local, remote.profile) };
  if (remote && remote.updatedAt === localAt) return { kind: 'none' };
  const encoded = encodeProfileForSync(local, localAt);
  if (!encoded.ok) return { kind: 'error', message: encoded.message };
  const previous = (syncItems[SYNC_KEY] as { parts?: number } | undefined)?.parts ?? 0;
  return { kind: 'push', items: encoded.items, remove: staleSyncKeys(previous, (encoded.items[SYNC_KEY] as { parts: number }).parts) };
}
