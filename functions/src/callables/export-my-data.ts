// A person downloads everything stored about them (their right of access): every document that is
// theirs or names them, in every collection, with their proof photos as data URLs.
import { getAuth } from 'firebase-admin/auth';
import {
  FieldPath,
  Timestamp,
  type DocumentReference,
  type DocumentSnapshot,
} from 'firebase-admin/firestore';
import { command } from '../lib/on-call';
import { photoDataUrl, type MyDataExport } from '../../../src/domain/account';
import { EVENT_PATHS } from '../../../src/domain/events';
import { GAME_PATHS } from '../../../src/domain/game';
import { NOTIFICATION_PATHS, PATHS } from '../../../src/domain/paths';
import { PICKS_COLLECTION } from '../../../src/domain/picks';
import { SURVEY_PATHS, surveyAnswerId } from '../../../src/domain/survey';
import { db } from '../lib/admin';
import { refs } from '../lib/documents';
import { gameRefs } from '../lib/documents';

/** Firestore values as JSON: timestamps become milliseconds, bytes base64. */
function plain(value: unknown): unknown {
  if (value instanceof Timestamp) return value.toMillis();
  if (Buffer.isBuffer(value)) return value.toString('base64');
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
  }
  return value;
}

const dataOf = <T>(snapshot: DocumentSnapshot): T | null =>
  snapshot.exists ? (plain(snapshot.data()) as T) : null;

const withId = <T>(snapshot: DocumentSnapshot): T =>
  ({ ...(plain(snapshot.data()) as object), id: snapshot.id }) as T;

async function getAll(refsToRead: DocumentReference[]) {
  return refsToRead.length === 0 ? [] : db.getAll(...refsToRead);
}

/** When the Auth account was made, and its email; null once the account is gone. */
async function accountOf(uid: string): Promise<MyDataExport['account']> {
  try {
    const user = await getAuth().getUser(uid);
    const created = Date.parse(user.metadata.creationTime);
    return {
      uid,
      email: user.email ?? null,
      createdAt: Number.isFinite(created) ? created : null,
    };
  } catch {
    return { uid, email: null, createdAt: null };
  }
}

