import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import { renderPostingOverlay, type OverlayHandlers, type OverlayState } from '@/components/overlay/posting-overlay';
import { HOST_TAG, sealHost } from '@/components/overlay/sealed-host';
import { rangeForOffsets } from '@/lib/extract/element-text';
import { toSeenReport, toSnapshot } from '@/lib/extract/to-snapshot';
import type { PostingRead } from '@/lib/extract/types';
import { countedSkillIds, goalFitLine, type GoalSlots } from '@/lib/goals/goal-fit-line';
import { matchProfile, type MatchedSkill, type MatchResult } from '@/lib/match/match-profile';
import { profileCoverage } from '@/lib/match/skill-coverage';
import { applyStoplist } from '@/lib/overlay/stoplist';
import { sendRequest } from '@/lib/messaging/send';
import type { SkillMention } from '@/lib/model/mention';
import { createHighlighter } from './highlighter';
import overlayCss from './style.css?inline';
import type { PageState } from './page-state';

/** One posting's overlay: the badge beside its title, the gap panel, highlights. At most one per page. */
export function createPostingController(ctx: ContentScriptContext, state: PageState) {
  const highlighter = createHighlighter(document);
  let current: { posting: PostingRead; mentions: SkillMention[]; root?: HTMLElement; goals?: GoalSlots[]; goalIds?: string } | undefined;
  // One shadow-root UI for the page's lifetime, moved from posting to posting: creating one per posting
  // would register a new invalidation listener each time an app switches postings.
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let anchor: Element = document.body;
  const view: Omit<OverlayState, 'result' | 'threshold' | 'minimized' | 'highlights' | 'canPoint' | 'confidence' | 'goalNotes'> = { saved: false, open: false };
  let token = 0;

  const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const visibleMentions = () => (current ? applyStoplist(current.mentions, location.hostname, state.stoplist) : []);
  const result = () => matchProfile(visibleMentions(), state.profile, state.ancestry, state.settings);

  function rangesFor(skills: MatchedSkill[]): Range[] {
    const map = current?.posting.textMap;
    if (!map) return [];
    return skills.map((s) => rangeForOffsets(document, map, s.start, s.end)).filter((r): r is Range => !!r);
  }

  /** Asks the background which of the person's goals this posting fits; the line is counted here, live. */
  function askGoals(): void {
    const asked = current;
    if (!asked) return;
    asked.goalIds = state.goalIds.join();
    if (!state.goalIds.length) {
      asked.goals = [];
      return;
    }
    sendRequest({ type: 'posting:goals', title: asked.posting.title.slice(0, 1000), skillIds: countedSkillIds(asked.mentions).slice(0, 2000) })
      .then((r) => {
        if (current !== asked) return;
        asked.goals = r.goals;
        render();
      })
      .catch(() => undefined);
  }

  function goalNotes(r: MatchResult): string[] {
    if (!current?.goals?.length) return [];
    const counted = new Set([...r.matched, ...r.missing].map((s) => s.id));
    const cover = profileCoverage(state.profile, state.ancestry);
    return current.goals.map((g) => goalFitLine(g, (id) => cover(id).kind !== 'none', counted).text);
  }

  function render(): void {
    if (!current?.root) return;
    if (current.goalIds !== state.goalIds.join()) askGoals();
    const r = result();
    const canPoint = !!current.posting.textMap;
    renderPostingOverlay(
      current.root,
      { ...view, goalNotes: goalNotes(r), result: r, threshold: state.settings.threshold, minimized: state.prefs.minimized, highlights: state.prefs.highlights && canPoint, canPoint, confidence: current.posting.confidence },
      handlers,
    );
    if (state.prefs.highlights && canPoint) highlighter.show(rangesFor(r.matched), rangesFor(r.missing));
    else highlighter.clear();
    const { percent } = r.score;
    sendRequest({ type: 'tab:score', percent, threshold: state.settings.threshold }).catch(() => undefined);
  }

  const act = async (what: string, work: () => Promise<unknown>) => {
    try {
      await work();
      view.error = undefined;
    } catch (err) {
      view.error = `Could not ${what}: ${err instanceof Error ? err.message : String(err)}`;
    }
    render();
  };

  const handlers: OverlayHandlers = {
    onToggle: () => {
      view.open = !view.open;
      render();
      if (view.open) current?.root?.querySelector<HTMLElement>('.sg-close')?.focus();
    },
    onClose: () => {
      view.open = false;
      render();
      current?.root?.querySelector<HTMLElement>('.sg-badge')?.focus();
    },
    onSave: () =>
      void act('save', async () => {
        if (!current) return;
        if (view.saved) await sendRequest({ type: 'watchlist:remove', key: current.posting.key });
        else await sendRequest({ type: 'watchlist:save', posting: toSnapshot(current.posting, current.mentions) });
        view.saved = !view.saved;
      }),
    onHave: (skill, level) => void act('update your profile', () => state.setSkill(skill.id, level)),
    onLearning: (skill) => void act('update your profile', () => state.setSkill(skill.id, 'learning')),
    onNotASkill: (skill) => void act('remember that', () => state.addStopWord(location.hostname, skill.text)),
    onShowEvidence: (skill) => {
      const [range] = rangesFor([skill]);
      if (range) highlighter.flash(range, reducedMotion());
    },
    onToggleHighlights: () => void act('change highlighting', () => state.setPrefs({ highlights: !state.prefs.highlights })),
    onToggleMinimized: () => void act('change the badge', () => state.setPrefs({ minimized: !state.prefs.minimized })),
    onHideOnSite: () => void act('hide the badge', () => state.setPrefs({ hiddenSites: [...new Set([...state.prefs.hiddenSites, location.hostname])] })),
  };

  function remove(): void {
    highlighter.clear();
    if (current) ui?.remove();
    current = undefined;
    view.open = false;
    view.saved = false;
    view.error = undefined;
  }

  function createUi(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    return createShadowRootUi(ctx, {
      // A plain <span> (see sealed-host.ts), closed: the job site's own scripts get null from
      // `host.shadowRoot` and cannot have prepared the element, so they cannot read the person's score or
      // which skills they have and lack. Only this content script holds the root.
      name: HOST_TAG,
      mode: 'closed',
      css: overlayCss,
      position: 'inline',
      anchor: () => anchor,
      append: (a, host) => (a === document.body ? a.prepend(host) : a.append(host)),
      onMount(container, _shadow, host) {
        sealHost(host, 'overlay');
        // WXT's container is a block <div>; inline keeps the title's line box as it was.
        container.style.display = 'inline';
        const root = document.createElement('div');
        root.className = 'sg-root';
        root.addEventListener('keydown', (e) => {
          if (e.key === 'Escape' && view.open) {
            e.stopPropagation();
            handlers.onClose();
          }
        });
        container.append(root);
        return root;
      },
      onRemove(root) {
        root?.remove();
      },
    });
  }

  return {
    /** Shows the overlay for a posting, keeping it when the same posting is still in place. */
    async show(posting: PostingRead | undefined, mentions: SkillMention[]): Promise<void> {
      const host = ui?.shadowHost;
      if (posting && current && current.posting.key === posting.key && host?.isConnected && current.posting.anchor === posting.anchor) {
        // The text changed under the same posting: ask about goals again if its skills did.
        if (countedSkillIds(current.mentions).join() !== countedSkillIds(mentions).join()) current.goalIds = undefined;
        current.posting = posting;
        current.mentions = mentions;
        render();
        return;
      }
      remove();
      if (!posting) return;
      const mine = ++token;
      ui ??= await createUi();
      // A newer posting arrived while this one was being prepared: drop this one.
      if (mine !== token) return;
      anchor = posting.anchor ?? document.body;
      current = { posting, mentions };
      ui.shadowHost.setAttribute('data-key', posting.key);
      ui.mount();
      current.root = ui.mounted;
      render();
      sendRequest({ type: 'posting:seen', posting: toSeenReport(posting, mentions) }).catch(() => undefined);
      sendRequest({ type: 'watchlist:has', key: posting.key })
        .then((r) => {
          if (current?.posting.key !== posting.key) return;
          view.saved = r.saved;
          render();
        })
        .catch(() => undefined);
    },
    /** Re-renders after the profile, settings or preferences changed. */
    refresh: render,
    remove,
    get key() {
      return current?.posting.key;
    },
  };
}
export type PostingController = ReturnType<typeof createPostingController>;
