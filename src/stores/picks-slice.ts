// The person's picks ("my list"): what the snapshots say, what was asked and not yet seen, and
// the last failure to tell them about.
import type { StateCreator } from 'zustand/vanilla';
import type { Backend, BackendErrorCode, PickMap } from '../data/backend';
import { BackendError } from '../data/backend';
import type { AppState } from './app-store';

export type Slice<T> = StateCreator<AppState, [], [], T>;

export interface PicksSlice {
  /**
   * `pending`: actions whose pick or unpick was asked and not yet seen in a snapshot. The button
   * stays busy until Firestore confirms, so it never flips back and forth.
   */
  picks: {
    loaded: boolean;
    byId: PickMap;
    pending: Readonly<Record<string, 'pick' | 'unpick'>>;
  };
  /** The last failure the person should hear about, as an error code the UI translates. */
  notice: { code: BackendErrorCode; actionId?: string } | null;
  picksReceived(picks: PickMap): void;
  picksFailed(error: unknown): void;
  pickRequested(actionId: string): Promise<void>;
  unpickRequested(actionId: string): Promise<void>;
  noticeDismissed(): void;
  failed(error: unknown, actionId?: string): void;
}

export const errorCodeOf = (error: unknown): BackendErrorCode =>
  error instanceof BackendError ? error.code : 'unknown';

export const attempt = async (request: () => Promise<void>): Promise<BackendErrorCode | null> => {
  try {
    await request();
    return null;
  } catch (error) {
    return errorCodeOf(error);
  }
};

export const EMPTY_PICKS: PicksSlice['picks'] = { loaded: false, byId: {}, pending: {} };

/** Whether the list already shows what was asked for this action. */
const settled = (byId: PickMap, actionId: string, wanted: 'pick' | 'unpick') =>
  actionId in byId === (wanted === 'pick');

const withoutKey = <T>(record: Readonly<Record<string, T>>, key: string) =>
  Object.fromEntries(Object.entries(record).filter(([id]) => id !== key));

export const createPicksSlice =
  (backend: Backend): Slice<PicksSlice> =>
  (set, get) => {
    const clearPending = (actionId: string) =>
      set((state) => ({
        picks: { ...state.picks, pending: withoutKey(state.picks.pending, actionId) },
      }));
    const run = async (actionId: string, wanted: 'pick' | 'unpick') => {
      if (actionId in get().picks.pending) return;
      set((state) => ({
        picks: { ...state.picks, pending: { ...state.picks.pending, [actionId]: wanted } },
      }));
      try {
        await (wanted === 'pick' ? backend.pickAction(actionId) : backend.unpickAction(actionId));
        // The snapshot may have arrived before the callable answered.
        if (settled(get().picks.byId, actionId, wanted)) clearPending(actionId);
      } catch (error) {
        clearPending(actionId);
        get().failed(error, actionId);
      }
    };
    return {
      picks: EMPTY_PICKS,
      notice: null,
      picksReceived: (byId) =>
        set((state) => ({
          picks: {
            loaded: true,
            byId,
            pending: Object.fromEntries(
              Object.entries(state.picks.pending).filter(
                ([actionId, wanted]) => !settled(byId, actionId, wanted),
              ),
            ),
          },
        })),
      picksFailed: (error) => {
        // Nothing more will arrive: show what we have, and say why it may be stale.
        set((state) => ({ picks: { ...state.picks, loaded: true, pending: {} } }));
        get().failed(error);
      },
      pickRequested: (actionId) => run(actionId, 'pick'),
      unpickRequested: (actionId) => run(actionId, 'unpick'),
      noticeDismissed: () => set({ notice: null }),
      failed: (error, actionId) =>
        set({ notice: { code: errorCodeOf(error), ...(actionId ? { actionId } : {}) } }),
    };
  };
