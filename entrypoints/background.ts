import '@/lib/zod-config';
import { browser, defineBackground } from '#imports';
import { database } from '@/lib/db/database';
import { registerPruneAlarm } from '@/lib/db/prune-alarm';
import { seenRepo } from '@/lib/db/seen-repo';
import { watchlistRepo } from '@/lib/db/watchlist-repo';
import { parseRequest, type Request, type Response } from '@/lib/messaging/protocol';
import { colourTier } from '@/lib/overlay/score-tiers';
import { failureSentence } from '@/lib/storage/storage-failure';
import type { Goal } from '@/lib/goals/goal';
import { goalSlots, goalTargetsFromTemplates, type GoalTarget } from '@/lib/goals/goal-fit';
import { readGoals } from '@/lib/storage/goals-storage';
import { ancestryOf } from '@/lib/skills/ancestry';
import { registrationId } from '@/lib/site-access/site-access';
import { findSkills, sharedMatcher } from '@/lib/skills/skill-engine';
import { withStopWord } from '@/lib/overlay/stoplist';
import { withSkill } from '@/lib/profile/profile';
import { profileStorage, readProfile, readSettings } from '@/lib/storage/items';
import { overlayPrefsStorage, readOverlayPrefs, readStoplist, stoplistStorage } from '@/lib/storage/overlay-storage';

/** The toolbar button's API: `action` in Manifest V3, `browserAction` in the Firefox (Manifest V2) build. */
const toolbarButton = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

const BADGE_COLOURS = { good: '#116329', fair: '#9a6700', poor: '#a40e26' } as const;

/** The background owns the database for content scripts, which cannot reach the extension's IndexedDB. */
export default defineBackground(() => {
  const watchlist = watchlistRepo(database());
  const seen = seenRepo(database());
  void registerPruneAlarm(database());
  // Role skills per goal from the shipped templates, kept while the goals stay the same.
  let targets: { key: string; value: GoalTarget[] } | undefined;
  const goalTargets = (goals: Goal[]): GoalTarget[] => {
    const key = JSON.stringify(goals);
    if (targets?.key !== key) targets = { key, value: goalTargetsFromTemplates(goals) };
    return targets.value;
  };
  // Compile the matcher as soon as the worker starts, so the first posting does not wait for it.
  setTimeout(() => sharedMatcher(), 0);

  async function handle(request: Request, tabId: number | undefined): Promise<unknown> {
    switch (request.type) {
      case 'watchlist:save':
        await watchlist.save(request.posting);
        return { saved: true };
      case 'watchlist:remove':
        await watchlist.remove(request.key);
        return { saved: false };
      case 'watchlist:has':
        return { saved: await watchlist.has(request.key) };
      case 'posting:seen':
        await seen.record(request.posting);
        return { recorded: true };
      case 'seen:lookup':
        return { skills: await seen.skillsByKey(request.keys) };
      case 'skills:find':
        return { mentions: request.texts.map((t) => findSkills(t)) };
      case 'page:state': {
        const [profile, settings, prefs, stoplist, goals] = await Promise.all([readProfile(), readSettings(), readOverlayPrefs(), readStoplist(), readGoals()]);
        return { profile, settings, prefs, stoplist, ancestry: ancestryOf(profile.skills.map((s) => s.id), sharedMatcher().byId), goalIds: goals.goals.map((g) => g.id) };
      }
      case 'profile:set-level':
        await profileStorage.setValue(withSkill(await readProfile(), request.id, request.level));
        return { done: true };
      case 'stoplist:add':
        await stoplistStorage.setValue(withStopWord(await readStoplist(), request.site, request.text));
        return { done: true };
      case 'prefs:set':
        await overlayPrefsStorage.setValue({ ...(await readOverlayPrefs()), ...request.change });
        return { done: true };
      case 'site:enable': {
        const pattern = `${new URL(request.origin).origin}/*`;
        if (!(await browser.permissions.contains({ origins: [pattern] }))) throw new Error(`SkillGap has not been allowed on ${request.origin}`);
        const id = registrationId(new URL(request.origin).origin);
        const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
        if (!existing.length) {
          await browser.scripting.registerContentScripts([{ id, matches: [pattern], js: ['/content-scripts/job-page.js'], runAt: 'document_idle', persistAcrossSessions: true }]);
        }
        // The page already open does not get the newly registered script until it reloads: run it there now.
        if (request.tabId !== undefined) await browser.scripting.executeScript({ target: { tabId: request.tabId }, files: ['/content-scripts/job-page.js'] });
        return { enabled: true };
      }
      case 'site:disable': {
        const id = registrationId(new URL(request.origin).origin);
        if ((await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length) await browser.scripting.unregisterContentScripts({ ids: [id] });
        return { enabled: false };
      }
      case 'posting:goals':
        return { goals: goalSlots({ title: request.title, skillIds: request.skillIds }, goalTargets((await readGoals()).goals), sharedMatcher().byId) };
      case 'skills:ancestry':
        return { parents: ancestryOf(request.ids, sharedMatcher().byId) };
      case 'tab:score': {
        // The toolbar icon shows the active tab's score; each tab keeps its own badge text.
        if (tabId === undefined) return { shown: false };
        const text = request.percent === null ? '' : `${request.percent}`;
        await toolbarButton().setBadgeText({ tabId, text });
        if (request.percent !== null) {
          await toolbarButton().setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[colourTier(request.percent, request.threshold)] });
        }
        return { shown: true };
      }
    }
  }

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: Response) => void) => {
    // Only this extension's own pages and content scripts may talk to it.
    if (sender.id !== browser.runtime.id) return false;
    const parsed = parseRequest(message);
    if (!parsed.ok) {
      console.warn(`SkillGap: ${parsed.error}`);
      sendResponse({ ok: false, error: parsed.error });
      return false;
    }
    handle(parsed.request, sender.tab?.id).then(
      (value) => sendResponse({ ok: true, value }),
      (err: unknown) => sendResponse({ ok: false, error: failureSentence(err) }),
    );
    return true;
  });
});

