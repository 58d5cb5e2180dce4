// What the Firebase emulators need on this machine before firebase-tools starts them: Java, free
// ports, and a Firestore emulator taken from the packaged Google Cloud CLI when there is one
// (see docs/decisions/001-firebase-emulators.md).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PROJECT_ID = 'demo-techforgood';
export const FIREBASE_BIN = path.join(ROOT, 'node_modules', '.bin', 'firebase');

const PACKAGED_FIRESTORE_JARS = [
  '/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar',
  '/usr/share/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar',
  '/opt/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar',
];
const FIRESTORE_MAIN_CLASS = 'com.google.cloud.datastore.emulator.firestore.CloudFirestore';

/** The emulators' ports as firebase.json sets them. */
export function emulatorPorts() {
  const config = JSON.parse(readFileSync(path.join(ROOT, 'firebase.json'), 'utf8'));
  const names = {
    hub: 'Emulator hub',
    logging: 'Emulator logging',
    auth: 'Auth emulator',
    firestore: 'Firestore emulator',
    functions: 'Functions emulator',
    hosting: 'Hosting emulator',
  };
  const ports = [];
  for (const [key, label] of Object.entries(names)) {
    const entry = config.emulators[key];
    if (entry?.port) ports.push({ key, label, host: entry.host ?? '127.0.0.1', port: entry.port });
  }
  const ws = config.emulators.firestore?.websocketPort;
  if (ws)
    ports.push({ key: 'firestoreWs', label: 'Firestore websocket', host: '127.0.0.1', port: ws });
  return ports;
}

/** Throws with one clear line when Java is missing or too old for the emulators. */
export function checkJava() {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new Error(
      'Java is not installed: the Firebase emulators need Java 17 or newer (Debian: apt-get install -y openjdk-17-jre-headless).',
    );
  }
  const output = `${result.stdout}${result.stderr}`;
  const match = /version "(\d+)/.exec(output);
  const major = match ? Number(match[1]) : 0;
  if (major < 17) {
    throw new Error(`Java ${major || '?'} found: the Firebase emulators need Java 17 or newer.`);
  }
}

