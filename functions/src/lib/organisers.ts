// Granting and removing the organiser role: the claim, the organisers list and the profile mirror.
import { getAuth } from 'firebase-admin/auth';
import { FieldValue } from 'firebase-admin/firestore';
import { db } from './admin';
import { refs } from './documents';

export async function applyOrganiserRole(uid: string, organiser: boolean, grantedBy: string) {
  const user = await getAuth().getUser(uid);
  const claims = { ...user.customClaims, organiser };
  if (!organiser) delete (claims as Record<string, unknown>).organiser;
  await getAuth().setCustomUserClaims(uid, claims);
  const batch = db.batch();
  if (organiser) {
    batch.set(refs.organiser(uid), { email: user.email ?? '', grantedAt: Date.now(), grantedBy });
    batch.set(refs.appConfig(), { hasOrganiser: true }, { merge: true });
  } else {
    batch.delete(refs.organiser(uid));
  }
  batch.set(
    refs.profile(uid),
    { organiser, updatedAt: FieldValue.serverTimestamp() },
    { merge: true },
  );
  await batch.commit();
}
