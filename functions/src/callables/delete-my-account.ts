// A person deletes their account (their right to erasure): nothing that names them stays, while
// each season keeps its scores as its deletion policy says. Steps run one after another, each
// taking its documents out of what the next call would find, so a call that stopped half-way is
// finished by calling again, and a second call after a complete one changes nothing.
import { ownValue } from '../../../src/domain/own';
import { createHash, randomBytes } from 'node:crypto';
import { getAuth } from 'firebase-admin/auth';
import {
  FieldPath,
  FieldValue,
  type DocumentData,
  type DocumentReference,
  type Query,
  type QueryDocumentSnapshot,
  type WriteBatch,
} from 'firebase-admin/firestore';
import { command } from '../lib/on-call';
import {
  anonymisedSubmission,
  DELETED_ACCOUNT_PREFIX,
  deletionPolicyOf,
  membersAfterDeletion,
  rekeyedId,
  type DeleteAccountResult,
} from '../../../src/domain/account';
import {
  EVENT_PATHS,
  registrationOpen,
  type EventRegistration,
  type SeasonEvent,
} from '../../../src/domain/events';
import { GAME_PATHS, type Submission } from '../../../src/domain/game';
import { NOTIFICATION_PATHS, PATHS, type Membership } from '../../../src/domain/paths';
import { PICKS_COLLECTION } from '../../../src/domain/picks';
import { teamsMayChange, type Season } from '../../../src/domain/season';
import { SURVEY_PATHS, surveyAnswerId } from '../../../src/domain/survey';
import type { Team } from '../../../src/domain/team';
import { db } from '../lib/admin';
import { refs } from '../lib/documents';
import { eventRefs, leaveEvent } from '../lib/events';
import { metered, noOps } from '../lib/meter';
import { gameRefs } from '../lib/documents';
import { writeMembers } from '../lib/teams';

const PAGE = 100;

/** What stands for the person in other people's records (a grant they made). */
const DELETED_GRANTOR = `${DELETED_ACCOUNT_PREFIX}account`;

/**
 * Runs `work` on the documents of `query`, a page at a time, until none is left: `work` must take
 * each document out of the query (delete it, or change the field the query filters on).
 */
async function drain(
  query: Query,
  work: (documents: QueryDocumentSnapshot[]) => Promise<void>,
): Promise<void> {
  let previous = '';
  for (;;) {
    const page = await query.limit(PAGE).get();
    if (page.empty) return;
    const first = page.docs[0]?.ref.path ?? '';
    if (first === previous) throw new Error(`No progress erasing ${first}.`);
    previous = first;
    await work(page.docs);
  }
}

/** Deletes or changes every document of `query` with one batched write per page. */
async function changeAll(
  query: Query,
  change: (batch: WriteBatch, document: QueryDocumentSnapshot) => void,
): Promise<void> {
  await drain(query, async (documents) => {
    const batch = db.batch();
    for (const document of documents) change(batch, document);
    await batch.commit();
  });
}

/**
 * The secret the person's anonymous ids derive from, kept on their profile while the deletion
 * runs (so a call that is retried uses the same ids) and deleted with it at the end, after which
 * nothing links the anonymous ids to the person, nor those of two seasons to each other.
 */
async function erasureSecret(uid: string): Promise<string> {
  return db.runTransaction(async (tx) => {
    const profile = await tx.get(refs.profile(uid));
    const existing: unknown = profile.get('erasureSecret');
    if (typeof existing === 'string') return existing;
    const secret = randomBytes(16).toString('hex');
    tx.set(refs.profile(uid), { erasureSecret: secret }, { merge: true });
    return secret;
  });
}

/**
 * The person's submissions. In a season whose policy is `keep`, each is anonymised (its author
 * becomes the season's anonymous id, see anonymisedSubmission): the score trigger sees the same
 * points move from the person to that id in the same team, so the total and the leaderboard stay.
 * In a season whose policy is `remove`, each is deleted: the score trigger takes an approved one's
 * points off, as for any deleted submission, and the leaderboard follows through its usual
 * rebuild. No score is written here. An attendance submission's id holds the person's uid, so it
 * is replaced by a copy under an id without it; the id it will have is first written on it
 * (`erasedAs`), which changes no score, so that the score marks its replacement writes name the
 * new id (the trigger reads it) rather than the old.
 */
