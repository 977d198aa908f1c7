import { create } from 'zustand';
import type { Profile } from '@/lib/model/profile';

/** The last profile change, kept so it can be undone while the page is open. */
export interface ProfileChange {
  /** What happened, for the undo bar: "Removed Python". */
  label: string;
  before: Profile;
}

/** Short-lived popup and dashboard UI state; nothing here is persisted. */
interface UiState {
  tab: string;
  setTab(tab: string): void;
  lastChange: ProfileChange | null;
  setLastChange(change: ProfileChange | null): void;
  /** Why the last change to the profile or settings was not saved; empty once a save works. */
  saveError: string;
  setSaveError(error: string): void;
}

export const usePopupStore = create<UiState>((set) => ({
  tab: 'profile',
  setTab: (tab) => set({ tab }),
  lastChange: null,
  setLastChange: (lastChange) => set({ lastChange }),
  saveError: '',
  setSaveError: (saveError) => set({ saveError }),
}));
