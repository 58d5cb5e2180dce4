// A command sent as the SPA sends it: to the callable that serves it, wrapped with its name.
import { httpsCallable, type Functions } from 'firebase/functions';
import { commandEnvelope } from '../src/domain/command-callables';
import type { CommandName } from '../src/domain/commands';

export function commandOn(functions: Functions, name: CommandName) {
  return (payload: unknown) => {
    const { callable, data } = commandEnvelope(name, payload);
    return httpsCallable(functions, callable)(data);
  };
}
