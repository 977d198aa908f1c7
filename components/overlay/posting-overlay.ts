import type { MatchedSkill, MatchResult } from '@/lib/match/match-profile';
import { fitTier } from '@/lib/match/score';
import { tierLine, verdictLine, type TieredScore } from '@/lib/overlay/score-tiers';
import type { SkillLevel } from '@/lib/model/profile';
import { h } from './dom';
import { markFocus, restoreFocus } from './keep-focus';

/** What the overlay shows for one posting. */
export interface OverlayState {
  result: MatchResult;
  threshold: number;
  saved: boolean;
  open: boolean;
  minimized: boolean;
  highlights: boolean;
  /** Whether the page's text can be pointed at (highlights, scroll to evidence). */
  canPoint: boolean;
  /** Goals this posting fits ("fits your Data Engineer goal: 7 of 9"). */
  goalNotes: string[];
  /** Below 1 when the page was read by the generic reader: the score may be off. */
  confidence: number;
  /** A sentence to show after an action failed. */
  error?: string;
}

export interface OverlayHandlers {
  onToggle(): void;
  onClose(): void;
  onSave(): void;
  onHave(skill: MatchedSkill, level: SkillLevel): void;
  onLearning(skill: MatchedSkill): void;
  onNotASkill(skill: MatchedSkill): void;
  onShowEvidence(skill: MatchedSkill): void;
  onToggleHighlights(): void;
  onToggleMinimized(): void;
  onHideOnSite(): void;
}

const REQUIREMENT_LABEL = { required: 'Required', preferred: 'Preferred', mentioned: 'Mentioned' } as const;
const HAVE_LEVELS: [SkillLevel, string][] = [
  ['working', 'Working knowledge'],
  ['strong', 'Strong'],
  ['expert', 'Expert'],
];

/**
 * Renders the badge and, when open, the gap panel into `root` (inside the overlay's shadow root).
 * Plain DOM rather than React: the content script runs on every job page and must stay small and fast.
 * Every page-derived string goes in as a text node.
 */
export function renderPostingOverlay(root: HTMLElement, state: OverlayState, on: OverlayHandlers): void {
  const doc = root.ownerDocument;
  const score = state.result.score;
  const tier = fitTier(score.percent, state.threshold);
  const line = tierLine(score);
  const verdict = state.confidence < 0.6 ? 'Low confidence: this page may not be a job posting' : verdictLine(score, state.threshold);
  const badge = h(
    doc,
    'button',
    {
      type: 'button',
      className: `sg-badge sg-${tier}${state.minimized ? ' sg-min' : ''}${state.confidence < 0.6 ? ' sg-unsure' : ''}`,
      'aria-expanded': String(state.open),
      'aria-controls': 'sg-panel',
      title: `${verdict}. ${state.open ? 'Close' : 'Open'} the skill gap panel`,
      'data-testid': 'skillgap-badge',
      'data-percent': String(score.percent),
      onClick: () => on.onToggle(),
    },
    h(doc, 'span', { className: 'sg-mark', 'aria-hidden': 'true' }),
    h(doc, 'span', { className: 'sg-sr' }, 'SkillGap match: '),
    state.minimized
      ? h(doc, 'span', { className: 'sg-summary' }, `${score.percent}%`)
      : h(
          doc,
          'span',
          { className: 'sg-text' },
          h(doc, 'span', { className: 'sg-summary', 'data-testid': 'skillgap-tiers' }, line),
          h(doc, 'span', { className: 'sg-verdict', 'data-testid': 'skillgap-verdict' }, verdict),
        ),
  );
  const children: Node[] = [badge];
  // A panel already open is drawn again in place: it animates in when it opens, not on every change.
  const steady = root.querySelector('.sg-panel') !== null;
  if (state.open) children.push(renderPanel(doc, state, score, verdict, on, steady));
  const mark = markFocus(root);
  root.replaceChildren(...children);
  restoreFocus(root, mark);
}

