import type { CardRead } from '@/lib/extract/types';
import type { SavedSkill } from '@/lib/model/posting';
import { matchProfile } from '@/lib/match/match-profile';
import { slotTotals } from '@/lib/match/posting-score';
import { fitTier } from '@/lib/match/score';
import { applyStoplist } from '@/lib/overlay/stoplist';
import { sendRequest } from '@/lib/messaging/send';
import type { SkillMention } from '@/lib/model/mention';
import { createSealedHost } from '@/components/overlay/sealed-host';
import type { PageState } from './page-state';

const CARD_CSS = `
:host { all: initial; position: relative; display: inline-block; width: 0; height: 0; vertical-align: middle; }
/* One box for every score ("–", "~7%", "100%"): the page can measure it, so its size must not follow the text. */
.b { position: absolute; left: 6px; top: 0; transform: translateY(-50%); white-space: nowrap; z-index: 2147483640;
  box-sizing: border-box; width: 50px; height: 17px; overflow: hidden; text-align: center;
  font: 600 11px/15px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; padding: 0 4px; border-radius: 999px; border: 1px solid currentColor; cursor: default; }
.good { color: #116329; background: #dafbe1; } .fair { color: #7d4e00; background: #fff8c5; } .poor { color: #a40e26; background: #ffebe9; }
@media (prefers-color-scheme: dark) { .good { color: #7ee787; background: #0f2e1a; } .fair { color: #e3b341; background: #2e2207; } .poor { color: #ffa198; background: #3a1014; } }
`;

/** Most cards badged on one page, so a page of thousands stays responsive. */
export const CARD_LIMIT = 500;

interface Mounted {
  host: HTMLElement;
  badge: HTMLElement;
  key: string;
}

/**
 * Compact badges on the cards of a search list. A card whose posting was read before (its skills are
 * cached in the database by key, or it is open in the detail pane) shows its full score; otherwise its
 * title and snippet give a partial score, marked "~". One shared constructable stylesheet and a tiny
 * shadow root per card keep a 100-card page cheap.
 */
export function createCardBadges(state: PageState) {
  let sheet: CSSStyleSheet | undefined;
  const mounted = new Map<Element, Mounted>();
  const known = new Map<string, readonly (SkillMention | SavedSkill)[]>();
  const asked = new Set<string>();
  /** Skills found in each card's own title and snippet, for the partial score. */
  const partial = new Map<string, SkillMention[]>();
  let cards: CardRead[] = [];

  const toMentions = (skills: readonly (SkillMention | SavedSkill)[]): SkillMention[] =>
    skills.map((s) => ('start' in s ? s : { ...s, text: s.name, start: 0, end: 0 }));

  function paint(card: CardRead, m: Mounted): void {
    const full = known.get(card.key);
    const mentions = full ? toMentions(full) : partial.get(card.key) ?? [];
    const result = matchProfile(applyStoplist(mentions, location.hostname, state.stoplist), state.profile, state.ancestry, state.settings);
    const { percent } = result.score;
    const counted = slotTotals(result.score);
    const nothing = counted.total === 0;
    const gaps = result.missing.slice(0, 5).map((s) => s.name);
    const text = nothing ? '–' : `${full ? '' : '~'}${percent}%`;
    const tip = nothing
      ? 'SkillGap: no skills named on this card; open the posting for its full score'
      : `SkillGap: ${full ? '' : 'partial score from the card’s title and snippet; '}${counted.have} of ${counted.total} skills${gaps.length ? ` · to learn: ${gaps.join(', ')}` : ''}`;
    m.badge.className = `b ${nothing ? 'fair' : fitTier(percent, state.settings.threshold)}`;
    m.badge.textContent = text;
    m.badge.title = tip;
    m.badge.setAttribute('aria-label', tip);
    m.badge.dataset.score = full ? 'full' : 'partial';
  }

  function mount(card: CardRead): Mounted {
    sheet ??= (() => {
      const s = new CSSStyleSheet();
      s.replaceSync(CARD_CSS);
      return s;
    })();
    // A plain host with a closed root, like the overlay's: the job site's scripts cannot read the person's score from it.
    const { host, shadow } = createSealedHost(document, 'card');
    host.dataset.key = card.key;
    shadow.adoptedStyleSheets = [sheet];
    const badge = document.createElement('span');
    badge.setAttribute('role', 'img');
    badge.setAttribute('data-testid', 'skillgap-card-badge');
    shadow.append(badge);
    const anchor = card.anchor ?? card.element.querySelector('h2, h3, a') ?? card.element;
    anchor.append(host);
    return { host, badge, key: card.key };
  }

  async function lookup(keys: string[]): Promise<void> {
    const fresh = keys.filter((k) => !known.has(k) && !asked.has(k)).slice(0, CARD_LIMIT);
    if (!fresh.length) return;
    fresh.forEach((k) => asked.add(k));
    try {
      const { skills } = await sendRequest({ type: 'seen:lookup', keys: fresh });
      let changed = false;
      for (const [key, list] of Object.entries(skills)) {
        if (!known.has(key)) {
          known.set(key, list);
          changed = true;
        }
      }
      if (changed) render();
    } catch {
      // Without the cache every card keeps its partial score.
    }
  }

  function render(): void {
    for (const card of cards) {
      const m = mounted.get(card.element);
      if (m) paint(card, m);
    }
  }

  return {
    /** Badges the cards now on the page; drops badges of cards that left, keeps the rest. */
    show(next: CardRead[], cardMentions: SkillMention[][], open?: { key: string; mentions: SkillMention[] }): void {
      if (open) known.set(open.key, open.mentions);
      cards = next.slice(0, CARD_LIMIT);
      cards.forEach((c, i) => partial.set(c.key, cardMentions[i] ?? []));
      const present = new Set(cards.map((c) => c.element));
      for (const [el, m] of mounted) {
        if (!present.has(el) || !m.host.isConnected) {
          m.host.remove();
          mounted.delete(el);
        }
      }
      for (const card of cards) {
        let m = mounted.get(card.element);
        if (m && m.key !== card.key) {
          m.host.remove();
          m = undefined;
        }
        if (!m) {
          m = mount(card);
          mounted.set(card.element, m);
        }
        paint(card, m);
      }
      void lookup(cards.map((c) => c.key));
    },
    refresh: render,
    removeAll(): void {
      for (const m of mounted.values()) m.host.remove();
      mounted.clear();
      cards = [];
    },
    /** Whether a node is one of the card badges (so page watchers can ignore our own changes). */
    count: () => mounted.size,
  };
}
