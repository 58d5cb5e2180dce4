// On the emulators Auth sends no mail: it keeps each out-of-band code (a sign-in link, a password
// reset, an address check) and lists them at /emulator/v1/projects/<project>/oobCodes. `npm start`
// polls that list and turns every new code into a mail in the local mail catcher, carrying the
// link a real project's mail carries once its action address points at the app's /auth/action
// page, so a newcomer signs in by link, resets a password or verifies an address as people would.
// (nodemailer is the functions' own mailer, hoisted to the root by the workspace.)
import nodemailer from 'nodemailer';

const SUBJECTS = {
  EMAIL_SIGNIN: 'Votre lien de connexion / Your sign-in link',
  PASSWORD_RESET: 'Choisir un nouveau mot de passe / Choose a new password',
  VERIFY_EMAIL: 'Vérifiez votre adresse / Verify your address',
};

const INTROS = {
  EMAIL_SIGNIN: [
    'Ouvrez ce lien pour vous connecter au Tech for Good Challenge. Il ne sert qu’une fois.',
    'Open this link to sign in to the Tech for Good Challenge. It works once.',
  ],
  PASSWORD_RESET: [
    'Ouvrez ce lien pour choisir un nouveau mot de passe.',
    'Open this link to choose a new password.',
  ],
  VERIFY_EMAIL: [
    'Ouvrez ce lien pour vérifier votre adresse.',
    'Open this link to verify your address.',
  ],
};

/**
 * The mail for one code the Auth emulator keeps: the link is the app's action page with the
 * query of the emulator's own link (mode, oobCode, apiKey, and a sign-in link's continueUrl).
 * Null for a kind the app does not handle.
 */
export function authMail(code, appUrl) {
  const subject = SUBJECTS[code.requestType];
  if (!subject) return null;
  const query = new URL(code.oobLink).search;
  const link = new URL(`/auth/action${query}`, appUrl).href;
  const [fr, en] = INTROS[code.requestType];
  return {
    from: 'Tech for Good Challenge <auth@localhost>',
    to: code.email,
    subject,
    text: `${fr}\n${en}\n\n${link}\n`,
  };
}

/**
 * Polls the Auth emulator every `everyMs` and mails each code it has not mailed yet (codes that
 * were there at start included: they may be waiting for someone). Returns a stop.
 */
export function startAuthMailRelay({ authUrl, projectId, appUrl, smtp, say, everyMs = 2000 }) {
  const transport = nodemailer.createTransport({ ...smtp, secure: false, ignoreTLS: true });
  const mailed = new Set();
  let warned = false;
  let timer = null;
  let stopped = false;
  const pass = async () => {
    if (stopped) return;
    try {
      const response = await fetch(`${authUrl}/emulator/v1/projects/${projectId}/oobCodes`);
      const { oobCodes = [] } = await response.json();
      for (const code of oobCodes) {
        if (mailed.has(code.oobCode)) continue;
        mailed.add(code.oobCode);
        const mail = authMail(code, appUrl);
        if (mail) await transport.sendMail(mail);
      }
      warned = false;
    } catch (error) {
      if (!warned) say(`Auth's mails could not be relayed to the mail catcher: ${error.message}`);
      warned = true;
    }
    timer = setTimeout(() => void pass(), everyMs);
  };
  void pass();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    transport.close();
  };
}