async function eraseSubmissions(
  uid: string,
  seasons: ReadonlyMap<string, Partial<Season>>,
  anonymousUid: (seasonId: string) => string,
  now: number,
): Promise<DeleteAccountResult> {
  let submissionsKept = 0;
  let submissionsRemoved = 0;
  const query = db.collection(GAME_PATHS.submissions).where('uid', '==', uid);
  await drain(query, async (documents) => {
    const replaced = new Map<string, { seasonId: string; by: string }>();
    const naming = db.batch();
    for (const document of documents) {
      const seasonId = String(document.get('seasonId'));
      const existing: unknown = document.get('erasedAs');
      const by =
        typeof existing === 'string'
          ? existing
          : rekeyedId(document.id, uid, anonymousUid(seasonId));
      if (by === null) continue;
      replaced.set(document.id, { seasonId, by });
      if (existing !== by) naming.update(document.ref, { erasedAs: by });
    }
    if (replaced.size > 0) await naming.commit();
    // Records that named a replaced submission by its old id name the new one, before the
    // submission goes, so a call that stops after this finds it again and finishes.
    for (const [oldId, { seasonId, by }] of replaced) {
      const rename = (batch: WriteBatch, document: QueryDocumentSnapshot) =>
        batch.update(document.ref, { submissionId: by });
      await changeAll(
        db.collection(GAME_PATHS.appliedEvents(seasonId)).where('submissionId', '==', oldId),
        rename,
      );
      await changeAll(
        db.collection(GAME_PATHS.audit(seasonId)).where('submissionId', '==', oldId),
        rename,
      );
      await changeAll(
        db.collection(GAME_PATHS.submissions).where('duplicateOf', '==', oldId),
        (batch, document) => batch.update(document.ref, { duplicateOf: by }),
      );
    }

    const counted = await db.runTransaction(async (tx) => {
      const fresh = await tx.getAll(...documents.map((document) => document.ref));
      let kept = 0;
      let removed = 0;
      for (const snapshot of fresh) {
        const data = snapshot.data() as Omit<Submission, 'id'> | undefined;
        if (!data || data.uid !== uid) continue;
        if (data.proof.kind === 'photo') tx.delete(gameRefs.proofPhoto(snapshot.id));
        const policy = deletionPolicyOf(seasons.get(data.seasonId) ?? {});
        if (policy === 'remove') {
          tx.delete(snapshot.ref);
          if (data.status === 'approved') removed += 1;
          continue;
        }
        if (data.status === 'approved') kept += 1;
        const fields = {
          ...anonymisedSubmission(data, anonymousUid(data.seasonId)),
          updatedAt: now,
        };
        if (data.erasedAs) {
          const copy: Record<string, unknown> = { ...data, ...fields };
          delete copy.erasedAs;
          tx.set(gameRefs.submission(data.erasedAs), copy);
          tx.delete(snapshot.ref);
        } else {
          tx.update(snapshot.ref, fields);
        }
      }
      return { kept, removed };
    });
    submissionsKept += counted.kept;
    submissionsRemoved += counted.removed;
  });
  return { submissionsKept, submissionsRemoved };
}

/**
 * The person's team places: they leave each team as leaveTeam would have them leave (a sole
 * captain hands over to the longest-standing member), whatever the season's state; once teams may
 * no longer change, an anonymous member keeps their place (membersAfterDeletion).
 */
async function eraseMemberships(
  uid: string,
  anonymousUid: (seasonId: string) => string,
  now: number,
): Promise<void> {
  const query = db.collection(PATHS.memberships).where('uid', '==', uid);
  await drain(query, async (documents) => {
    for (const document of documents) {
      await db.runTransaction(async (tx) => {
        const membership = await tx.get(document.ref);
        if (!membership.exists) return;
        const { seasonId, teamId } = membership.data() as Membership;
        const [teamSnapshot, seasonSnapshot] = await tx.getAll(
          refs.team(teamId),
          refs.season(seasonId),
        );
        const team = teamSnapshot?.exists
          ? ({ ...teamSnapshot.data(), id: teamSnapshot.id } as Team)
          : null;
        if (!team || !ownValue(team.members, uid)) {
          tx.delete(document.ref);
          return;
        }
        const season = seasonSnapshot?.data() as Season | undefined;
        const keepPlace = season ? !teamsMayChange(season, now) : false;
        writeMembers(
          tx,
          team,
          membersAfterDeletion(team.members, uid, anonymousUid(seasonId), keepPlace),
        );
      });
    }
  });
}

/**
 * The person's event registrations. Before an event starts, they leave it as unregisterFromEvent
 * would (a place they held goes to the person waiting longest); once it has started or is
 * cancelled, its counts are its history and only the registration goes.
 */
async function eraseRegistrations(uid: string, now: number): Promise<void> {
  const query = db.collection(EVENT_PATHS.registrations).where('uid', '==', uid);
  await drain(query, async (documents) => {
    for (const document of documents) {
      await db.runTransaction(async (tx) => {
        const mt = metered(tx, noOps());
        const snapshot = await mt.get(document.ref);
        if (!snapshot.exists) return;
        const registration = snapshot.data() as EventRegistration;
        const eventSnapshot = await mt.get(eventRefs.event(registration.eventId));
        const event = eventSnapshot.exists
          ? ({ ...eventSnapshot.data(), id: eventSnapshot.id } as SeasonEvent)
          : null;
        if (event && registrationOpen(event, now)) {
          (await leaveEvent(mt, event, registration, now))();
        } else {
          mt.delete(document.ref);
        }
      });
    }
  });
}

