// `npm run organiser -- grant|revoke EMAIL` and `list`: the organiser role from the command line,
// through the same code as the setOrganiser callable. scripts/organiser.mjs sets the target
// (the running emulators, or a real project with credentials) before loading this bundle.
import { getAuth } from 'firebase-admin/auth';
import { applyOrganiserRole } from '../lib/organisers';
import { db } from '../lib/admin';

export async function runOrganiserCommand(args: readonly string[]): Promise<string> {
  const [command, email] = args;
  if (command === 'list') {
    const snapshot = await db.collection('organisers').get();
    return (
      snapshot.docs.map((doc) => `${String(doc.get('email'))} (${doc.id})`).join('\n') ||
      'No organiser yet.'
    );
  }
  if ((command !== 'grant' && command !== 'revoke') || !email) {
    throw new Error('Usage: npm run organiser -- grant EMAIL | revoke EMAIL | list [--project ID]');
  }
  const user = await getAuth()
    .getUserByEmail(email)
    .catch(() => {
      throw new Error(`No account has the email ${email}: sign up in the app first.`);
    });
  await applyOrganiserRole(user.uid, command === 'grant', 'command line');
  return command === 'grant'
    ? `${email} is now an organiser (they may need to reload the app).`
    : `${email} is no longer an organiser.`;
}
