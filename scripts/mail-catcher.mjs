// The local mail catcher `npm start` runs beside the emulators: maildev, an SMTP server on
// 127.0.0.1:1025 (where the emulated functions send by default) and a web page listing every mail
// the app sent. Its API, GET http://127.0.0.1:1080/api/email, lists them for browser tests.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './emulator-env.mjs';

const HOST = '127.0.0.1';
const SMTP_PORT = 1025;
const WEB_PORT = 1080;

/** The ports the catcher takes, labelled for the start script's port check. */
export const MAIL_CATCHER_PORTS = [
  { key: 'mailSmtp', label: 'Mail catcher SMTP server', host: HOST, port: SMTP_PORT },
  { key: 'mailWeb', label: 'Mail catcher web page', host: HOST, port: WEB_PORT },
];

/** maildev 3 answers 404 on "/": its page is /index.html. */
export const MAIL_CATCHER_URL = `http://${HOST}:${WEB_PORT}/index.html`;

/** Starts maildev on loopback; returns the child process, the page's address and a stop. */
export function startMailCatcher({ say }) {
  const bin = path.join(ROOT, 'node_modules', '.bin', 'maildev');
  const args = ['--smtp', `${SMTP_PORT}`, '--ip', HOST, '--web', `${WEB_PORT}`, '--web-ip', HOST];
  const child = spawn(bin, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  let stopping = false;
  child.stderr.on('data', (chunk) => {
    errors = `${errors}${chunk}`.slice(-2000);
  });
  child.on('error', (error) => say(`The mail catcher could not start: ${error.message}`));
  child.on('exit', (code, signal) => {
    if (stopping) return;
    say(`The mail catcher stopped (${signal ?? `exit code ${code}`}); mails will not be caught.`);
    if (errors.trim()) say(errors.trim());
  });
  const stop = () => {
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  return { child, url: MAIL_CATCHER_URL, stop };
}
