import type { ReactNode } from 'react';
import { GoalsSection } from '@/components/goals/GoalsSection';
import { PlanSection } from '@/components/goals/PlanSection';
import { LearnNextTab } from './LearnNextTab';
import { ProfileTab } from './ProfileTab';
import { WatchlistView } from './WatchlistView';

/** One tab of the popup. Adding a tab means adding one entry here. */
export interface PopupTab {
  id: string;
  label: string;
  render(): ReactNode;
}

export const POPUP_TABS: readonly PopupTab[] = [
  { id: 'profile', label: 'Profile', render: () => <ProfileTab /> },
  { id: 'learn', label: 'Learn next', render: () => <LearnNextTab /> },
  { id: 'goals', label: 'Goals', render: () => <GoalsSection /> },
  { id: 'plan', label: 'Plan', render: () => <PlanSection /> },
  { id: 'watchlist', label: 'Watchlist', render: () => <WatchlistView /> },
];
