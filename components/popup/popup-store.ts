import { create } from 'zustand';

export type PopupTab = 'profile' | 'watchlist';

/** Short-lived popup UI state; nothing here is persisted. */
interface PopupUiState {
  tab: PopupTab;
  setTab(tab: PopupTab): void;
}

export const usePopupStore = create<PopupUiState>((set) => ({
  tab: 'profile',
  setTab: (tab) => set({ tab }),
}));
