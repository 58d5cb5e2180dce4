import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  checkLoopback,
  checkPorts,
  emulatorPorts,
  isLoopback,
  membersMissingFrom,
  prepareFirestoreEmulator,
  prepareFunctionsEmulator,
  routeLines,
} from './emulator-env.mjs';

const servers: net.Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

function occupyPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen({ host: '127.0.0.1', port: 0 }, () => {
      servers.push(server);
      resolve((server.address() as net.AddressInfo).port);
    });
  });
}

describe('checkLoopback', () => {
  it('tells loopback from every other address', () => {
    for (const host of [
      '127.0.0.1',
      '127.1.2.3',
      'localhost',
      '::1',
      '[::1]',
      '::ffff:127.0.0.1',
    ]) {
      expect(isLoopback(host), host).toBe(true);
    }
    for (const host of ['0.0.0.0', '::', '192.168.1.10', '10.0.0.2', 'example.org', '128.0.0.1']) {
      expect(isLoopback(host), host).toBe(false);
    }
  });

  it('refuses an emulator set to listen beyond this machine, and says why', () => {
    const ports = [
      { key: 'auth', label: 'Auth emulator', host: '127.0.0.1', port: 9099 },
      { key: 'hosting', label: 'Hosting emulator', host: '0.0.0.0', port: 5000 },
    ];
    expect(() => checkLoopback(ports)).toThrow(
      /Hosting emulator is set to listen on 0\.0\.0\.0:5000 .* unsigned sign-ins/,
    );
  });

  it('passes the emulators as firebase.json sets them', () => {
    expect(emulatorPorts().length).toBeGreaterThanOrEqual(6);
    expect(() => checkLoopback()).not.toThrow();
  });
});

describe('checkPorts', () => {
  it('names the busy port and what needed it, in one line', async () => {
    const port = await occupyPort();
    const check = checkPorts([
      { key: 'firestore', label: 'Firestore emulator', host: '127.0.0.1', port },
    ]);
    await expect(check).rejects.toThrow(`Port ${port} (Firestore emulator) is already in use`);
    await check.catch((error: Error) => expect(error.message).not.toContain('\n'));
  });

  it('passes when every port is free', async () => {
    const port = await occupyPort();
    servers.pop()?.close();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(
      checkPorts([{ key: 'firestore', label: 'x', host: '127.0.0.1', port }]),
    ).resolves.toBeUndefined();
  });
});

describe('prepareFunctionsEmulator', () => {
  it.each([
    ['gives a new worker two minutes to load', 'FUNCTIONS_DISCOVERY_TIMEOUT', '120', '45'],
    ['keeps the start from asking the npm registry', 'npm_config_offline', 'true', 'false'],
    [
      'keeps firebase-tools from starting its logging emulator',
      'START_LOGGING_EMULATOR',
      'false',
      'true',
    ],
  ])('%s, unless told otherwise', (_what, name, value, told) => {
    const env: Record<string, string | undefined> = {};
    prepareFunctionsEmulator(env);
    expect(env[name]).toBe(value);
    const toldEnv: Record<string, string | undefined> = { [name]: told };
    prepareFunctionsEmulator(toldEnv);
    expect(toldEnv[name]).toBe(told);
  });
});

