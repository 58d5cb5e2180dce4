// Every command of the registry (src/domain/commands.ts) is defined through `command` and served by
// one of a few callables (`serveCommands`, decision 019): a call names its command, which refuses a
// payload over a set size before the payload is validated, so a huge request costs no work beyond
// the runtime's own JSON parsing (which the Functions runtime caps at 10 MB), then asks the
// command's capability and parses its payload. Lint keeps callables from bypassing it.
import { logger } from 'firebase-functions';
import {
  HttpsError,
  onCall as firebaseOnCall,
  type CallableOptions,
  type CallableRequest,
} from 'firebase-functions/v2/https';
import type { z } from 'zod';
import {
  callableOf,
  WARM_UP,
  type CommandCallable,
  type CommandEnvelope,
} from '../../../src/domain/command-callables';
import {
  COMMAND_NAMES,
  COMMANDS,
  type CommandName,
  type CommandResult,
} from '../../../src/domain/commands';
import { PATHS } from '../../../src/domain/paths';
import { db } from './admin';
import type { Actor, Capability } from '../../../src/domain/roles';
import { actorOf, requireCan, roleOf } from './authorise';
import { parsePayload } from './callable';

/** What a command carries at most, unless it says otherwise (a photo proof needs more). */
export const DEFAULT_MAX_PAYLOAD_BYTES = 16 * 1024;

/** Commands that carry a photo proof: 600 KB of image as base64 (800 KB), and the rest. */
export const PHOTO_COMMAND_MAX_BYTES = 1024 * 1024;

/** The request's size: its Content-Length, or the size of its data when the header is absent. */
export function payloadBytes(request: CallableRequest<unknown>): number {
  const header = Number(request.rawRequest?.headers?.['content-length']);
  if (Number.isFinite(header) && header > 0) return header;
  return Buffer.byteLength(JSON.stringify(request.data ?? null));
}

/** Rule: a command larger than its limit is refused with `invalid-argument`, naming both sizes. */
export function refuseOversized(request: CallableRequest<unknown>, maxBytes: number): void {
  const bytes = payloadBytes(request);
  if (bytes > maxBytes) {
    const kb = (value: number) => Math.ceil(value / 1024);
    throw new HttpsError(
      'invalid-argument',
      `This request is too large (${kb(bytes)} KB): send at most ${kb(maxBytes)} KB.`,
    );
  }
}

/**
 * App Check on every callable, by one setting: ENFORCE_APP_CHECK=true in functions/.env (see
 * the README). Never on the emulators, whose clients have no App Check provider.
 */
export const APP_CHECK_ENFORCED =
  process.env.ENFORCE_APP_CHECK === 'true' && process.env.FUNCTIONS_EMULATOR !== 'true';

/** What a command asks beyond the defaults of its callable. */
interface CommandOptions {
  /** The largest request it takes (DEFAULT_MAX_PAYLOAD_BYTES unless it carries a photo). */
  maxBytes?: number;
}

/** What a command's handler is given once the opening checks have passed. */
export interface CommandContext<N extends CommandName> {
  readonly actor: Actor;
  /** The payload, parsed by the command's schema. */
  readonly input: z.output<(typeof COMMANDS)[N]['payload']>;
  readonly request: CallableRequest<unknown>;
  /** The command's capability, for a command that asks it once it has read its document. */
  readonly capability: Capability;
}

/** A command ready to serve: what `command` defines and a callable of `serveCommands` runs. */
export interface CommandDefinition<N extends CommandName = CommandName> {
  readonly name: N;
  readonly maxBytes: number;
  /** Runs the command on a request whose data is the command's payload (no envelope). */
  run(request: CallableRequest<unknown>): Promise<CommandResult<N>>;
}

/**
 * Defines command `name`: the caller's capability (unless the command asks it by its document),
 * then the payload, then the handler, whose answer is the command's result (the emulator's
 * operation counts may ride along). The callable that serves it is `serveCommands`'s.
 */
export function command<N extends CommandName>(
  name: N,
  handler: (context: CommandContext<N>) => CommandResult<N> | Promise<CommandResult<N>>,
  { maxBytes = DEFAULT_MAX_PAYLOAD_BYTES }: CommandOptions = {},
): CommandDefinition<N> {
  const spec: { payload: z.ZodType; capability: Capability; byDocument?: true } = COMMANDS[name];
  return {
    name,
    maxBytes,
    run: async (request) => {
      const actor = actorOf(request);
      if (!spec.byDocument) requireCan(roleOf(actor, null), spec.capability);
      const input = parsePayload(spec.payload, request.data) as CommandContext<N>['input'];
      return handler({ actor, input, request, capability: spec.capability });
    },
  };
}