/** What the person did as an organiser stays, under the season's anonymous id. */
async function anonymiseOrganiserRecords(
  uid: string,
  seasonIds: readonly string[],
  anonymousUid: (seasonId: string) => string,
): Promise<void> {
  for (const seasonId of seasonIds) {
    for (const path of [GAME_PATHS.audit(seasonId), GAME_PATHS.corrections(seasonId)]) {
      await changeAll(db.collection(path).where('by', '==', uid), (batch, document) =>
        batch.update(document.ref, { by: anonymousUid(seasonId) }),
      );
    }
  }
  await changeAll(
    db.collection(PATHS.organisers).where('grantedBy', '==', uid),
    (batch, document) => batch.update(document.ref, { grantedBy: DELETED_GRANTOR }),
  );
}

/**
 * Survey answers stay in the season's results, re-keyed under a random id of their own (not the
 * anonymous id of the person's submissions, so an answer cannot be tied to a team) and without
 * the uid.
 */
async function rekeySurveyAnswers(uid: string, seasonIds: readonly string[]): Promise<void> {
  const answers = db.collection(SURVEY_PATHS.answers);
  const rekey = async (ref: DocumentReference) =>
    db.runTransaction(async (tx) => {
      const snapshot = await tx.get(ref);
      const data = snapshot.data() as DocumentData | undefined;
      if (!data) return;
      const rest = { ...data };
      delete rest.uid;
      const seasonId = String(rest.seasonId ?? ref.id.split('_')[0]);
      const id = `${seasonId}_${DELETED_ACCOUNT_PREFIX}${randomBytes(10).toString('hex')}`;
      tx.set(answers.doc(id), rest);
      tx.delete(ref);
    });
  for (const seasonId of seasonIds) await rekey(answers.doc(surveyAnswerId(seasonId, uid)));
  await drain(answers.where('uid', '==', uid), async (documents) => {
    for (const document of documents) await rekey(document.ref);
  });
}

/** The documents that are the person's alone. */
async function deleteOwnDocuments(uid: string): Promise<void> {
  const remove = (batch: WriteBatch, document: QueryDocumentSnapshot) => batch.delete(document.ref);
  await changeAll(db.collection(NOTIFICATION_PATHS.notifications).where('uid', '==', uid), remove);
  // Their mails still in the outbox (sent or not), and their mail choices.
  await changeAll(db.collection(PATHS.mail).where('uid', '==', uid).select(), remove);
  // Photos of submissions already gone, should any be left.
  await changeAll(db.collection(GAME_PATHS.proofPhotos).where('uid', '==', uid).select(), remove);
  const batch = db.batch();
  batch.delete(gameRefs.rateLimit(uid));
  batch.delete(db.collection(PICKS_COLLECTION).doc(uid));
  batch.delete(refs.organiser(uid));
  batch.delete(db.collection(PATHS.mailPreferences).doc(uid));
  await batch.commit();
}

/** Removes the reactions the person gave, on anyone's submission (no score changes). */
async function eraseReactions(uid: string): Promise<void> {
  const field = new FieldPath('reactions', uid);
  await changeAll(
    db.collection(GAME_PATHS.submissions).where(field, '==', true),
    (batch, document) => batch.update(document.ref, field, FieldValue.delete()),
  );
}

/** Everything deleteMyAccount does, for the person `uid`; returns what became of their points. */
export async function eraseAccount(uid: string, now: number): Promise<DeleteAccountResult> {
  const secret = await erasureSecret(uid);
  const anonymousUid = (seasonId: string) =>
    `${DELETED_ACCOUNT_PREFIX}${createHash('sha256').update(`${secret}:${seasonId}`).digest('hex').slice(0, 20)}`;
  const seasonSnapshots = await db.collection(PATHS.seasons).get();
  const seasons = new Map(
    seasonSnapshots.docs.map((document) => [document.id, document.data() as Partial<Season>]),
  );
  const seasonIds = [...seasons.keys()];

  const result = await eraseSubmissions(uid, seasons, anonymousUid, now);
  await eraseReactions(uid);
  await eraseMemberships(uid, anonymousUid, now);
  await eraseRegistrations(uid, now);
  await anonymiseOrganiserRecords(uid, seasonIds, anonymousUid);
  await rekeySurveyAnswers(uid, seasonIds);
  await deleteOwnDocuments(uid);
  // Last of the documents: the profile holds the secret a retried call needs.
  await refs.profile(uid).delete();
  try {
    await getAuth().deleteUser(uid);
  } catch (error) {
    if ((error as { code?: string }).code !== 'auth/user-not-found') throw error;
  }
  return result;
}

export const deleteMyAccount = command('deleteMyAccount', async ({ actor }) => {
  return eraseAccount(actor.uid as string, Date.now());
});