function renderPanel(doc: Document, state: OverlayState, score: TieredScore, verdict: string, on: OverlayHandlers, steady: boolean): HTMLElement {
  const { result } = state;
  const missing = (level: MatchedSkill['requirement']) => result.missing.filter((s) => s.requirement === level);
  const section = (title: string, testId: string, skills: MatchedSkill[], have: boolean) =>
    skills.length
      ? [
          h(doc, 'h3', { id: `sg-h-${testId}` }, `${title} (${skills.length})`),
          h(doc, 'ul', { className: 'sg-list', 'data-testid': testId, 'aria-labelledby': `sg-h-${testId}` }, skills.map((s) => skillItem(doc, s, have, state, on))),
        ]
      : [];
  const altNote = result.missing.some((s) => s.group !== undefined)
    ? h(doc, 'p', { className: 'sg-note' }, 'Skills marked “or” are alternatives: one of them is enough.')
    : null;
  return h(
    doc,
    'section',
    { id: 'sg-panel', className: steady ? 'sg-panel sg-steady' : 'sg-panel', 'data-keep-scroll': true, role: 'dialog', 'aria-label': 'Skill gaps for this posting', 'data-testid': 'skillgap-panel' },
    h(
      doc,
      'header',
      { className: 'sg-panel-head' },
      h(doc, 'div', {}, h(doc, 'strong', { className: 'sg-percent' }, `${score.percent}% match`), h(doc, 'p', { className: 'sg-panel-verdict' }, verdict)),
      h(doc, 'button', { type: 'button', className: 'sg-close', 'aria-label': 'Close the skill gap panel', 'data-testid': 'skillgap-close', onClick: () => on.onClose() }, '×'),
    ),
    state.goalNotes.length ? h(doc, 'ul', { className: 'sg-goals', 'data-testid': 'skillgap-goals' }, state.goalNotes.map((n) => h(doc, 'li', {}, n))) : null,
    ...section('Required skills to learn', 'skillgap-missing-required', missing('required'), false),
    ...section('Preferred skills to learn', 'skillgap-missing-preferred', missing('preferred'), false),
    ...section('Other skills the role uses', 'skillgap-missing-other', missing('mentioned'), false),
    altNote,
    result.missing.length === 0 ? h(doc, 'p', { className: 'sg-empty' }, 'You have every skill this posting names.') : null,
    ...section('You have', 'skillgap-matched', result.matched, true),
    result.matched.length === 0 ? h(doc, 'p', { className: 'sg-empty' }, 'None yet: add your skills in the SkillGap popup, or press “I have this” on a skill.') : null,
    result.soft.length ? h(doc, 'p', { className: 'sg-soft' }, `Also asks for: ${result.soft.map((s) => s.name).join(', ')}`) : null,
    result.incidental.length ? h(doc, 'p', { className: 'sg-soft' }, `Named about the company, not counted: ${result.incidental.map((s) => s.name).join(', ')}`) : null,
    h(
      doc,
      'footer',
      { className: 'sg-panel-foot' },
      h(doc, 'button', { type: 'button', className: 'sg-save', 'data-testid': 'skillgap-save', 'aria-pressed': String(state.saved), onClick: () => on.onSave() }, state.saved ? 'Saved to watchlist ✓' : 'Save to watchlist'),
      state.canPoint
        ? h(doc, 'button', { type: 'button', className: 'sg-secondary', 'data-testid': 'skillgap-highlight', 'aria-pressed': String(state.highlights), title: 'Marks the skills in the posting’s text. The page’s own scripts can see which words are marked.', onClick: () => on.onToggleHighlights() }, state.highlights ? 'Hide highlights' : 'Highlight skills on the page')
        : null,
      h(
        doc,
        'div',
        { className: 'sg-foot-row' },
        h(doc, 'button', { type: 'button', className: 'sg-link', 'data-testid': 'skillgap-minimize', onClick: () => on.onToggleMinimized() }, state.minimized ? 'Show the full badge' : 'Minimise the badge'),
        h(doc, 'button', { type: 'button', className: 'sg-link', 'data-testid': 'skillgap-hide-site', onClick: () => on.onHideOnSite() }, 'Hide on this site'),
      ),
      state.error ? h(doc, 'p', { className: 'sg-error', role: 'alert' }, state.error) : null,
    ),
  );
}

function skillItem(doc: Document, s: MatchedSkill, have: boolean, state: OverlayState, on: OverlayHandlers): HTMLElement {
  const haveSelect = h(
    doc,
    'select',
    {
      className: 'sg-have-select',
      'aria-label': `I have ${s.name}: choose your level`,
      'data-testid': 'skillgap-i-have',
      onChange: (e) => {
        const level = (e.target as HTMLSelectElement).value as SkillLevel;
        if (level) on.onHave(s, level);
      },
    },
    h(doc, 'option', { value: '' }, 'I have this…'),
    HAVE_LEVELS.map(([level, label]) => h(doc, 'option', { value: level }, label)),
  );
  return h(
    doc,
    'li',
    { className: `sg-skill ${have ? 'sg-have' : 'sg-missing'}`, 'data-skill': s.id },
    h(
      doc,
      'div',
      { className: 'sg-skill-head' },
      h(doc, 'span', { className: 'sg-skill-name' }, s.name),
      s.group !== undefined && !have ? h(doc, 'span', { className: 'sg-or' }, 'or') : null,
      h(doc, 'span', { className: `sg-req sg-req-${s.requirement}` }, REQUIREMENT_LABEL[s.requirement]),
      s.years !== undefined ? h(doc, 'span', { className: 'sg-years' }, `${s.years}+ years`) : null,
      have && s.coverage.kind === 'implied' ? h(doc, 'span', { className: 'sg-via' }, 'covered by a skill you have') : null,
      s.coverage.learning ? h(doc, 'span', { className: 'sg-learning' }, 'learning') : null,
    ),
    state.canPoint
      ? h(doc, 'button', { type: 'button', className: 'sg-evidence', title: 'Show this sentence on the page', 'data-testid': 'skillgap-evidence', onClick: () => on.onShowEvidence(s) }, `“${s.evidence}”`)
      : h(doc, 'q', { className: 'sg-evidence' }, s.evidence),
    have
      ? null
      : h(
          doc,
          'div',
          { className: 'sg-actions' },
          haveSelect,
          s.coverage.learning
            ? null
            : h(doc, 'button', { type: 'button', className: 'sg-action', 'data-testid': 'skillgap-learning', onClick: () => on.onLearning(s) }, 'Learning it'),
          h(doc, 'button', { type: 'button', className: 'sg-action', 'data-testid': 'skillgap-not-skill', title: `Never count “${s.text}” as a skill on this site`, onClick: () => on.onNotASkill(s) }, 'Not a skill here'),
        ),
  );
}
