import { z } from 'zod';
import { postingSnapshotSchema, type SavedSkill } from '@/lib/model/posting';
import { seenReportSchema } from '@/lib/model/seen-posting';
import type { SkillMention } from '@/lib/model/mention';
import type { GoalSlots } from '@/lib/goals/goal-fit-line';
import { overlayPrefsSchema, type OverlayPrefs } from '@/lib/model/overlay-prefs';
import type { Stoplist } from '@/lib/model/stoplist';
import { skillLevelSchema, type Profile } from '@/lib/model/profile';
import type { Settings } from '@/lib/model/settings';

/** What a content script needs to know of the person, validated by the background. */
export interface PageStateSnapshot {
  profile: Profile;
  settings: Settings;
  prefs: OverlayPrefs;
  stoplist: Stoplist;
  /** Parents of the profile's skills and of theirs, for coverage. */
  ancestry: Record<string, string[]>;
  /** Ids of the person's career goals: when they change, the open posting asks again which it fits. */
  goalIds: string[];
}

/** Every message a content script may send to the background, validated there before anything happens. */
export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('watchlist:save'), posting: postingSnapshotSchema }),
  z.object({ type: z.literal('watchlist:remove'), key: z.string().min(1).max(300) }),
  z.object({ type: z.literal('watchlist:has'), key: z.string().min(1).max(300) }),
  z.object({ type: z.literal('posting:seen'), posting: seenReportSchema }),
  z.object({ type: z.literal('seen:lookup'), keys: z.array(z.string().min(1).max(300)).max(500) }),
  // The engine runs in the background: the taxonomy and its compiled matcher stay out of the content script.
  z.object({ type: z.literal('skills:find'), texts: z.array(z.string().max(300_000)).min(1).max(600) }),
  // Which of the person's goals a posting fits (by its title and its counted skills), for the overlay's goal line.
  z.object({ type: z.literal('posting:goals'), title: z.string().max(1000), skillIds: z.array(z.string().min(1).max(100)).max(2000) }),
  z.object({ type: z.literal('skills:ancestry'), ids: z.array(z.string().min(1).max(100)).max(5000) }),
  // The content script's view of the person, read and validated here so that it carries no schemas.
  z.object({ type: z.literal('page:state') }),
  z.object({ type: z.literal('profile:set-level'), id: z.string().min(1).max(100), level: skillLevelSchema }),
  z.object({ type: z.literal('stoplist:add'), site: z.string().min(1).max(200), text: z.string().min(1).max(100) }),
  z.object({ type: z.literal('prefs:set'), change: overlayPrefsSchema.partial() }),
  // From the popup: run SkillGap on a site the person granted (and in its open tab), or stop.
  z.object({ type: z.literal('site:enable'), origin: z.string().url().max(300), tabId: z.number().int().optional() }),
  z.object({ type: z.literal('site:disable'), origin: z.string().url().max(300) }),
  // From Learn next and Goals: take this week's progress snapshot now, as the view shows new figures.
  z.object({ type: z.literal('progress:snapshot') }),
  z.object({ type: z.literal('tab:score'), percent: z.number().int().min(0).max(100).nullable(), threshold: z.number().int().min(1).max(100) }),
]);
export type Request = z.infer<typeof requestSchema>;
/** The name of every message the background accepts. */
export type RequestType = Request['type'];
/** The request of one type. */
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** The background's answer: a result, or a sentence saying what went wrong. */
export type Response<T = unknown> = { ok: true; value: T } | { ok: false; error: string };

/** What each request answers with (the background's handler map is typed from it: lib/messaging/handler-map.ts). */
export interface ResponseMap {
  'watchlist:save': { saved: true };
  'watchlist:remove': { saved: false };
  'watchlist:has': { saved: boolean };
  'posting:seen': { recorded: true };
  'seen:lookup': { skills: Record<string, SavedSkill[]> };
  'tab:score': { shown: boolean };
  'skills:find': { mentions: SkillMention[][] };
  'page:state': PageStateSnapshot;
  'profile:set-level': { done: true };
  'stoplist:add': { done: true };
  'prefs:set': { done: true };
  'site:enable': { enabled: true };
  'site:disable': { enabled: false };
  'skills:ancestry': { parents: Record<string, string[]> };
  'posting:goals': { goals: GoalSlots[] };
  'progress:snapshot': { recorded: number };
}

/** Parses an incoming message, or explains in one sentence why it was refused. */
export function parseRequest(message: unknown): { ok: true; request: Request } | { ok: false; error: string } {
  const parsed = requestSchema.safeParse(message);
  if (parsed.success) return { ok: true, request: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  return { ok: false, error: `refused message${where}: ${issue?.message ?? 'unknown shape'}` };
}
