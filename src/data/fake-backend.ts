// An in-memory Backend for UI and store tests: accounts, a session and picks per person, with
// picks delivered to listeners the way Firestore does, after the write rather than by the call.
import type { CommandName } from '../domain/commands';
import { isCatalogueActionId } from '../domain/catalogue';
import { MAX_PICKS } from '../domain/picks';
import {
  BackendError,
  filtersOf,
  type Backend,
  type BackendErrorCode,
  type DocumentSnapshot,
  type OutboxEntry,
  type PickMap,
  type SessionUser,
  type SubmissionOutbox,
  type WhereEquals,
} from './backend';

/**
 * When picks listeners hear about a change: at once, on the next microtask (like a snapshot),
 * or only when the test calls `flushPicks()`.
 */
export type PicksDelivery = 'sync' | 'microtask' | 'manual';

export type FakeCall =
  | { readonly method: 'signUp' | 'signIn'; readonly email: string }
  | { readonly method: 'signOut' }
  | { readonly method: 'pickAction' | 'unpickAction'; readonly actionId: string }
  | { readonly method: 'call'; readonly name: string; readonly data: unknown }
  | { readonly method: 'readPages' | 'count'; readonly path: string };

/** What a test makes a callable do: answer, or throw a BackendError. */
export type FakeCallable = (data: unknown, user: SessionUser | null) => unknown;

export interface FakeBackendOptions {
  readonly picksDelivery?: PicksDelivery;
  /** Accounts that exist from the start. */
  readonly users?: readonly { readonly email: string; readonly password: string }[];
  /** Email of one of `users` who is signed in from the start. */
  readonly signedInAs?: string;
  /** The device's outbox, to share it with a later backend (a reload); a fresh one otherwise. */
  readonly outbox?: SubmissionOutbox;
}

export interface FakeBackend extends Backend {
  /** Makes the next call (sign-up, sign-in, sign-out, pick, unpick, callable, page read or count) fail with this code. */
  failNext(code: BackendErrorCode): void;
  /** Breaks every open picks listener with this code, as a lost Firestore stream would. */
  failWatchers(code: BackendErrorCode): void;
  /** Delivers the picks changes held back in 'manual' delivery. */
  flushPicks(): void;
  /** The picks stored for a person, as the server holds them. */
  picksOf(uid: string): PickMap;
  /** Every call the app made, in order, passwords left out. */
  readonly calls: readonly FakeCall[];
  readonly currentUser: SessionUser | null;
  /** How many picks listeners are open. */
  readonly watcherCount: number;
  /** The document and collection listeners open now, with a collection's filters. */
  readonly listeners: readonly FakeListener[];
  /** Writes (or with null, deletes) a document, as a callable would; listeners hear of it. */
  setDocument(path: string, data: Record<string, unknown> | null): void;
  /** Decides what a callable answers; unknown callables answer with null. */
  handle(name: CommandName, callable: FakeCallable): void;
  /** Changes the signed-in person's claims, as a grant would; seen after refreshSession(). */
  setClaims(uid: string, claims: { organiser?: boolean }): void;
  /** The database stops answering (false) or answers again (true); connection watchers hear it. */
  setReachable(reachable: boolean): void;
  /** Awaited before each page readPages reads (null: none), so a test can hold a read midway. */
  setPageGate(gate: ((path: string) => Promise<void>) | null): void;
}

export interface FakeListener {
  readonly path: string;
  readonly where: readonly WhereEquals[];
}

interface Watcher {
  readonly uid: string;
  readonly onPicks: (picks: PickMap) => void;
  readonly onError: (error: BackendError) => void;
  active: boolean;
}

