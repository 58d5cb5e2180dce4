// Submissions that survive a lost connection. "I did it" keeps the submission on the device
// before sending it; one that cannot reach the functions waits there, shown as waiting, and is
// sent again when the connection is back (startSync says when). Its id, made here, is the
// callable's idempotency key: however often it is sent, it is stored once. One the functions
// refuse is kept with the reason, for the person to fix or discard: never dropped in silence.
import type { StateCreator } from 'zustand/vanilla';
import { BackendError, type Backend, type OutboxEntry } from '../data/backend';
import type { SubmitPayload } from '../domain/game';
import type { CommandResult } from './live-slice';

type CommandFailure = Extract<CommandResult, { ok: false }>;

/** What became of a submission handed to the outbox. */
export type QueuedOutcome =
  | { readonly status: 'sent'; readonly data: unknown }
  /** It could not reach the functions: it waits on the device. */
  | { readonly status: 'kept' }
  /** The functions refused it at once: the form says why and keeps what was typed. */
  | { readonly status: 'refused'; readonly failure: CommandFailure };

export interface OutboxSlice {
  outbox: {
    readonly loaded: boolean;
    /** The signed-in person's, oldest first. */
    readonly entries: readonly OutboxEntry[];
    /** How many waiting submissions the last sending round delivered. */
    readonly lastDelivered: number;
  };
  submissionQueued(payload: Omit<SubmitPayload, 'submissionId'>): Promise<QueuedOutcome>;
  /** Sends every waiting submission, oldest first, until one cannot reach the functions. */
  outboxFlushRequested(): Promise<void>;
  /** A refused submission goes back to waiting, to be sent again as it is. */
  outboxRetryRequested(id: string): Promise<void>;
  outboxEntryDiscarded(id: string): Promise<void>;
  outboxReloaded(): Promise<void>;
}

interface OutboxHost {
  session: { user: { uid: string } | null };
}

/** An id no other device will make: 20 random bytes, in the characters of a document id. */
export function newSubmissionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

type Sent = { ok: true; data: unknown } | { ok: false; failure: CommandFailure };

const failureOf = (error: unknown): CommandFailure =>
  error instanceof BackendError
    ? { ok: false, code: error.code, message: error.message, details: error.details }
    : { ok: false, code: 'unknown', message: String(error) };

export const EMPTY_OUTBOX: OutboxSlice['outbox'] = { loaded: false, entries: [], lastDelivered: 0 };

export const createOutboxSlice =
  <S extends OutboxSlice & OutboxHost>(backend: Backend): StateCreator<S, [], [], OutboxSlice> =>
  (set, get) => {
    const uid = () => get().session.user?.uid ?? null;
    // The submissions this tab is sending now: a sending round leaves them to the send on its way
    // (the form's first send, kept on the device before it goes, would otherwise go twice at once).
    const onTheirWay = new Set<string>();
    const send = async (entry: OutboxEntry): Promise<Sent> => {
      onTheirWay.add(entry.id);
      try {
        return { ok: true, data: await backend.call('submitAction', entry.payload) };
      } catch (error) {
        return { ok: false, failure: failureOf(error) };
      } finally {
        onTheirWay.delete(entry.id);
      }
    };
    // The device's storage may refuse (private browsing): the submission is then sent as before,
    // without being kept.
    const keep = (entry: OutboxEntry) =>
      backend.outbox.put(entry).then(
        () => true,
        () => false,
      );
    const forget = (id: string) => backend.outbox.remove(id).catch(() => {});
    const reload = async () => {
      const owner = uid();
      const entries = owner ? await backend.outbox.list(owner).catch(() => []) : [];
      // The person may have changed while the device answered.
      if (owner !== uid()) return;
      set(
        (state) =>
          ({ outbox: { ...state.outbox, loaded: true, entries } }) as unknown as Partial<S>,
      );
    };
    let flushing: Promise<void> | null = null;
    let again = false;

    /** One sending round; resolves to how many submissions it delivered. */
    const flush = async (): Promise<number> => {
      const owner = uid();
      if (!owner) return 0;
      let delivered = 0;
      for (const entry of await backend.outbox.list(owner).catch(() => [])) {
        if (entry.state !== 'waiting' || owner !== uid() || onTheirWay.has(entry.id)) continue;
        const sent = await send(entry);
        if (sent.ok) {
          delivered += 1;
          await forget(entry.id);
        } else if (sent.failure.code === 'unavailable') {
          await keep({ ...entry, attempts: entry.attempts + 1 });
          break;
        } else {
          const { code, message } = sent.failure;
          const details = sent.failure.details ?? null;
          await keep({ ...entry, state: 'refused', refusal: { code, message, details } });
        }
      }
      await reload();
      return delivered;
    };

    return {
      outbox: EMPTY_OUTBOX,
      async submissionQueued(payload) {
        const owner = uid();
        if (!owner) {
          return {
            status: 'refused',
            failure: { ok: false, code: 'unauthenticated', message: 'Sign in first.' },
          };
        }
        const id = newSubmissionId();
        const entry: OutboxEntry = {
          id,
          uid: owner,
          payload: { ...payload, submissionId: id },
          createdAt: Date.now(),
          state: 'waiting',
          refusal: null,
          attempts: 0,
        };
        const kept = await keep(entry);
        await reload();
        const sent = await send(entry);
        if (kept && !sent.ok && sent.failure.code === 'unavailable') {
          await keep({ ...entry, attempts: 1 });
          await reload();
          return { status: 'kept' };
        }
        await forget(id);
        await reload();
        return sent.ok ? { status: 'sent', data: sent.data } : { status: 'refused', ...sent };
      },
      outboxFlushRequested() {
        // One round at a time in a tab, and one more if asked meanwhile (the connection may have
        // come back during a round that found it down). Other tabs may send the same entry,
        // which the submission id makes harmless.
        if (flushing) {
          again = true;
          return flushing;
        }
        flushing = (async () => {
          let delivered = 0;
          do {
            again = false;
            delivered += await flush();
          } while (again);
          set(
            (state) =>
              ({ outbox: { ...state.outbox, lastDelivered: delivered } }) as unknown as Partial<S>,
          );
        })().finally(() => {
          flushing = null;
        });
        return flushing;
      },
      async outboxRetryRequested(id) {
        const entry = get().outbox.entries.find((candidate) => candidate.id === id);
        if (!entry) return;
        await keep({ ...entry, state: 'waiting', refusal: null });
        await get().outboxFlushRequested();
      },
      async outboxEntryDiscarded(id) {
        await forget(id);
        await reload();
      },
      outboxReloaded: reload,
    };
  };

export const selectOutboxEntries = (state: OutboxSlice) => state.outbox.entries;
export const selectWaitingCount = (state: OutboxSlice) =>
  state.outbox.entries.filter((entry) => entry.state === 'waiting').length;
