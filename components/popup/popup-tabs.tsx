import { lazy, type ComponentType, type ReactNode } from 'react';
import { ProfileTab } from './ProfileTab';
import { loadForTabs } from './skillgap-context';

/** A tab loaded when first shown, with the taxonomy and database it reads (see `SkillGapProvider`'s `deferLoading`). */
const later = (load: () => Promise<ComponentType>) => lazy(() => Promise.all([load(), loadForTabs()]).then(([component]) => ({ default: component })));

// Only the first tab is in the popup's first bundle; the others (with the goals' role data, the learning
// links, the ranking code, the taxonomy and Dexie) load when first shown, so the popup opens without them.
const LearnNextTab = later(() => import('./LearnNextTab').then((m) => m.LearnNextTab));
const GoalsSection = later(() => import('@/components/goals/GoalsSection').then((m) => m.GoalsSection));
const PlanSection = later(() => import('@/components/goals/PlanSection').then((m) => m.PlanSection));
const WatchlistView = later(() => import('./WatchlistView').then((m) => m.WatchlistView));

/** One tab of the popup. Adding a tab means adding one entry here. */
export interface PopupTab {
  id: string;
  label: string;
  render(): ReactNode;
}

/** The popup's tabs; all but the first are loaded on first use, so render them inside a `Suspense`. */
export const POPUP_TABS: readonly PopupTab[] = [
  { id: 'profile', label: 'Profile', render: () => <ProfileTab /> },
  { id: 'learn', label: 'Learn next', render: () => <LearnNextTab /> },
  { id: 'goals', label: 'Goals', render: () => <GoalsSection /> },
  { id: 'plan', label: 'Plan', render: () => <PlanSection /> },
  { id: 'watchlist', label: 'Watchlist', render: () => <WatchlistView /> },
];
