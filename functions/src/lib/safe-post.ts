// Posts JSON to a URL someone pasted, which is untrusted input: the URL rule again, then the host's
// addresses after DNS (every one must be public; loopback too on the emulators), then a connection
// to the checked address only (so DNS cannot answer differently between the check and the
// connection), no redirects followed, a short timeout and a cap on the answer read. Checked on
// every delivery, not only when the URL is saved.
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { checkWebhookUrl, type ChatKind, type WebhookUrlReason } from '../../../src/domain/chat';
import { isLoopbackAddress, isPublicAddress } from './public-address';

export const POST_TIMEOUT_MS = 5_000;
export const ANSWER_MAX_BYTES = 16 * 1024;

export const emulated = () => process.env.FUNCTIONS_EMULATOR === 'true';

export type AddressCheck =
  | { readonly ok: true; readonly url: URL; readonly address: string; readonly family: 4 | 6 }
  | { readonly ok: false; readonly reason: WebhookUrlReason | 'chat.url.unresolved' };

/**
 * The URL rule, then DNS: refused when any address the host resolves to is not public (a
 * loopback address is allowed on the emulators). Answers the address to connect to.
 */
export async function checkDestination(raw: string, kind: ChatKind): Promise<AddressCheck> {
  const checked = checkWebhookUrl(raw, kind, { emulated: emulated() });
  if (!checked.ok) return checked;
  const url = new URL(checked.url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: { address: string; family: number }[];
  try {
    addresses = await dnsLookup(host, { all: true, verbatim: true });
  } catch {
    return { ok: false, reason: 'chat.url.unresolved' };
  }
  // Loopback only for the emulators' test receiver (127.0.0.1 or localhost with a port).
  const allowed = (ip: string) =>
    isPublicAddress(ip) || (checked.loopbackReceiver && isLoopbackAddress(ip));
  const first = addresses[0];
  if (!first || !addresses.every((entry) => allowed(entry.address))) {
    return { ok: false, reason: 'chat.url.privateHost' };
  }
  return { ok: true, url, address: first.address, family: first.family === 6 ? 6 : 4 };
}

export type PostOutcome =
  | { readonly ok: true; readonly httpStatus: number }
  | { readonly ok: false; readonly httpStatus: number | null; readonly error: string };

/** Sends the body once; never throws, never names the URL in its error. */
export async function safePost(
  raw: string,
  kind: ChatKind,
  body: string,
  headers: Readonly<Record<string, string>> = {},
): Promise<PostOutcome> {
  const destination = await checkDestination(raw, kind);
  if (!destination.ok) return { ok: false, httpStatus: null, error: destination.reason };
  const { url, address, family } = destination;
  // The connection goes to the address that was checked, whatever DNS says now.
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise<PostOutcome>((resolve) => {
    const request = transport.request(
      url,
      {
        method: 'POST',
        lookup: pinned,
        timeout: POST_TIMEOUT_MS,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'TechForGoodChallenge-Webhooks/1',
          ...headers,
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          // Enough read: whatever else the answer holds is not worth the memory.
          if (read > ANSWER_MAX_BYTES) response.destroy();
        });
        const settle = () => {
          if (status >= 200 && status < 300) resolve({ ok: true, httpStatus: status });
          else if (status >= 300 && status < 400) {
            resolve({ ok: false, httpStatus: status, error: `redirect ${status} not followed` });
          } else resolve({ ok: false, httpStatus: status, error: `HTTP ${status}` });
        };
        response.on('end', settle);
        response.on('close', settle);
        response.on('error', settle);
      },
    );
    // The whole exchange, not only a silent socket: an answer that trickles in is cut too.
    const late = () => {
      request.destroy();
      resolve({
        ok: false,
        httpStatus: null,
        error: `no answer within ${POST_TIMEOUT_MS / 1000} s`,
      });
    };
    const deadline = setTimeout(late, POST_TIMEOUT_MS);
    request.on('close', () => clearTimeout(deadline));
    request.on('timeout', late);
    request.on('error', (error: NodeJS.ErrnoException) => {
      resolve({
        ok: false,
        httpStatus: null,
        error: `connection failed (${error.code ?? 'error'})`,
      });
    });
    request.end(body);
  });
}
