// A read-only callable asked from a page: asked when its request changes (null: nothing to ask),
// and its latest answer kept with the request it answers, so a late answer to an older request
// is never taken for the current one.
import { useEffect, useState } from 'react';
import type { CommandName, CommandPayload } from '../domain/commands';
import { useAppStore } from '../stores/store-context';
import { commandAnswer } from './command-answer';
import type { CommandOutcome } from './use-command';

export interface CallableAnswer<N extends CommandName> {
  /** The request this answers (the `key` it was asked with). */
  readonly key: string;
  readonly result: CommandOutcome<N>;
}

/**
 * Asks `name` with `payload` whenever `key` changes; `key` names the request (its payload and,
 * to ask again, a version). Returns the last answer received, whichever request it answers.
 */
export function useCallableAnswer<N extends CommandName>(
  name: N,
  payload: CommandPayload<N>,
  key: string | null,
): CallableAnswer<N> | null {
  const commandRequested = useAppStore((state) => state.commandRequested);
  const [answer, setAnswer] = useState<CallableAnswer<N> | null>(null);
  useEffect(() => {
    if (key === null) return undefined;
    let current = true;
    void commandRequested(name, payload)
      .then(async (result): Promise<CommandOutcome<N>> =>
        result.ok ? { ok: true, data: await commandAnswer(name, result.data) } : result,
      )
      .then((result) => {
        // A newer request (or leaving the page) makes this answer stale.
        if (current) setAnswer({ key, result });
      });
    return () => {
      current = false;
    };
    // The key names the payload, so the payload is not a dependency of its own.
  }, [name, key, commandRequested]);
  return answer;
}
