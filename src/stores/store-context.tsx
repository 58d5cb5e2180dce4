// Provides the app store to components and reads it through selectors.
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Leaderboard } from '../domain/game';
import type { AppState, AppStore } from './app-store';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore must be used inside <StoreProvider>.');
  return store;
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

/** For selectors that derive a new array or object on every call. */
export function useAppStoreShallow<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), useShallow(selector));
}

/**
 * The top of the current season's board (the live one for organisers, the public one for
 * others), followed while the calling component is on screen: pages that do not show it receive
 * nothing. What lies beyond the top is read by components/use-board.ts.
 */
export function useLeaderboard(): Leaderboard | null {
  const store = useAppStoreApi();
  useEffect(() => store.getState().leaderboardWanted(), [store]);
  return useStore(store, (state) => state.live.leaderboard);
}