function isPortFree(host, port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A host name or address that only this machine reaches. */
export function isLoopback(host) {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (name === 'localhost' || name === '::1') return true;
  const ip = net.isIPv4(name) ? name : /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(name)?.[1];
  return ip !== undefined && net.isIPv4(ip) && ip.startsWith('127.');
}

/**
 * Throws with the reason when an emulator would listen beyond this machine. The Auth emulator's
 * tokens are not signed: whoever reaches the emulators can act as anyone, organisers included, so
 * the embedded default stays on loopback, and a season with real people runs on a Firebase
 * project (README).
 */
export function checkLoopback(ports = emulatorPorts()) {
  for (const { label, host, port } of ports) {
    if (!isLoopback(host)) {
      throw new Error(
        `${label} is set to listen on ${host}:${port} in firebase.json: the emulators accept unsigned sign-ins, so anyone who reaches them could act as any person, organisers included. Keep every emulator on 127.0.0.1; a season with real people runs on a Firebase project (see the README).`,
      );
    }
  }
}

/** Throws with one line naming the first busy port and what should have used it. */
export async function checkPorts(ports = emulatorPorts()) {
  for (const { label, host, port } of ports) {
    if (!(await isPortFree(host, port))) {
      throw new Error(
        `Port ${port} (${label}) is already in use: stop the program using it (is another "npm start" running?) and try again.`,
      );
    }
  }
}

/** Manifest lines are at most 72 bytes; longer ones go on with a space on the next line. */
function manifestLine(text) {
  const parts = [text.slice(0, 72)];
  for (let at = 72; at < text.length; at += 71) parts.push(` ${text.slice(at, at + 71)}`);
  return parts.join('\r\n');
}

/** A jar holding only a manifest: a stored (uncompressed) zip entry is all a JVM needs. */
function writeManifestJar(file, manifest) {
  const name = Buffer.from('META-INF/MANIFEST.MF');
  const data = Buffer.from(manifest);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(10, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(10, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const centralOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  writeFileSync(file, Buffer.concat([local, name, data, central, name, end]));
}

/** The emulator's request log for the Emulator UI, left out (the class's own comment says why). */
const QUIET_REQUEST_LOG_SOURCE = path.join(
  ROOT,
  'scripts',
  'firestore-emulator',
  'BufferingRequestListener.java',
);

const REQUEST_LOG_CLASS =
  'com.google.cloud.datastore.emulator.firestore.websocket.BufferingRequestListener';
const REQUEST_LOG_INTERFACE =
  'com.google.cloud.datastore.emulator.impl.util.EmulatorRequestsListener';

/** The members `javap` lists for classes (those the emulator's other classes may call). */
function membersOf(classPath, ...classes) {
  const result = spawnSync('javap', ['-cp', classPath, ...classes], { encoding: 'utf8' });
  if (result.status !== 0) return null;
  return result.stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.endsWith(';') && line !== 'static {};')
    .map((line) => line.replace(/\b(?:public|synchronized|default|final|abstract) /g, ''));
}

/**
 * What the packaged class offers that the compiled one does not: its constructor and methods the
 * rest of the emulator may call, less those the listener interface already gives as no-ops. Empty
 * when the compiled class stands in for it; one entry when javap cannot tell.
 */
export function membersMissingFrom(compiled, packaged) {
  const theirs = membersOf(packaged, REQUEST_LOG_CLASS);
  const ours = membersOf(`${compiled}${path.delimiter}${packaged}`, REQUEST_LOG_CLASS);
  const inherited = membersOf(packaged, REQUEST_LOG_INTERFACE);
  if (!theirs || !ours || !inherited) return ['javap could not read it'];
  const given = new Set([...ours, ...inherited]);
  return theirs.filter((member) => !given.has(member));
}

/**
 * Compiles the class that leaves out the emulator's request log against the packaged jar, once per
 * jar and source (a folder named after both), and returns its class folder; null, with one line
 * saying so, when it cannot be compiled (no JDK) or does not offer every member of the packaged
 * class (an emulator whose class changed): the emulator then runs as packaged, only slower with
 * many listeners. Stacks started side by side may compile at once: each compiles into a folder of
 * its own and the first to rename it wins.
 */
export function compileQuietRequestLog(packaged, dir, javac = 'javac') {
  const { size, mtimeMs } = statSync(packaged);
  const key = createHash('sha256')
    .update(`${packaged}\n${size}\n${mtimeMs}\n`)
    .update(readFileSync(QUIET_REQUEST_LOG_SOURCE))
    .digest('hex')
    .slice(0, 16);
  const classes = path.join(dir, `firestore-quiet-request-log-${key}`);
  if (existsSync(classes)) return classes;
  const building = mkdtempSync(path.join(dir, 'firestore-quiet-request-log-building-'));
  const keepPackaged = (why) => {
    rmSync(building, { recursive: true, force: true });
    console.warn(
      `[tech-for-good] The Firestore emulator keeps its request log for the Emulator UI, which slows it down with many listeners: ${why}.`,
    );
    return null;
  };
  const result = spawnSync(
    javac,
    ['-proc:none', '-nowarn', '-d', building, '-cp', packaged, QUIET_REQUEST_LOG_SOURCE],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) {
    return keepPackaged(
      result.error
        ? `${javac} was not found (a JDK: apt-get install -y openjdk-17-jdk-headless)`
        : (result.stderr.split('\n').find((line) => line.includes('error')) ?? 'javac failed'),
    );
  }
  const changed = membersMissingFrom(building, packaged);
  if (changed.length > 0) return keepPackaged(`its class changed shape (${changed[0]})`);
  try {
    renameSync(building, classes);
  } catch (error) {
    // Another stack compiled the same class first: its folder serves.
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(classes)) throw error;
  }
  return classes;
}

/**
 * Points firebase-tools at the machine's packaged Firestore emulator through a wrapper jar whose
 * manifest names the main class and puts the packaged jar on its class path, after the class that
 * leaves out the request log for the Emulator UI (unless FIRESTORE_EMULATOR_REQUEST_LOG=1). Leaves
 * the environment alone when FIRESTORE_EMULATOR_BINARY_PATH is already set or nothing is packaged
 * (firebase-tools then downloads its own jar).
 */
export function prepareFirestoreEmulator(
  env = process.env,
  {
    candidates = PACKAGED_FIRESTORE_JARS,
    dir = path.join(ROOT, 'node_modules', '.cache', 'tech-for-good'),
    javac = 'javac',
  } = {},
) {
  if (env.FIRESTORE_EMULATOR_BINARY_PATH) return env.FIRESTORE_EMULATOR_BINARY_PATH;
  const packaged = candidates.find((file) => existsSync(file));
  if (!packaged) return undefined;
  mkdirSync(dir, { recursive: true });
  const quiet =
    env.FIRESTORE_EMULATOR_REQUEST_LOG === '1'
      ? null
      : compileQuietRequestLog(packaged, dir, javac);
  const wrapper = path.join(dir, 'firestore-emulator-wrapper.jar');
  // Class-Path is searched in order: the quiet class, when there is one, before the packaged jar.
  const classPath = [...(quiet ? [`${quiet}/`] : []), packaged]
    .map((entry) => new URL(`file://${entry}`).href)
    .join(' ');
  const manifest = [
    'Manifest-Version: 1.0',
    `Main-Class: ${FIRESTORE_MAIN_CLASS}`,
    `Class-Path: ${classPath}`,
    'Created-By: tech-for-good scripts/emulator-env.mjs',
  ]
    .map(manifestLine)
    .join('\r\n')
    .concat('\r\n\r\n');
  writeManifestJar(wrapper, manifest);
  env.FIRESTORE_EMULATOR_BINARY_PATH = wrapper;
  return wrapper;
}

/**
 * Gives a new worker of the Functions emulator 2 minutes to load, not 30 s: on a busy 2-core
 * machine a burst of calls starts several workers at once, and a worker that misses the limit
 * loses its call (the caller waits out its own deadline). FUNCTIONS_DISCOVERY_TIMEOUT, in seconds,
 * is the emulator's setting for it; one already set is kept.
 */
export function prepareFunctionsEmulator(env = process.env) {
  env.FUNCTIONS_DISCOVERY_TIMEOUT ??= '120';
  // At each start firebase-tools asks the npm registry for firebase-functions' latest version
  // (`npm show`, waited for up to 10 s): offline, that held every start 10 s. npm answers from
  // its cache, or at once that it cannot.
  env.npm_config_offline ??= 'true';
  // firebase-tools 14 reads this setting's default as the string "false", which is true, and so
  // starts its logging emulator even with the UI off: a second copy of every log line, kept in
  // memory for as long as the emulators run, for a UI that never connects. Said plainly, it is off.
  env.START_LOGGING_EMULATOR ??= 'false';
}

/**
 * Splits a stream into lines: every chunk to `log`, and the lines `shown` keeps to `out` too. A
 * reader of `out` that goes away (`| head`) stops the lines shown, not the run: the failed write
 * ended the script, then firebase-tools, and left the emulators and their workers running.
 */
export function routeLines(stream, out, log, shown) {
  let open = true;
  out.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    open = false;
  });
  const show = (line) => {
    if (open && shown(line)) out.write(`${line}\n`);
  };
  let rest = '';
  stream.on('data', (chunk) => {
    log.write(chunk);
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) show(line);
  });
  stream.on('end', () => {
    if (rest) show(rest);
  });
}
