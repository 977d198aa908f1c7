import type { ReactNode } from 'react';
import { GoalsSection } from '@/components/goals/GoalsSection';
import { PlanSection } from '@/components/goals/PlanSection';
import { LearnNextTab } from '@/components/popup/LearnNextTab';
import { ProfileTab } from '@/components/popup/ProfileTab';
import { DataSection } from './DataSection';
import { InsightsSection } from './InsightsSection';
import { SettingsSection } from './SettingsSection';
import { WatchlistTable } from './WatchlistTable';

/** One section of the dashboard, reached from its side navigation and by `#id`. Adding one means adding an entry here. */
export interface DashboardSection {
  id: string;
  label: string;
  /** One line under the heading. */
  intro?: string;
  render(): ReactNode;
}

/** The dashboard's sections, never empty: it opens on the first when the address names none. */
export const DASHBOARD_SECTIONS: readonly [DashboardSection, ...DashboardSection[]] = [
  { id: 'watchlist', label: 'Watchlist', intro: 'Your saved postings, scored against your profile as it is now.', render: () => <WatchlistTable /> },
  { id: 'insights', label: 'Insights', intro: 'What the postings you looked at ask for, and how you cover it.', render: () => <InsightsSection /> },
  { id: 'learn', label: 'Learn next', render: () => <LearnNextTab limit={20} /> },
  { id: 'goals', label: 'Goals', intro: 'The roles you are working toward: how you cover what their postings ask for.', render: () => <GoalsSection /> },
  { id: 'plan', label: 'Plan', intro: 'What you will learn, in what order, and when you will be done at your pace.', render: () => <PlanSection /> },
  { id: 'profile', label: 'Profile', render: () => <ProfileTab /> },
  { id: 'data', label: 'Data', intro: 'Everything stays in this browser. Export it, bring it back, or erase it.', render: () => <DataSection /> },
  { id: 'settings', label: 'Settings', render: () => <SettingsSection /> },
];
