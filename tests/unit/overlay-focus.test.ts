// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderPostingOverlay, type OverlayHandlers, type OverlayState } from '@/components/overlay/posting-overlay';
import { matchProfile } from '@/lib/match/match-profile';
import { DEFAULT_SETTINGS } from '@/lib/model/settings';
import { withSkill } from '@/lib/profile/profile';
import { EMPTY_PROFILE } from '@/lib/model/profile';
import { findSkills } from '@/lib/skills/skill-engine';
import { loadTaxonomy } from '@/lib/taxonomy/load-taxonomy';

const byId = new Map(loadTaxonomy().skills.map((s) => [s.id, s]));
const mentions = findSkills('Requirements: Python, Terraform, Kubernetes and PostgreSQL. Nice to have: Go.');
const noop = () => undefined;
const handlers: OverlayHandlers = {
  onToggle: noop, onClose: noop, onSave: noop, onHave: noop, onLearning: noop, onNotASkill: noop,
  onShowEvidence: noop, onToggleHighlights: noop, onToggleMinimized: noop, onHideOnSite: noop,
};

function state(profile = EMPTY_PROFILE, extra: Partial<OverlayState> = {}): OverlayState {
  return {
    result: matchProfile(mentions, profile, byId, DEFAULT_SETTINGS),
    threshold: 70, saved: false, open: true, minimized: false, highlights: false, canPoint: true, goalNotes: [], confidence: 1,
    ...extra,
  };
}

function mount(): HTMLElement {
  document.body.replaceChildren();
  const host = document.createElement('div');
  document.body.append(host);
  const root = document.createElement('div');
  host.attachShadow({ mode: 'closed' }).append(root);
  return root;
}
const active = (root: HTMLElement) => (root.getRootNode() as ShadowRoot).activeElement as HTMLElement | null;

describe('the overlay keeps keyboard focus across re-renders', () => {
  it('keeps focus on the same skill’s control when an update re-renders the panel', () => {
    const root = mount();
    renderPostingOverlay(root, state(), handlers);
    root.querySelector<HTMLElement>('[data-skill="kubernetes"] [data-testid="skillgap-learning"]')!.focus();
    renderPostingOverlay(root, state(EMPTY_PROFILE, { saved: true }), handlers);
    const now = active(root);
    expect(now?.getAttribute('data-testid')).toBe('skillgap-learning');
    expect(now?.closest('[data-skill]')?.getAttribute('data-skill')).toBe('kubernetes');
  });

  it('keeps focus on the save button after it is pressed and its label changes', () => {
    const root = mount();
    renderPostingOverlay(root, state(), handlers);
    root.querySelector<HTMLElement>('[data-testid="skillgap-save"]')!.focus();
    renderPostingOverlay(root, state(EMPTY_PROFILE, { saved: true }), handlers);
    expect(active(root)?.textContent).toBe('Saved to watchlist ✓');
  });

  it('moves focus to the badge, not the page, when the focused skill’s controls go away', () => {
    const root = mount();
    renderPostingOverlay(root, state(), handlers);
    root.querySelector<HTMLElement>('[data-skill="terraform"] [data-testid="skillgap-not-skill"]')!.focus();
    // The person now has Terraform: its row moves to "You have" and loses its actions; the score changes.
    renderPostingOverlay(root, state(withSkill(EMPTY_PROFILE, 'terraform')), handlers);
    expect(active(root)?.getAttribute('data-testid')).toBe('skillgap-badge');
  });

  it('leaves focus alone when it was outside the overlay', () => {
    const root = mount();
    const input = document.createElement('input');
    document.body.append(input);
    renderPostingOverlay(root, state(), handlers);
    input.focus();
    renderPostingOverlay(root, state(EMPTY_PROFILE, { saved: true }), handlers);
    expect(document.activeElement).toBe(input);
  });
});
