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
  type NewestFirst,
  type OutboxEntry,
  type PendingLink,
  type PickMap,
  type SessionUser,
  type SignInProvider,
  type SubmissionOutbox,
  type WhereEquals,
} from './backend';
import { providerIdOf } from './sign-in-providers';

/**
 * When picks listeners hear about a change: at once, on the next microtask (like a snapshot),
 * or only when the test calls `flushPicks()`.
 */
export type PicksDelivery = 'sync' | 'microtask' | 'manual';

export type FakeCall =
  | { readonly method: 'signUp' | 'signIn'; readonly email: string }
  | { readonly method: 'signInWithProvider' | 'linkProvider'; readonly provider: SignInProvider }
  | {
      readonly method:
        | 'sendSignInLink'
        | 'completeSignInLink'
        | 'sendPasswordReset'
        | 'confirmPasswordReset'
        | 'sendEmailVerification'
        | 'verifyEmail'
        | 'completePendingLink';
    }
  | { readonly method: 'signOut' }
  | { readonly method: 'pickAction' | 'unpickAction'; readonly actionId: string }
  | { readonly method: 'call'; readonly name: string; readonly data: unknown }
  | {
      readonly method:
        'readPages' | 'count' | 'readDocument' | 'findContaining' | 'readStartingWith';
      readonly path: string;
    };

/** What a test makes a callable do: answer, or throw a BackendError. */
export type FakeCallable = (data: unknown, user: SessionUser | null) => unknown;

export interface FakeBackendOptions {
  readonly picksDelivery?: PicksDelivery;
  /** Accounts that exist from the start (verified unless said otherwise). */
  readonly users?: readonly {
    readonly email: string;
    readonly password: string;
    readonly emailVerified?: boolean;
  }[];
  /** The address each outside account answers with (a made-up one otherwise). */
  readonly providerEmails?: Partial<Record<SignInProvider, string>>;
  /** Email of one of `users` who is signed in from the start. */
  readonly signedInAs?: string;
  /** The device's outbox, to share it with a later backend (a reload); a fresh one otherwise. */
  readonly outbox?: SubmissionOutbox;
}

