// Every callable is a command of the registry (src/domain/commands.ts) defined through `command`:
// it refuses a payload over a set size before the payload is validated, so a huge request costs no
// work beyond the runtime's own JSON parsing (which the Functions runtime caps at 10 MB), then asks
// the command's capability and parses its payload. Lint keeps callables from bypassing it.
import {
  HttpsError,
  onCall as firebaseOnCall,
  type CallableRequest,
} from 'firebase-functions/v2/https';
import type { z } from 'zod';
import { COMMANDS, type CommandName, type CommandResult } from '../../../src/domain/commands';
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

interface RuntimeOptions {
  maxBytes?: number;
  memory?: '256MiB' | '512MiB' | '1GiB';
  timeoutSeconds?: number;
}

function onCall<T>(
  handler: (request: CallableRequest<unknown>) => T | Promise<T>,
  options: RuntimeOptions,
) {
  const { maxBytes = DEFAULT_MAX_PAYLOAD_BYTES, ...runtime } = options;
  return firebaseOnCall(
    { enforceAppCheck: APP_CHECK_ENFORCED, ...runtime },
    (request: CallableRequest<unknown>) => {
      refuseOversized(request, maxBytes);
      return handler(request);
    },
  );
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

/**
 * Defines the callable of command `name`: the caller's capability (unless the command asks it by
 * its document), then the payload, then the handler, whose answer is the command's result (the
 * emulator's operation counts may ride along).
 */
export function command<N extends CommandName>(
  name: N,
  handler: (context: CommandContext<N>) => CommandResult<N> | Promise<CommandResult<N>>,
  options: RuntimeOptions = {},
) {
  const spec: { payload: z.ZodType; capability: Capability; byDocument?: true } = COMMANDS[name];
  return onCall((request) => {
    const actor = actorOf(request);
    if (!spec.byDocument) requireCan(roleOf(actor, null), spec.capability);
    const input = parsePayload(spec.payload, request.data) as CommandContext<N>['input'];
    return handler({ actor, input, request, capability: spec.capability });
  }, options);
}