/**
 * What each callable needs: the memory and time of its most demanding command, one CPU so that an
 * instance serves calls side by side (`concurrency`, which needs a whole CPU), and as many warm
 * instances as the deployment asks (COMMANDS_MIN_INSTANCES in functions/.env, 0 by default: a
 * warm instance is billed while idle). Decision 019.
 */
const CALLABLE_RUNTIME: Record<CommandCallable, Omit<CallableOptions, 'enforceAppCheck'>> = {
  // Quick commands wait on Firestore most of their time: many share an instance. A photo proof
  // is decoded and hashed in memory: 512 MiB.
  commands: {
    memory: '512MiB',
    timeoutSeconds: 60,
    cpu: 1,
    concurrency: 80,
    minInstances: Number(process.env.COMMANDS_MIN_INSTANCES ?? 0),
  },
  // A season's report, an account's export or deletion, a reconciliation, a scheduled job: each
  // holds a season's or an account's documents in memory, so fewer share an instance.
  longCommands: { memory: '1GiB', timeoutSeconds: 540, cpu: 1, concurrency: 8 },
};

/** The envelope of a call, or an `invalid-argument` naming what is wrong with it. */
function envelopeOf(data: unknown, callable: CommandCallable): CommandEnvelope {
  const envelope = data as Partial<CommandEnvelope> | null;
  if (typeof envelope !== 'object' || envelope === null || typeof envelope.command !== 'string') {
    throw new HttpsError(
      'invalid-argument',
      `Send { command, payload } to ${callable}, the command being one of its names.`,
    );
  }
  return { command: envelope.command, payload: envelope.payload ?? null };
}

/**
 * The callable `callable` of the registry: it serves every command the registry gives it (and
 * refuses to start without one of them). Each call names its command; the command's size limit,
 * capability and payload are checked as if it were a callable of its own, and its errors reach
 * the caller as they are. Each call is logged with its command, so logs read per command.
 */
export function serveCommands(
  callable: CommandCallable,
  definitions: readonly CommandDefinition[],
) {
  const byName = new Map<string, CommandDefinition>(
    definitions.map((definition) => [definition.name, definition]),
  );
  const expected = COMMAND_NAMES.filter((name) => callableOf(name) === callable);
  const missing = expected.filter((name) => !byName.has(name));
  const strays = definitions.filter((definition) => callableOf(definition.name) !== callable);
  if (missing.length > 0 || strays.length > 0) {
    throw new Error(
      `${callable} must serve exactly its commands of src/domain/commands.ts: missing ${
        missing.join(', ') || 'none'
      }; not its own ${strays.map((definition) => definition.name).join(', ') || 'none'}.`,
    );
  }
  return firebaseOnCall(
    { enforceAppCheck: APP_CHECK_ENFORCED, ...CALLABLE_RUNTIME[callable] },
    async (request: CallableRequest<unknown>) => {
      const { command: name, payload } = envelopeOf(request.data, callable);
      if (name === WARM_UP) return warmUp();
      const definition = byName.get(name);
      if (!definition) {
        throw new HttpsError('invalid-argument', `${callable} has no command named ${name}.`);
      }
      refuseOversized(request, definition.maxBytes);
      const started = Date.now();
      try {
        const result = await definition.run({ ...request, data: payload });
        logCommand(name, started, 'ok');
        return result;
      } catch (error) {
        logCommand(name, started, error instanceof HttpsError ? error.code : 'failed', error);
        throw error;
      }
    },
  );
}

/** One line per call: the command, how it ended and how long it took; the error when it failed. */
function logCommand(name: string, started: number, outcome: string, error?: unknown) {
  const line = `${name} ${outcome} in ${Date.now() - started} ms`;
  if (outcome === 'failed') logger.error(line, error);
  else logger.info(line, { command: name, outcome });
}

/**
 * How long a warm-up holds its worker on the emulators, where a worker serves one call at a time
 * and a call that finds every worker busy starts one more: held, warm-ups sent together each start
 * a worker. Answered at once, ten sent together left seven workers, and the benchmark's burst then
 * started the other three mid-measure (2–6 s of CPU each on 2 cores).
 */
const EMULATOR_WARM_UP_HOLD_MS = 300;

/**
 * Opens the connection to Firestore with one small read, so the first real call finds it open. On
 * the emulators it also holds its worker a moment and names it (its process id).
 */
async function warmUp(): Promise<{ warm: true; worker?: number }> {
  await db.doc(PATHS.appConfig).get();
  if (process.env.FUNCTIONS_EMULATOR !== 'true') return { warm: true };
  await new Promise((resolve) => setTimeout(resolve, EMULATOR_WARM_UP_HOLD_MS));
  return { warm: true, worker: process.pid };
}
