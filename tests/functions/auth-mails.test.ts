// What `npm start` does with the mails Auth keeps on the emulators: each new out-of-band code
// becomes one mail in the mail catcher (here a local SMTP server), whose link opens the app's
// action page with a code Auth takes: a password reset and a sign-in link, used for real.
import { deleteApp, initializeApp } from 'firebase/app';
import {
  confirmPasswordReset,
  connectAuthEmulator,
  createUserWithEmailAndPassword,
  getAuth,
  isSignInWithEmailLink,
  sendPasswordResetEmail,
  sendSignInLinkToEmail,
  signInWithEmailAndPassword,
  signInWithEmailLink,
  signOut,
} from 'firebase/auth';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startAuthMailRelay } from '../../scripts/auth-mails.mjs';
import { emulator, PROJECT_ID } from '../support/emulators';
import { startSmtpCatcher, type SmtpCatcher } from '../support/smtp';

const APP_URL = 'http://127.0.0.1:5000';
let smtp: SmtpCatcher;
let stopRelay: () => void;
const app = initializeApp({ projectId: PROJECT_ID, apiKey: 'demo-api-key' }, 'auth-mails');
const auth = getAuth(app);
const { host, port } = emulator('auth');
connectAuthEmulator(auth, `http://${host}:${port}`, { disableWarnings: true });

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  stopRelay = startAuthMailRelay({
    authUrl: `http://${host}:${port}`,
    projectId: PROJECT_ID,
    appUrl: APP_URL,
    smtp: { host: '127.0.0.1', port: smtp.port },
    say: (line: string) => console.warn(line),
    everyMs: 200,
  });
});

afterAll(async () => {
  stopRelay();
  await smtp.close();
  await deleteApp(app);
});

/** The mails to `email`, once `count` of them have arrived. */
async function mailsTo(email: string, count: number): Promise<ParsedMail[]> {
  const to = () =>
    smtp.inbox.filter((mail) => mail.to && 'text' in mail.to && mail.to.text === email);
  await expect.poll(() => to().length, { timeout: 15_000 }).toBe(count);
  return to();
}

const linkIn = (mail: ParsedMail) => {
  const link = /http\S+/.exec(mail.text ?? '')?.[0];
  if (!link) throw new Error(`No link in "${mail.text}"`);
  return new URL(link);
};

it('mails a password reset whose link opens the action page with a code Auth takes, once', async () => {
  const email = `reset-${Date.now()}@acme.example`;
  await createUserWithEmailAndPassword(auth, email, 'a-long-password');
  await signOut(auth);
  await sendPasswordResetEmail(auth, email);
  const [mail] = await mailsTo(email, 1);
  const link = linkIn(mail as ParsedMail);
  expect(`${link.origin}${link.pathname}`).toBe(`${APP_URL}/auth/action`);
  expect(link.searchParams.get('mode')).toBe('resetPassword');
  await confirmPasswordReset(auth, link.searchParams.get('oobCode') ?? '', 'a-new-long-password');
  await expect(
    signInWithEmailAndPassword(auth, email, 'a-new-long-password'),
  ).resolves.toBeDefined();
  await signOut(auth);
  // Later passes do not mail the same code again.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(await mailsTo(email, 1)).toHaveLength(1);
});

it('mails a sign-in link that signs in and keeps where it brings the person back', async () => {
  const email = `link-${Date.now()}@acme.example`;
  await sendSignInLinkToEmail(auth, email, {
    url: `${APP_URL}/auth/action?next=%2Fteam`,
    handleCodeInApp: true,
  });
  const [mail] = await mailsTo(email, 1);
  const link = linkIn(mail as ParsedMail);
  expect(link.searchParams.get('mode')).toBe('signIn');
  expect(new URL(link.searchParams.get('continueUrl') ?? '').searchParams.get('next')).toBe(
    '/team',
  );
  expect(isSignInWithEmailLink(auth, link.href)).toBe(true);
  const { user } = await signInWithEmailLink(auth, email, link.href);
  expect(user.email).toBe(email);
  expect(user.emailVerified).toBe(true);
  await signOut(auth);
});