export async function collectMyData(uid: string, now: number): Promise<MyDataExport> {
  const byUid = (collection: string) => db.collection(collection).where('uid', '==', uid).get();
  const [
    account,
    profile,
    organiser,
    picks,
    rateLimit,
    memberships,
    submissions,
    registrations,
    notifications,
    reacted,
    seasons,
    mailChoices,
  ] = await Promise.all([
    accountOf(uid),
    refs.profile(uid).get(),
    refs.organiser(uid).get(),
    db.collection(PICKS_COLLECTION).doc(uid).get(),
    gameRefs.rateLimit(uid).get(),
    byUid(PATHS.memberships),
    byUid(GAME_PATHS.submissions),
    byUid(EVENT_PATHS.registrations),
    byUid(NOTIFICATION_PATHS.notifications),
    db.collection(GAME_PATHS.submissions).where(new FieldPath('reactions', uid), '==', true).get(),
    db.collection(PATHS.seasons).get(),
    db.collection(PATHS.mailPreferences).doc(uid).get(),
  ]);
  const seasonIds = seasons.docs.map((season) => season.id);

  const teams = await getAll(memberships.docs.map((doc) => refs.team(String(doc.get('teamId')))));
  const photoIds = submissions.docs.filter((doc) => doc.get('proof.kind') === 'photo');
  const photos = new Map(
    (await getAll(photoIds.map((doc) => gameRefs.proofPhoto(doc.id))))
      .filter((snapshot) => snapshot.exists)
      .map((snapshot) => [
        snapshot.id,
        photoDataUrl(String(snapshot.get('type')), String(snapshot.get('data'))),
      ]),
  );
  // Every team a score may count them in: the teams they are in and those they submitted for.
  const scoreKeys = new Map<string, { seasonId: string; teamId: string }>();
  for (const doc of [...memberships.docs, ...submissions.docs]) {
    const key = { seasonId: String(doc.get('seasonId')), teamId: String(doc.get('teamId')) };
    scoreKeys.set(`${key.seasonId}/${key.teamId}`, key);
  }
  const [scores, answers, audit, corrections] = await Promise.all([
    getAll([...scoreKeys.values()].map((key) => gameRefs.score(key.seasonId, key.teamId))),
    getAll(
      seasonIds.map((seasonId) =>
        db.collection(SURVEY_PATHS.answers).doc(surveyAnswerId(seasonId, uid)),
      ),
    ),
    Promise.all(
      seasonIds.map((seasonId) =>
        db.collection(GAME_PATHS.audit(seasonId)).where('by', '==', uid).get(),
      ),
    ),
    Promise.all(
      seasonIds.map((seasonId) =>
        db.collection(GAME_PATHS.corrections(seasonId)).where('by', '==', uid).get(),
      ),
    ),
  ]);

  return {
    exportedAt: now,
    account,
    profile: dataOf(profile),
    // Who granted the role is the granting person's id: not part of this person's copy.
    organiser: organiser.exists
      ? {
          email: String(organiser.get('email') ?? ''),
          grantedAt: Number(plain(organiser.get('grantedAt')) ?? 0),
        }
      : null,
    memberships: memberships.docs.map((doc, index) => {
      const team = teams[index];
      return {
        ...(plain(doc.data()) as MyDataExport['memberships'][number]),
        teamName: team?.exists ? String(team.get('name')) : null,
        name: team?.exists
          ? ((team.get(new FieldPath('members', uid, 'name')) as string) ?? null)
          : null,
      };
    }),
    picks: (dataOf<{ actions?: Record<string, number> }>(picks)?.actions ?? {}) as Record<
      string,
      number
    >,
    submissions: submissions.docs.map((doc) => {
      const submission = withId<MyDataExport['submissions'][number] & { reactions?: object }>(doc);
      const { reactions = {} } = submission;
      delete submission.reactions;
      return {
        ...submission,
        photo: photos.get(doc.id) ?? null,
        reactionsReceived: Object.keys(reactions).length,
      };
    }),
    eventRegistrations: registrations.docs.map(
      (doc) => plain(doc.data()) as MyDataExport['eventRegistrations'][number],
    ),
    notifications: notifications.docs.map((doc) =>
      withId<MyDataExport['notifications'][number]>(doc),
    ),
    surveyAnswers: answers
      .filter((snapshot) => snapshot.exists)
      .map((snapshot) => plain(snapshot.data()) as MyDataExport['surveyAnswers'][number]),
    reactionsGiven: reacted.docs.map((doc) => doc.id),
    mailPreferences: mailChoices.exists
      ? (plain(mailChoices.data()) as MyDataExport['mailPreferences'])
      : null,
    scores: scores.flatMap((snapshot) => {
      const mine = snapshot.get(new FieldPath('members', uid)) as
        { points: number; approved: number } | undefined;
      if (!snapshot.exists || !mine) return [];
      const seasonId = snapshot.ref.parent.parent?.id ?? '';
      return [{ seasonId, teamId: snapshot.id, points: mine.points, approved: mine.approved }];
    }),
    rateLimit: dataOf<{ recent: number[] }>(rateLimit),
    audit: audit.flatMap((snapshot, index) =>
      snapshot.docs.map((doc) => ({
        ...(plain(doc.data()) as MyDataExport['audit'][number]),
        seasonId: seasonIds[index] ?? '',
      })),
    ),
    corrections: corrections.flatMap((snapshot, index) =>
      snapshot.docs.map((doc) => ({
        ...withId<Record<string, unknown>>(doc),
        seasonId: seasonIds[index] ?? '',
      })),
    ),
  };
}

export const exportMyData = command('exportMyData', async ({ actor }) => {
  return collectMyData(actor.uid as string, Date.now());
});
