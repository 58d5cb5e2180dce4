// Submissions written straight into the emulated Firestore (as the functions would have), so
// tests of reviews, revocations and reactions start from a known state without the rate limit.
import type { Submission } from '../../src/domain/game';
import type { SubmissionStatus } from '../../src/domain/scoring';
import { dayIn } from '../../src/domain/submission';
import { catalogueAction } from './catalogue';
import { adminFirestore } from './emulators';

/** A catalogue action proved by text, for one person, that counts once a day or up to N times. */
export const TEXT_ACTION = catalogueAction({ proof: 'text', repeat: 'repeatable' });

export const textProof = (text = 'I switched my laptop to dark mode and eco settings.') => ({
  kind: 'text' as const,
  text,
});

/** The Admin SDK's Firestore on the emulator, for seeding and reading as the functions do. */
export const adminDb = adminFirestore;

/** A document as the functions left it (read with the Admin SDK, past the rules). */
export async function readDocument<T>(path: string): Promise<T | undefined> {
  const db = await adminDb();
  return (await db.doc(path).get()).data() as T | undefined;
}

let seeded = 0;

/** Writes a submission of TEXT_ACTION by `uid` in `teamId` with the given status; returns its id. */
export async function seedSubmission(input: {
  seasonId: string;
  teamId: string;
  uid: string;
  status: SubmissionStatus;
  auto?: boolean;
  points?: number;
  doneAt?: number;
}): Promise<string> {
  const db = await adminDb();
  seeded += 1;
  const now = Date.now();
  const doneAt = input.doneAt ?? now - 60_000;
  const ref = db.collection('submissions').doc(`seeded-${now}-${seeded}`);
  const submission: Omit<Submission, 'id'> = {
    seasonId: input.seasonId,
    teamId: input.teamId,
    teamName: 'Team',
    companyId: 'company',
    uid: input.uid,
    authorName: 'Someone',
    actionId: TEXT_ACTION.id,
    theme: TEXT_ACTION.theme,
    modality: TEXT_ACTION.modality,
    points: input.points ?? TEXT_ACTION.points,
    scope: 'individual',
    doneAt,
    day: dayIn('Europe/Paris', doneAt),
    proof: textProof(`Seeded proof number ${seeded}`),
    proofHash: null,
    duplicateOf: null,
    status: input.status,
    reason: input.status === 'rejected' ? 'Seeded rejection' : null,
    auto: input.auto ?? false,
    audited: false,
    createdAt: now,
    updatedAt: now,
    reviewedAt: null,
    approvedAt: input.status === 'approved' ? now : null,
    reactions: {},
  };
  await ref.set(submission);
  return ref.id;
}

/** Polls `read` until `accept` holds (the triggers run after the write), or fails after a while. */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!accept(last)) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last;
}
