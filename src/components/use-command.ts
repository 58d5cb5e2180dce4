// Runs a callable through the store, remembers which one is under way, and puts a refusal into
// words: the translated reason, plus the server's own sentence when it names what is missing.
import { useState } from 'react';
import type { CommandName, CommandPayload, CommandResult } from '../domain/commands';
import type { CommandResult as CallOutcome } from '../stores/live-slice';
import { useAppStore } from '../stores/store-context';
import { commandAnswer } from './command-answer';

export type CommandFailure = Extract<CallOutcome, { ok: false }>;

/** What running command `N` came to: its answer (see `commandAnswer`), or why it was refused. */
export type CommandOutcome<N extends CommandName> =
  { readonly ok: true; readonly data: CommandResult<N> | null } | CommandFailure;

/** The shape of i18next's `t` that these helpers need. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const COMMAND_ERROR_CODES = new Set([
  'invalid-argument',
  'permission-denied',
  'failed-precondition',
  'not-found',
  'rate-limited',
  'unauthenticated',
  'unavailable',
  'unknown',
]);

/** The server explains these two in a sentence worth showing (in English). */
const EXPLAINED_CODES = new Set(['failed-precondition', 'not-found']);

/**
 * A refusal in words. A callable that names an i18n key in its details (`{ key, ...values }`) is
 * translated with it; `rate-limited` says when to try again (`{ retryAt }`, ms).
 */
export function commandFailureText(t: Translate, failure: CommandFailure): string {
  const code = COMMAND_ERROR_CODES.has(failure.code) ? failure.code : 'unknown';
  const details = failure.details ?? {};
  const retryAt = typeof details.retryAt === 'number' ? details.retryAt : null;
  const reason = t(`commandErrors.${code}`, {
    time: retryAt ? new Date(retryAt).toLocaleTimeString(undefined, { timeStyle: 'short' }) : '',
  });
  if (typeof details.key === 'string') return `${reason} ${t(details.key, details)}`;
  const detail = EXPLAINED_CODES.has(code) ? failure.message.trim() : '';
  return detail ? `${reason} ${detail}` : reason;
}

/**
 * `pending` is the key of the command under way (its name unless the caller gives one, such as
 * "remove:uid-2"), so a list can show which of its buttons is busy.
 */
export function useCommand() {
  const commandRequested = useAppStore((state) => state.commandRequested);
  const [pending, setPending] = useState<string | null>(null);
  const run = async <N extends CommandName>(
    name: N,
    data: CommandPayload<N>,
    key: string = name,
  ): Promise<CommandOutcome<N>> => {
    setPending(key);
    try {
      const result = await commandRequested(name, data);
      return result.ok ? { ok: true, data: await commandAnswer(name, result.data) } : result;
    } finally {
      setPending(null);
    }
  };
  return { run, pending, busy: pending !== null };
}
