// Every callable is defined through this onCall: it refuses a payload over a set size before the
// payload is validated, so a huge request costs no work beyond the runtime's own JSON parsing
// (which the Functions runtime caps at 10 MB). Lint keeps callables from bypassing it.
import {
  HttpsError,
  onCall as firebaseOnCall,
  type CallableRequest,
} from 'firebase-functions/v2/https';

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

export function onCall<T>(
  handler: (request: CallableRequest<unknown>) => T | Promise<T>,
  options: {
    maxBytes?: number;
    memory?: '256MiB' | '512MiB' | '1GiB';
    timeoutSeconds?: number;
  } = {},
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
