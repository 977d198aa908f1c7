import type { MatchedSkill, MatchResult } from '@/lib/match/match-profile';
import { summaryLine } from '@/lib/match/match-profile';
import { h } from './dom';

/** What the overlay shows for one posting. */
export interface OverlayState {
  result: MatchResult;
  threshold: number;
  saved: boolean;
  open: boolean;
  /** A sentence to show when saving failed. */
  error?: string;
}

export interface OverlayHandlers {
  onToggle(): void;
  onSave(): void;
  onClose(): void;
}

const REQUIREMENT_LABEL = { required: 'Required', preferred: 'Preferred', mentioned: 'Mentioned' } as const;

/** The badge's colour tier for a match percentage against the person's threshold. */
export function tierOf(percent: number, threshold: number): 'good' | 'fair' | 'poor' {
  if (percent >= threshold) return 'good';
  if (percent >= threshold / 2) return 'fair';
  return 'poor';
}

/**
 * Renders the badge and, when open, the gap panel into `root` (inside the overlay's shadow root).
 * Plain DOM rather than React: the content script runs on every job page and must stay small and fast.
 */
export function renderPostingOverlay(root: HTMLElement, state: OverlayState, on: OverlayHandlers): void {
  const doc = root.ownerDocument;
  const { result } = state;
  const tier = tierOf(result.percent, state.threshold);
  const badge = h(
    doc,
    'button',
    {
      type: 'button',
      className: `sg-badge sg-${tier}`,
      'aria-expanded': String(state.open),
      'aria-controls': 'sg-panel',
      'aria-label': `SkillGap: ${summaryLine(result)}. ${state.open ? 'Close' : 'Open'} the skill gap panel`,
      'data-testid': 'skillgap-badge',
      onClick: () => on.onToggle(),
    },
    h(doc, 'span', { className: 'sg-mark', 'aria-hidden': 'true' }),
    h(doc, 'span', { className: 'sg-summary' }, summaryLine(result)),
  );
  const children: Node[] = [badge];
  if (state.open) children.push(renderPanel(doc, state, on));
  root.replaceChildren(...children);
}

function renderPanel(doc: Document, state: OverlayState, on: OverlayHandlers): HTMLElement {
  const { result } = state;
  const skillItem = (s: MatchedSkill, have: boolean) =>
    h(
      doc,
      'li',
      { className: `sg-skill ${have ? 'sg-have' : 'sg-missing'}`, 'data-skill': s.id },
      h(doc, 'span', { className: 'sg-skill-name' }, s.name),
      h(doc, 'span', { className: `sg-req sg-req-${s.requirement}` }, REQUIREMENT_LABEL[s.requirement]),
      s.years !== undefined ? h(doc, 'span', { className: 'sg-years' }, `${s.years}+ yrs`) : null,
      have && s.coverage.kind === 'implied' && s.coverage.via ? h(doc, 'span', { className: 'sg-via' }, 'via your skills') : null,
      s.coverage.learning ? h(doc, 'span', { className: 'sg-learning' }, 'learning') : null,
      h(doc, 'q', { className: 'sg-evidence' }, s.evidence),
    );
  return h(
    doc,
    'section',
    { id: 'sg-panel', className: 'sg-panel', role: 'dialog', 'aria-label': 'Skill gaps for this posting', 'data-testid': 'skillgap-panel' },
    h(
      doc,
      'header',
      { className: 'sg-panel-head' },
      h(doc, 'strong', {}, `${result.percent}% match`),
      h(doc, 'button', { type: 'button', className: 'sg-close', 'aria-label': 'Close', onClick: () => on.onClose() }, '×'),
    ),
    h(doc, 'h3', {}, `To learn (${result.missing.length})`),
    result.missing.length
      ? h(doc, 'ul', { className: 'sg-list', 'data-testid': 'skillgap-missing' }, result.missing.map((s) => skillItem(s, false)))
      : h(doc, 'p', { className: 'sg-empty' }, 'You have every skill this posting names.'),
    h(doc, 'h3', {}, `You have (${result.matched.length})`),
    result.matched.length
      ? h(doc, 'ul', { className: 'sg-list', 'data-testid': 'skillgap-matched' }, result.matched.map((s) => skillItem(s, true)))
      : h(doc, 'p', { className: 'sg-empty' }, 'None yet: add your skills in the SkillGap popup.'),
    result.soft.length
      ? h(doc, 'p', { className: 'sg-soft' }, `Also asks for: ${result.soft.map((s) => s.name).join(', ')}`)
      : null,
    result.incidental.length
      ? h(doc, 'p', { className: 'sg-soft' }, `Named about the company, not counted: ${result.incidental.map((s) => s.name).join(', ')}`)
      : null,
    h(
      doc,
      'footer',
      { className: 'sg-panel-foot' },
      h(
        doc,
        'button',
        { type: 'button', className: 'sg-save', 'data-testid': 'skillgap-save', 'aria-pressed': String(state.saved), onClick: () => on.onSave() },
        state.saved ? 'Saved to watchlist ✓' : 'Save to watchlist',
      ),
      state.error ? h(doc, 'p', { className: 'sg-error', role: 'alert' }, state.error) : null,
    ),
  );
}