describe('prepareFirestoreEmulator', () => {
  const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'tfg-jar-'));

  it('leaves an explicit FIRESTORE_EMULATOR_BINARY_PATH alone', () => {
    const env = { FIRESTORE_EMULATOR_BINARY_PATH: '/opt/mine.jar' };
    expect(prepareFirestoreEmulator(env, { candidates: [], dir: tmp() })).toBe('/opt/mine.jar');
  });

  it('does nothing when no packaged emulator exists', () => {
    const env: Record<string, string> = {};
    expect(prepareFirestoreEmulator(env, { candidates: ['/nope.jar'], dir: tmp() })).toBe(
      undefined,
    );
    expect(env).toEqual({});
  });

  it('writes a jar whose manifest names the main class and the packaged jar', () => {
    const packaged = path.join(
      tmp(),
      'a-rather-long-folder-name-to-force-wrapping',
      'cloud-firestore-emulator.jar',
    );
    const dir = tmp();
    mkdirSync(path.dirname(packaged), { recursive: true });
    writeFileSync(packaged, '');
    const env: Record<string, string> = { FIRESTORE_EMULATOR_REQUEST_LOG: '1' };
    const wrapper = prepareFirestoreEmulator(env, { candidates: [packaged], dir });
    expect(env.FIRESTORE_EMULATOR_BINARY_PATH).toBe(wrapper);
    // A stored zip entry: the local header is 30 bytes, then the name, then the data.
    const jar = readFileSync(wrapper ?? '');
    expect(jar.readUInt32LE(0)).toBe(0x04034b50);
    const nameLength = jar.readUInt16LE(26);
    expect(jar.subarray(30, 30 + nameLength).toString()).toBe('META-INF/MANIFEST.MF');
    const manifest = jar
      .subarray(30 + nameLength, 30 + nameLength + jar.readUInt32LE(18))
      .toString('utf8');
    const lines = manifest.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line) <= 72)).toBe(true);
    const unfolded = manifest.replace(/\r\n /g, '');
    expect(unfolded).toContain(
      'Main-Class: com.google.cloud.datastore.emulator.firestore.CloudFirestore',
    );
    expect(unfolded).toContain(`Class-Path: file://${packaged}`);
  });

  /** The class path the wrapper jar's manifest names, entry by entry. */
  function classPathOf(wrapper: string | undefined): string[] {
    const jar = readFileSync(wrapper ?? '');
    const nameLength = jar.readUInt16LE(26);
    const manifest = jar
      .subarray(30 + nameLength, 30 + nameLength + jar.readUInt32LE(18))
      .toString('utf8')
      .replace(/\r\n /g, '');
    const line = manifest.split('\r\n').find((entry) => entry.startsWith('Class-Path: ')) ?? '';
    return line.slice('Class-Path: '.length).split(' ');
  }

  // The machine's packaged emulator, which the emulator tests and `npm start` run.
  const packaged =
    '/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar';
  const replaced =
    'com/google/cloud/datastore/emulator/firestore/websocket/BufferingRequestListener.class';

  // One folder for the compiled class, whichever of these tests runs first (javac takes seconds).
  const quietDir = tmp();

  it('puts the class that leaves out the request log ahead of the packaged jar, compiled once', () => {
    expect(existsSync(packaged)).toBe(true);
    const dir = quietDir;
    const first = classPathOf(prepareFirestoreEmulator({}, { candidates: [packaged], dir }));
    expect(first).toHaveLength(2);
    expect(first[0]).toMatch(/\/firestore-quiet-request-log-[0-9a-f]{16}\/$/);
    expect(existsSync(path.join(new URL(first[0] ?? '').pathname, replaced))).toBe(true);
    expect(first[1]).toBe(`file://${packaged}`);
    // A second start (another stack, the next run) finds it compiled and leaves nothing behind.
    const second = classPathOf(prepareFirestoreEmulator({}, { candidates: [packaged], dir }));
    expect(second).toEqual(first);
    expect(readdirSync(dir).sort()).toEqual([
      'firestore-emulator-wrapper.jar',
      path.basename(new URL(first[0] ?? '').pathname),
    ]);
  });

  it('tells a class that does not offer every member of the packaged one', () => {
    const stood = classPathOf(
      prepareFirestoreEmulator({}, { candidates: [packaged], dir: quietDir }),
    );
    expect(membersMissingFrom(new URL(stood[0] ?? '').pathname, packaged)).toEqual([]);
    // A class of the same name whose constructor the emulator's websocket server cannot call.
    const source = path.join(tmp(), 'BufferingRequestListener.java');
    writeFileSync(
      source,
      [
        'package com.google.cloud.datastore.emulator.firestore.websocket;',
        'class BufferingRequestListener implements com.google.cloud.datastore.emulator.impl.util.EmulatorRequestsListener {',
        '  BufferingRequestListener() {}',
        '}',
      ].join('\n'),
    );
    const out = tmp();
    expect(spawnSync('javac', ['-proc:none', '-d', out, '-cp', packaged, source]).status).toBe(0);
    const missing = membersMissingFrom(out, packaged);
    expect(missing).toHaveLength(2);
    expect(missing.join('\n')).toContain(
      'BufferingRequestListener(java.util.function.Consumer<org.json.JSONObject>, com.google.common.time.TimeSource);',
    );
    expect(missing.join('\n')).toContain('void generateRequestBacklog(');
  });

  it('keeps the packaged request log when asked to, or when there is no JDK to compile with', () => {
    const asked = classPathOf(
      prepareFirestoreEmulator(
        { FIRESTORE_EMULATOR_REQUEST_LOG: '1' },
        { candidates: [packaged], dir: tmp() },
      ),
    );
    expect(asked).toEqual([`file://${packaged}`]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const dir = tmp();
    const withoutJdk = classPathOf(
      prepareFirestoreEmulator({}, { candidates: [packaged], dir, javac: '/no/such/javac' }),
    );
    expect(withoutJdk).toEqual([`file://${packaged}`]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('openjdk-17-jdk-headless'));
    expect(readdirSync(dir)).toEqual(['firestore-emulator-wrapper.jar']);
    warn.mockRestore();
  });
});

describe('routeLines', () => {
  it('shows the lines kept, logs every line, and goes on logging once the reader has gone', async () => {
    const [source, out, log] = [new PassThrough(), new PassThrough(), new PassThrough()];
    const [shown, logged] = [[] as string[], [] as string[]];
    out.on('data', (chunk: Buffer) => shown.push(String(chunk)));
    log.on('data', (chunk: Buffer) => logged.push(String(chunk)));
    routeLines(source, out, log, (line: string) => !line.startsWith('i  '));

    source.write('i  functions: ready\nthe command');
    source.write("'s line\n");
    await new Promise((resolve) => setImmediate(resolve));
    // `| head` has read enough: the next write to it fails.
    out.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    source.end('i  shutting down\nthe last line');
    await new Promise((resolve) => source.once('end', resolve));
    await new Promise((resolve) => setImmediate(resolve));

    expect(shown.join('')).toBe("the command's line\n");
    expect(logged.join('')).toBe(
      "i  functions: ready\nthe command's line\ni  shutting down\nthe last line",
    );
  });
});
