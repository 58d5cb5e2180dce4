// safePost against a receiver on loopback in this process (allowed only as the emulators allow
// it): what it sends, what it refuses before connecting, and how much of an answer it reads.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkDestination, safePost } from './safe-post';

let server: Server;
let base = '';
let hits = 0;
let lastBody = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    hits += 1;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      lastBody = Buffer.concat(chunks).toString();
      if (request.url === '/big') {
        response.writeHead(200);
        // A megabyte answer: only the first 16 KB are worth reading.
        response.end(Buffer.alloc(1024 * 1024, 'a'));
      } else if (request.url === '/moved') {
        response.writeHead(301, { location: `${base}/ok` }).end();
      } else {
        response.writeHead(request.url === '/ok' ? 204 : 404).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const emulated = (on: boolean) => {
  process.env.FUNCTIONS_EMULATOR = on ? 'true' : 'false';
};
afterEach(() => {
  delete process.env.FUNCTIONS_EMULATOR;
});

describe('safePost', () => {
  it('posts the JSON body with its headers to a loopback receiver on the emulators', async () => {
    emulated(true);
    const outcome = await safePost(`${base}/ok`, 'webhook', '{"a":1}', { 'X-Test': 'yes' });
    expect(outcome).toEqual({ ok: true, httpStatus: 204 });
    expect(lastBody).toBe('{"a":1}');
  });

  it('refuses the same receiver outside the emulators, without connecting', async () => {
    emulated(false);
    const before = hits;
    expect(await safePost(`${base}/ok`, 'webhook', '{}')).toEqual({
      ok: false,
      httpStatus: null,
      error: 'chat.url.notHttps',
    });
    expect(hits).toBe(before);
  });

  it('refuses private, link-local and loopback addresses after DNS, without connecting', async () => {
    emulated(true);
    for (const url of ['https://10.1.2.3/x', 'https://169.254.169.254/', 'https://[::1]:443/']) {
      expect(await checkDestination(url, 'webhook')).toEqual({
        ok: false,
        reason: 'chat.url.privateHost',
      });
    }
  });

  it('does not follow a redirect, and names its status', async () => {
    emulated(true);
    const before = hits;
    expect(await safePost(`${base}/moved`, 'slack', '{}')).toEqual({
      ok: false,
      httpStatus: 301,
      error: 'redirect 301 not followed',
    });
    expect(hits).toBe(before + 1);
  });

  it('reads at most 16 KB of an answer and still reports its status', async () => {
    emulated(true);
    expect(await safePost(`${base}/big`, 'teams', '{}')).toEqual({ ok: true, httpStatus: 200 });
  });
});
