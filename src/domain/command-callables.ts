// Which deployed callable serves each command (decision 019), in a module of its own without zod,
// so the SPA's first page can send a command before the registry (commands.ts) is loaded.
import type { CommandName } from './commands';

/**
 * The callables the commands are deployed as, grouped by what they need: `longCommands` serves
 * those that read a whole season or a whole account (more time and memory), `commands` every
 * other one. A few warm instances then serve them all, not one cold instance per command.
 */
export const COMMAND_CALLABLES = ['commands', 'longCommands'] as const;
export type CommandCallable = (typeof COMMAND_CALLABLES)[number];

/** The commands `longCommands` serves. */
export const LONG_COMMANDS: readonly CommandName[] = [
  'deleteMyAccount',
  'exportMyData',
  'getSeasonReport',
  'reconcileScores',
  'runScheduledJob',
];

/** What a callable of COMMAND_CALLABLES receives: the command's name and its payload. */
export interface CommandEnvelope {
  readonly command: string;
  readonly payload: unknown;
}

/**
 * The command name of a warm-up call, which `npm start` and the tests send as the emulators start:
 * the callable loads, opens its connection to Firestore with one small read and answers, writing
 * nothing and telling nothing to anyone.
 */
export const WARM_UP = 'warmUp';

/** The callable that serves command `name`. */
export function callableOf(name: CommandName): CommandCallable {
  return LONG_COMMANDS.includes(name) ? 'longCommands' : 'commands';
}

/** How command `name` travels: to its callable, its payload wrapped with its name. */
export function commandEnvelope(
  name: CommandName,
  payload: unknown,
): { readonly callable: CommandCallable; readonly data: CommandEnvelope } {
  return { callable: callableOf(name), data: { command: name, payload } };
}