export function createFakeBackend(options: FakeBackendOptions = {}): FakeBackend {
  const delivery = options.picksDelivery ?? 'microtask';
  const accounts = new Map<string, { uid: string; password: string }>();
  const picks = new Map<string, Map<string, number>>();
  const sessionListeners = new Set<(user: SessionUser | null) => void>();
  const watchers = new Set<Watcher>();
  const held: (() => void)[] = [];
  const calls: FakeCall[] = [];
  let nextFailure: BackendErrorCode | null = null;
  const documents = new Map<string, Record<string, unknown>>();
  const documentListeners = new Set<FakeListener & { notify: () => void }>();
  const callables = new Map<string, FakeCallable>();
  const claims = new Map<string, { organiser?: boolean }>();
  let currentUser: SessionUser | null = null;
  let pageGate: ((path: string) => Promise<void>) | null = null;
  let uidCounter = 0;
  // A clock that always moves forward, so pick order never depends on the machine's speed.
  let clock = Date.UTC(2025, 0, 1);

  const addAccount = (email: string, password: string) => {
    uidCounter += 1;
    const uid = `uid-${uidCounter}`;
    accounts.set(email, { uid, password });
    return uid;
  };
  for (const user of options.users ?? []) addAccount(user.email, user.password);
  if (options.signedInAs !== undefined) {
    const account = accounts.get(options.signedInAs);
    if (!account) throw new Error(`No seeded user has the email ${options.signedInAs}.`);
    currentUser = { uid: account.uid, email: options.signedInAs };
  }

  const record = (call: FakeCall) => {
    calls.push(call);
    const code = nextFailure;
    nextFailure = null;
    if (code) throw new BackendError(code, `Fake failure: ${code}.`);
  };

  const setUser = (user: SessionUser | null) => {
    currentUser = user;
    for (const listener of [...sessionListeners]) listener(user);
  };

  const schedule = (run: () => void) => {
    if (delivery === 'sync') run();
    else if (delivery === 'microtask') queueMicrotask(run);
    else held.push(run);
  };

  const picksOf = (uid: string): PickMap => Object.fromEntries(picks.get(uid) ?? []);

  const deliver = (watcher: Watcher) => {
    const snapshot = picksOf(watcher.uid);
    schedule(() => {
      if (watcher.active) watcher.onPicks(snapshot);
    });
  };

  const changePicks = (uid: string, change: (current: Map<string, number>) => boolean) => {
    const current = picks.get(uid) ?? new Map<string, number>();
    picks.set(uid, current);
    if (!change(current)) return;
    for (const watcher of watchers) if (watcher.uid === uid) deliver(watcher);
  };

  const requireUid = () => {
    if (!currentUser) throw new BackendError('unauthenticated', 'Sign in before doing this.');
    return currentUser.uid;
  };

  const requireActionId = (actionId: string) => {
    if (!isCatalogueActionId(actionId)) {
      throw new BackendError('invalid-argument', `No action has the id "${actionId}".`);
    }
  };

  const snapshotOf = (path: string) => {
    const data = documents.get(path);
    return data ? { id: path.split('/').pop() ?? '', data } : null;
  };
  const collectionOf = (path: string, where?: WhereEquals | readonly WhereEquals[]) =>
    [...documents.entries()]
      .filter(([docPath]) => {
        const parent = docPath.slice(0, docPath.lastIndexOf('/'));
        return parent === path;
      })
      .map(([docPath, data]) => ({ id: docPath.split('/').pop() ?? '', data }))
      .filter((document) =>
        filtersOf(where).every((filter) => document.data[filter.field] === filter.value),
      );
  let reachable = true;
  const connectionListeners = new Set<() => void>();

  const listen = (path: string, notify: () => void, where: readonly WhereEquals[] = []) => {
    const entry = { path, where, notify };
    documentListeners.add(entry);
    queueMicrotask(() => {
      if (documentListeners.has(entry)) notify();
    });
    return () => {
      documentListeners.delete(entry);
    };
  };

  return {
    outbox: options.outbox ?? createMemoryOutbox(),
    setDocument(path, data) {
      if (data) documents.set(path, data);
      else documents.delete(path);
      const parent = path.slice(0, path.lastIndexOf('/'));
      for (const listener of [...documentListeners]) {
        if (listener.path === path || listener.path === parent) listener.notify();
      }
    },
    handle(name, callable) {
      callables.set(name, callable);
    },
    setClaims(uid, next) {
      claims.set(uid, next);
    },
    setPageGate(gate) {
      pageGate = gate;
    },
    async readPages(path, where, pageSize, onPage, signal) {
      record({ method: 'readPages', path });
      let after: string | null = null;
      for (;;) {
        await pageGate?.(path);
        signal?.throwIfAborted();
        // Read afresh from the last id, as a query with startAfter does, in document id order.
        const page = collectionOf(path, where)
          .filter((document) => after === null || document.id > after)
          .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
          .slice(0, pageSize);
        if (page.length === 0) return;
        await onPage(page);
        if (page.length < pageSize) return;
        after = page[page.length - 1]?.id ?? null;
      }
    },
    async count(path, where) {
      record({ method: 'count', path });
      return collectionOf(path, where).length;
    },
    watchDocument(path, onData) {
      return listen(path, () => onData(snapshotOf(path)));
    },
    watchConnection(onChange) {
      const listener = () => onChange(reachable);
      connectionListeners.add(listener);
      queueMicrotask(() => {
        if (connectionListeners.has(listener)) listener();
      });
      return () => {
        connectionListeners.delete(listener);
      };
    },
    setReachable(value) {
      reachable = value;
      for (const listener of [...connectionListeners]) listener();
    },
    watchCollection(path, onData, _onError, where, newest) {
      const read = () => {
        const all = collectionOf(path, where);
        if (!newest) return all;
        const at = (document: DocumentSnapshot) => Number(document.data.at ?? 0);
        return all.sort((a, b) => at(b) - at(a)).slice(0, newest.limit);
      };
      return listen(path, () => onData(read()), filtersOf(where));
    },
    async call(name, data) {
      record({ method: 'call', name, data });
      const callable = callables.get(name);
      return callable ? callable(data, currentUser) : null;
    },
    async refreshSession() {
      if (!currentUser) return;
      setUser({ ...currentUser, organiser: claims.get(currentUser.uid)?.organiser === true });
    },
    onSessionChanged(listener) {
      sessionListeners.add(listener);
      // Firebase reports the current session once, asynchronously, on subscription.
      queueMicrotask(() => {
        if (sessionListeners.has(listener)) listener(currentUser);
      });
      return () => {
        sessionListeners.delete(listener);
      };
    },
    async signUp(email, password) {
      record({ method: 'signUp', email });
      if (accounts.has(email)) {
        throw new BackendError('email-in-use', 'An account already exists with this email.');
      }
      if (password.length < 6) throw new BackendError('weak-password', 'Password too weak.');
      setUser({ uid: addAccount(email, password), email });
    },
    async signIn(email, password) {
      record({ method: 'signIn', email });
      const account = accounts.get(email);
      if (!account || account.password !== password) {
        throw new BackendError('invalid-credentials', 'Wrong email or password.');
      }
      setUser({ uid: account.uid, email });
    },
    async signOut() {
      record({ method: 'signOut' });
      setUser(null);
    },
    watchPicks(uid, onPicks, onError) {
      const watcher: Watcher = { uid, onPicks, onError, active: true };
      watchers.add(watcher);
      deliver(watcher);
      return () => {
        watcher.active = false;
        watchers.delete(watcher);
      };
    },
    async pickAction(actionId) {
      record({ method: 'pickAction', actionId });
      const uid = requireUid();
      requireActionId(actionId);
      changePicks(uid, (current) => {
        if (current.has(actionId)) return false;
        if (current.size >= MAX_PICKS) {
          throw new BackendError('failed-precondition', `The list already holds ${MAX_PICKS}.`);
        }
        clock += 1000;
        current.set(actionId, clock);
        return true;
      });
    },
    async unpickAction(actionId) {
      record({ method: 'unpickAction', actionId });
      const uid = requireUid();
      requireActionId(actionId);
      changePicks(uid, (current) => {
        return current.delete(actionId);
      });
    },
    failNext(code) {
      nextFailure = code;
    },
    failWatchers(code) {
      for (const watcher of [...watchers]) {
        watcher.active = false;
        watchers.delete(watcher);
        watcher.onError(new BackendError(code, `Fake stream failure: ${code}.`));
      }
    },
    flushPicks() {
      while (held.length > 0) held.shift()?.();
    },
    picksOf,
    get calls() {
      return calls;
    },
    get currentUser() {
      return currentUser;
    },
    get watcherCount() {
      return watchers.size;
    },
    get listeners() {
      return [...documentListeners].map(({ path, where }) => ({ path, where }));
    },
  };
}

/** The outbox in memory: what IndexedDB keeps in the app, for one test. */
export function createMemoryOutbox(): SubmissionOutbox {
  const entries = new Map<string, OutboxEntry>();
  return {
    list: async (uid) =>
      [...entries.values()]
        .filter((entry) => entry.uid === uid)
        .sort((a, b) => a.createdAt - b.createdAt),
    put: async (entry) => {
      entries.set(entry.id, entry);
    },
    remove: async (id) => {
      entries.delete(id);
    },
    onChange: () => () => {},
  };
}
