// The signature of a signed webhook: `X-TFG-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 over
// "<t>.<raw body>">` with the channel's secret. The README shows verifySignature as the snippet a
// receiver copies.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-TFG-Signature';
export const EVENT_ID_HEADER = 'X-TFG-Event-Id';
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** A fresh signing secret: 32 random bytes, as `whsec_` and hex. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('hex')}`;
}

/** The header's value for this body, signed at `nowSeconds`. */
export function signatureHeader(secret: string, body: string, nowSeconds: number): string {
  const t = Math.floor(nowSeconds);
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${v1}`;
}

/**
 * Rule: a request is genuine when its header's v1 is the HMAC-SHA256, with the shared secret, of
 * its timestamp, a dot and the raw body, and the timestamp is at most `toleranceSeconds` (5
 * minutes) away from now (`nowSeconds`), so a replayed request is refused.
 */
export function verifySignature(
  secret: string,
  header: string,
  body: string,
  nowSeconds: number,
  toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS,
): boolean {
  const parts = new Map(
    header.split(',').map((part) => {
      const [key = '', ...value] = part.trim().split('=');
      return [key, value.join('=')] as const;
    }),
  );
  const t = Number(parts.get('t'));
  const v1 = parts.get('v1') ?? '';
  if (!Number.isInteger(t) || !/^[0-9a-f]{64}$/.test(v1)) return false;
  if (Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(v1, 'hex'));
}