export interface FakeBackend extends Backend {
  /** Makes the next call (sign-up, sign-in, sign-out, pick, unpick, callable, one-shot read or count) fail with this code. */
  failNext(code: BackendErrorCode): void;
  /** Makes the next listener of the document `path` fail with this code instead of answering. */
  failNextWatchOf(path: string, code: BackendErrorCode): void;
  /** Breaks every open picks listener with this code, as a lost Firestore stream would. */
  failWatchers(code: BackendErrorCode): void;
  /** Delivers the picks changes held back in 'manual' delivery. */
  flushPicks(): void;
  /** The picks stored for a person, as the server holds them. */
  picksOf(uid: string): PickMap;
  /** This browser forgets the address a sign-in link went to, as another device would not know it. */
  forgetLinkEmail(): void;
  /** The mails Auth would have sent, oldest first, each with its one-time code. */
  readonly authMails: readonly FakeAuthMail[];
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

export interface FakeAuthMail {
  readonly kind: 'sign-in-link' | 'password-reset' | 'verification';
  readonly email: string;
  readonly code: string;
  /** For a sign-in link: the page it brings the person back to. */
  readonly returnTo?: string;
}

interface FakeAccount {
  readonly uid: string;
  readonly email: string;
  password: string | null;
  emailVerified: boolean;
  readonly providers: Set<string>;
}

export interface FakeListener {
  readonly path: string;
  readonly where: readonly WhereEquals[];
  /** When the list is cut to its newest documents. */
  readonly newest?: NewestFirst;
}

interface Watcher {
  readonly uid: string;
  readonly onPicks: (picks: PickMap) => void;
  readonly onError: (error: BackendError) => void;
  active: boolean;
}

/** Text in the order Firestore keeps it (by code unit, as the fake's ids and fields are ASCII-like). */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function createFakeBackend(options: FakeBackendOptions = {}): FakeBackend {
  const delivery = options.picksDelivery ?? 'microtask';
  const accounts = new Map<string, FakeAccount>();
  const authMails: FakeAuthMail[] = [];
  const usedCodes = new Set<string>();
  let rememberedLinkEmail: string | null = null;
  let pending: PendingLink | null = null;
  const picks = new Map<string, Map<string, number>>();
  const sessionListeners = new Set<(user: SessionUser | null) => void>();
  const watchers = new Set<Watcher>();
  const held: (() => void)[] = [];
  const calls: FakeCall[] = [];
  let nextFailure: BackendErrorCode | null = null;
  const watchFailures = new Map<string, BackendErrorCode>();
  const documents = new Map<string, Record<string, unknown>>();
  const documentListeners = new Set<FakeListener & { notify: () => void }>();
  const callables = new Map<string, FakeCallable>();
  const claims = new Map<string, { organiser?: boolean }>();
  let currentUser: SessionUser | null = null;
  let pageGate: ((path: string) => Promise<void>) | null = null;
  let uidCounter = 0;
  // A clock that always moves forward, so pick order never depends on the machine's speed.
  let clock = Date.UTC(2025, 0, 1);

  const addAccount = (
    email: string,
    password: string | null,
    emailVerified: boolean,
    provider = 'password',
  ) => {
    uidCounter += 1;
    const account: FakeAccount = {
      uid: `uid-${uidCounter}`,
      email,
      password,
      emailVerified,
      providers: new Set([provider]),
    };
    accounts.set(email, account);
    return account;
  };
  const sessionOfAccount = (account: FakeAccount): SessionUser => ({
    uid: account.uid,
    email: account.email,
    emailVerified: account.emailVerified,
    providers: [...account.providers],
    ...(claims.get(account.uid)?.organiser ? { organiser: true } : {}),
  });
  const accountOfCurrent = () => {
    const account = currentUser?.email ? accounts.get(currentUser.email) : undefined;
    if (!account) throw new BackendError('unauthenticated', 'Sign in first.');
    return account;
  };
  for (const user of options.users ?? []) {
    addAccount(user.email, user.password, user.emailVerified ?? true);
  }
  if (options.signedInAs !== undefined) {
    const account = accounts.get(options.signedInAs);
    if (!account) throw new Error(`No seeded user has the email ${options.signedInAs}.`);
    currentUser = sessionOfAccount(account);
  }
  let codeCounter = 0;
  const mail = (kind: FakeAuthMail['kind'], email: string, returnTo?: string) => {
    codeCounter += 1;
    const code = `code-${codeCounter}`;
    authMails.push({ kind, email, code, ...(returnTo === undefined ? {} : { returnTo }) });
    return code;
  };
  /** The unused mail of this kind with this code, used up now. */
  const useCode = (kind: FakeAuthMail['kind'], code: string | null) => {
    const found = authMails.find((entry) => entry.kind === kind && entry.code === code);
    if (!found || usedCodes.has(found.code)) {
      throw new BackendError('link-invalid', 'This link expired or was already used.');
    }
    return found;
  };

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

  const listen = (
    path: string,
    notify: () => void,
    where: readonly WhereEquals[] = [],
    newest?: NewestFirst,
  ) => {
    const entry = { path, where, notify, ...(newest ? { newest } : {}) };
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
    async readDocument(path) {
      record({ method: 'readDocument', path });
      return snapshotOf(path);
    },
    async findContaining(path, field, value) {
      record({ method: 'findContaining', path });
      const found = collectionOf(path).find((document) => {
        const values = document.data[field];
        return Array.isArray(values) && values.includes(value);
      });
      return found ?? null;
    },
    async readStartingWith(path, where, field, prefix, limit) {
      record({ method: 'readStartingWith', path });
      // As Firestore's `>= prefix` and `< prefix + '\uf8ff'` on a field it orders by.
      const textOf = (document: DocumentSnapshot) => document.data[field];
      return collectionOf(path, where)
        .filter((document) => {
          const text = textOf(document);
          return typeof text === 'string' && text >= prefix && text < `${prefix}\uf8ff`;
        })
        .sort(
          (a, b) => compareText(String(textOf(a)), String(textOf(b))) || compareText(a.id, b.id),
        )
        .slice(0, limit);
    },
    watchDocument(path, onData, onError) {
      const failure = watchFailures.get(path);
      if (failure) {
        watchFailures.delete(path);
        let active = true;
        queueMicrotask(() => {
          if (active) onError(new BackendError(failure, `Fake listener failure: ${failure}.`));
        });
        return () => {
          active = false;
        };
      }
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
        const by = newest.by ?? 'at';
        const at = (document: DocumentSnapshot) => Number(document.data[by] ?? 0);
        // As Firestore: a document without the field is left out, ties go by id, descending.
        return all
          .filter((document) => by in document.data)
          .sort((a, b) => at(b) - at(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
          .slice(0, newest.limit);
      };
      return listen(path, () => onData(read()), filtersOf(where), newest);
    },
    async call(name, data) {
      record({ method: 'call', name, data });
      const callable = callables.get(name);
      return callable ? callable(data, currentUser) : null;
    },
    async refreshSession() {
      if (!currentUser) return;
      const account = currentUser.email ? accounts.get(currentUser.email) : undefined;
      setUser({
        ...currentUser,
        ...(account ? sessionOfAccount(account) : {}),
        organiser: claims.get(currentUser.uid)?.organiser === true,
      });
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
      const account = addAccount(email, password, false);
      mail('verification', email);
      setUser(sessionOfAccount(account));
    },
    async signIn(email, password) {
      record({ method: 'signIn', email });
      const account = accounts.get(email);
      if (!account || account.password === null || account.password !== password) {
        throw new BackendError('invalid-credentials', 'Wrong email or password.');
      }
      setUser(sessionOfAccount(account));
    },
    async signInWithProvider(provider) {
      record({ method: 'signInWithProvider', provider });
      pending = null;
      const email = options.providerEmails?.[provider] ?? `someone@${provider}.example`;
      const account = accounts.get(email);
      if (account && !account.providers.has(providerIdOf(provider))) {
        pending = { provider, email };
        throw new BackendError(
          'account-exists',
          'This address has an account with another method.',
        );
      }
      setUser(sessionOfAccount(account ?? addAccount(email, null, true, providerIdOf(provider))));
    },
    pendingLink() {
      return pending;
    },
    async completePendingLink(confirmed) {
      record({ method: 'completePendingLink' });
      const kept = pending;
      pending = null;
      if (!kept || !confirmed) return;
      const account = accountOfCurrent();
      account.providers.add(providerIdOf(kept.provider));
      setUser(sessionOfAccount(account));
    },
    async linkProvider(provider) {
      record({ method: 'linkProvider', provider });
      const account = accountOfCurrent();
      if (account.providers.has(providerIdOf(provider))) {
        throw new BackendError('provider-linked', 'Already linked.');
      }
      account.providers.add(providerIdOf(provider));
      setUser(sessionOfAccount(account));
    },
    async sendSignInLink(email, returnTo) {
      record({ method: 'sendSignInLink' });
      mail('sign-in-link', email, returnTo);
      rememberedLinkEmail = email;
    },
    async completeSignInLink(link, email) {
      record({ method: 'completeSignInLink' });
      const code = new URL(link, 'http://app.example').searchParams.get('oobCode');
      const address = email ?? rememberedLinkEmail;
      if (!address) throw new BackendError('email-needed', 'Say which address the link went to.');
      const sent = useCode('sign-in-link', code);
      if (sent.email !== address) {
        throw new BackendError('invalid-email', 'The link was sent to another address.');
      }
      usedCodes.add(sent.code);
      rememberedLinkEmail = null;
      const account = accounts.get(address) ?? addAccount(address, null, true);
      account.emailVerified = true;
      setUser(sessionOfAccount(account));
    },
    async sendPasswordReset(email) {
      record({ method: 'sendPasswordReset' });
      if (accounts.has(email)) mail('password-reset', email);
    },
    async checkPasswordReset(code) {
      return useCode('password-reset', code).email;
    },
    async confirmPasswordReset(code, password) {
      record({ method: 'confirmPasswordReset' });
      const sent = useCode('password-reset', code);
      if (password.length < 6) throw new BackendError('weak-password', 'Password too weak.');
      usedCodes.add(sent.code);
      const account = accounts.get(sent.email);
      if (account) account.password = password;
    },
    async sendEmailVerification() {
      record({ method: 'sendEmailVerification' });
      mail('verification', accountOfCurrent().email);
    },
    async verifyEmail(code) {
      record({ method: 'verifyEmail' });
      const sent = useCode('verification', code);
      usedCodes.add(sent.code);
      const account = accounts.get(sent.email);
      if (account) account.emailVerified = true;
      if (account && currentUser?.uid === account.uid) setUser(sessionOfAccount(account));
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
    failNextWatchOf(path, code) {
      watchFailures.set(path, code);
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
    forgetLinkEmail() {
      rememberedLinkEmail = null;
    },
    get authMails() {
      return [...authMails];
    },
    get currentUser() {
      return currentUser;
    },
    get watcherCount() {
      return watchers.size;
    },
    get listeners() {
      return [...documentListeners].map(({ path, where, newest }) => ({
        path,
        where,
        ...(newest ? { newest } : {}),
      }));
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
