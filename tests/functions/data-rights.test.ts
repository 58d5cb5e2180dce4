// Data rights on the emulators: a person's export holds everything stored about them and nothing
// of anyone else; deleting their account keeps or removes their points as the season says, frees
// their places, and leaves no trace of them in any collection; the photo purge after a season.
import { TOLD_PREFIX } from '../../src/domain/happenings';
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import type { CollectionReference } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeleteAccountResult, MyDataExport } from '../../src/domain/account';
import { CATALOGUE } from '../../src/domain/catalogue';
import { EVENT_PATHS, type SeasonEvent } from '../../src/domain/events';
import type { Leaderboard, StoredTeamScore, Submission } from '../../src/domain/game';
import type { Team } from '../../src/domain/team';
import {
  dumpDatabase,
  emulator,
  errorOf,
  rulesEnvironment,
  signedInCaller,
  type Caller,
  clearFirestore,
} from '../support/emulators';
import { eventInput, seedNotification } from '../support/events';
import {
  adminDb,
  eventually,
  seedSubmission,
  TEXT_ACTION,
  textProof,
  readDocument,
} from '../support/game';
import { buildWorld, hour, type World } from '../support/world';
import { catalogueAction } from '../support/catalogue';

const DAY = 24 * 60 * 60 * 1000;
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const photoAction = catalogueAction({ proof: 'photo' });

let env: RulesTestEnvironment;
let keepWorld: World;
let removeWorld: World;
const opened: Caller[] = [];

beforeAll(async () => {
  env = await rulesEnvironment();
  // The search for a person's traces walks the whole database: it starts from an empty one, not
  // from whatever the files run before left (after the authorisation matrix, thousands of
  // documents, and the walk outlasted the tests' 30 s).
  await clearFirestore();
  [keepWorld, removeWorld] = await Promise.all([
    buildWorld(),
    buildWorld({ deletionPolicy: 'remove' }),
  ]);
}, 120_000);

afterAll(async () => {
  await Promise.all(opened.map((caller) => caller.close()));
  await Promise.all([keepWorld.close(), removeWorld.close()]);
  await env.cleanup();
});

let people = 0;

/** A new person with a display name and pseudonym of their own, easy to search for. */
async function newPerson(): Promise<{ caller: Caller; displayName: string; pseudonym: string }> {
  people += 1;
  const tag = `${Date.now() % 100_000}${people}`;
  const caller = await signedInCaller();
  opened.push(caller);
  const displayName = `Ada Lovelace-${tag}`;
  const pseudonym = `Mésange ${tag}`;
  await caller.call('saveProfile', { displayName, pseudonym, showRealName: false });
  return { caller, displayName, pseudonym };
}

async function authUserExists(uid: string): Promise<boolean> {
  const { host, port } = emulator('auth');
  process.env.FIREBASE_AUTH_EMULATOR_HOST ??= `${host}:${port}`;
  await adminDb();
  const { getAuth } = await import('firebase-admin/auth');
  return getAuth()
    .getUser(uid)
    .then(
      () => true,
      (error: { code?: string }) => {
        if (error.code === 'auth/user-not-found') return false;
        throw error;
      },
    );
}

/** Every document of every collection and sub-collection, by path (scores, marks, all of it). */
async function everyDocument(): Promise<Record<string, unknown>> {
  const db = await adminDb();
  const all: Record<string, unknown> = {};
  const walk = async (collections: CollectionReference[]): Promise<void> => {
    await Promise.all(
      collections.map(async (collection) => {
        const [snapshot, references] = await Promise.all([
          collection.get(),
          collection.listDocuments(),
        ]);
        for (const document of snapshot.docs) all[document.ref.path] = document.data();
        await Promise.all(
          references.map(async (reference) => walk(await reference.listCollections())),
        );
      }),
    );
  };
  await walk(await db.listCollections());
  return all;
}

/** Where any of `needles` appears, in a document's path or anywhere in its data. */
function tracesOf(all: Record<string, unknown>, needles: readonly string[]): string[] {
  const found: string[] = [];
  for (const [path, data] of Object.entries(all)) {
    const text = JSON.stringify({ path, data }).toLowerCase();
    for (const needle of needles) {
      if (text.includes(needle.toLowerCase())) found.push(`${path} holds "${needle}"`);
    }
  }
  return found;
}

async function approvedPoints(teamId: string): Promise<number> {
  const db = await adminDb();
  const approved = await db
    .collection('submissions')
    .where('teamId', '==', teamId)
    .where('status', '==', 'approved')
    .get();
  return approved.docs.reduce((sum, document) => sum + Number(document.get('points')), 0);
}

const scoreOf = (seasonId: string, teamId: string) =>
  readDocument<StoredTeamScore>(`seasons/${seasonId}/scores/${teamId}`);

async function liveTotal(seasonId: string, teamId: string): Promise<number | undefined> {
  const board = await readDocument<Leaderboard>(`seasons/${seasonId}/leaderboard/live`);
  return board?.rows.find((row) => row.teamId === teamId)?.total;
}

/** Waits until the team's score and its row on the live board both show `total`. */
async function settled(seasonId: string, teamId: string, total: number): Promise<void> {
  await eventually(
    () => scoreOf(seasonId, teamId),
    (score) => score?.total === total,
    'score',
  );
  await eventually(
    () => liveTotal(seasonId, teamId),
    (row) => row === total,
    'leaderboard',
  );
}

describe('a person with data everywhere, in a season that keeps points', () => {
  let person: Awaited<ReturnType<typeof newPerson>>;
  let grantee: Caller;
  let waiting: Caller;
  const ids = {
    text: '',
    photo: '',
    approved: '',
    attendance: '',
    reacted: '',
    upcomingEvent: '',
    notification: '',
  };

  beforeAll(async () => {
    const world = keepWorld;
    const { organiser, captain } = world.people;
    person = await newPerson();
    const { caller } = person;
    await caller.call('joinTeam', { code: world.code });
    await caller.call('pickAction', { actionId: CATALOGUE[0]?.id });
    ids.text = (
      (await caller.call('submitAction', {
        seasonId: world.seasonId,
        actionId: TEXT_ACTION.id,
        doneAt: Date.now() - 1000,
        proof: textProof('I turned off the office screens at night.'),
      })) as { submissionId: string }
    ).submissionId;
    ids.photo = (
      (await caller.call('submitAction', {
        seasonId: world.seasonId,
        actionId: photoAction.id,
        doneAt: Date.now() - 1000,
        proof: { kind: 'photo', type: 'image/png', data: PNG.toString('base64') },
      })) as { submissionId: string }
    ).submissionId;
    ids.approved = await seedSubmission({
      seasonId: world.seasonId,
      teamId: world.teamId,
      uid: caller.uid,
      status: 'approved',
      points: 7,
    });
    // An event they attended: the attendance is an approved submission whose id holds their uid.
    const { eventId } = (await organiser.call('saveEvent', eventInput(world.seasonId))) as {
      eventId: string;
    };
    await caller.call('registerForEvent', { eventId });
    await organiser.call(
      'saveEvent',
      eventInput(world.seasonId, { eventId, startsAt: hour(-0.5), endsAt: hour(1) }),
    );
    await organiser.call('markAttendance', { eventId, uids: [caller.uid] });
    ids.attendance = EVENT_PATHS.attendanceSubmissionId(eventId, caller.uid);
    // An event to come where they hold the only place and someone waits for it.
    waiting = world.people.employee;
    ids.upcomingEvent = (
      (await organiser.call('saveEvent', eventInput(world.seasonId, { capacity: 1 }))) as {
        eventId: string;
      }
    ).eventId;
    await caller.call('registerForEvent', { eventId: ids.upcomingEvent });
    await waiting.call('registerForEvent', { eventId: ids.upcomingEvent });
    ids.notification = await seedNotification(caller.uid);
    const db = await adminDb();
    await db.doc(`surveyAnswers/${world.seasonId}_${caller.uid}`).set({
      seasonId: world.seasonId,
      uid: caller.uid,
      keepGoing: 'yes',
      rating: 5,
      favouriteTheme: null,
      comment: 'A good month.',
      answeredAt: Date.now(),
    });
    ids.reacted = await seedSubmission({
      seasonId: world.seasonId,
      teamId: world.teamId,
      uid: captain.uid,
      status: 'approved',
    });
    await caller.call('reactToSubmission', { submissionId: ids.reacted, on: true });
    await caller.call('saveMailPreferences', { language: 'en', kinds: { digest: true } });
    // They become an organiser: a correction, its audit entry and a grant of their own.
    await organiser.call('setOrganiser', { email: caller.email, organiser: true });
    await caller.refreshToken();
    await caller.call('correctScore', {
      teamId: world.otherTeamId,
      points: 3,
      reason: 'Workshop bonus',
    });
    grantee = await signedInCaller();
    opened.push(grantee);
    await caller.call('setOrganiser', { email: grantee.email, organiser: true });
    await settled(world.seasonId, world.teamId, await approvedPoints(world.teamId));
  }, 120_000);

  it('exports everything stored about them, and nothing of anyone else', async () => {
    const { caller, displayName, pseudonym } = person;
    const world = keepWorld;
    const started = Date.now();
    const data = (await caller.call('exportMyData', {})) as MyDataExport;
    console.log(
      `exportMyData: ${JSON.stringify(data).length} characters in ${Date.now() - started} ms`,
    );

    expect(data.account).toMatchObject({ uid: caller.uid, email: caller.email });
    expect(data.account.createdAt).toBeGreaterThan(0);
    expect(data.profile).toMatchObject({ displayName, pseudonym, organiser: true });
    expect(data.organiser).toMatchObject({ email: caller.email });
    expect(data.memberships).toEqual([
      expect.objectContaining({
        seasonId: world.seasonId,
        teamId: world.teamId,
        teamName: 'Team one',
        name: pseudonym,
      }),
    ]);
    expect(Object.keys(data.picks)).toEqual([CATALOGUE[0]?.id]);
    expect(data.submissions.map((submission) => submission.id).sort()).toEqual(
      [ids.text, ids.photo, ids.approved, ids.attendance].sort(),
    );
    const photo = data.submissions.find((submission) => submission.id === ids.photo);
    expect(photo?.photo).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
    expect(data.submissions.find((submission) => submission.id === ids.text)?.photo).toBeNull();
    expect(data.eventRegistrations).toHaveLength(2);
    expect(data.eventRegistrations.map((registration) => registration.attended).sort()).toEqual([
      false,
      true,
    ]);
    // The notice seeded for them (the team's news, told by a trigger, may come along too).
    expect(
      data.notifications
        .map((notification) => notification.id)
        .filter((id) => !id.startsWith(TOLD_PREFIX)),
    ).toEqual([ids.notification]);
    expect(data.surveyAnswers).toEqual([
      expect.objectContaining({ seasonId: world.seasonId, rating: 5, comment: 'A good month.' }),
    ]);
    expect(data.reactionsGiven).toEqual([ids.reacted]);
    expect(data.mailPreferences).toMatchObject({ language: 'en', kinds: { digest: true } });
    expect(data.scores).toEqual([
      {
        seasonId: world.seasonId,
        teamId: world.teamId,
        points: 7 + TEXT_ACTION.points,
        approved: 2,
      },
    ]);
    expect(data.rateLimit?.recent).toHaveLength(2);
    expect(data.audit.map((entry) => entry.kind)).toEqual(['correct']);
    expect(data.corrections).toEqual([
      expect.objectContaining({ teamId: world.otherTeamId, points: 3 }),
    ]);

    // Nothing of the others: their ids, emails, names, or what they submitted.
    const team = await readDocument<Team>(`teams/${world.teamId}`);
    const others = [world.people.captain, world.people.member, world.people.organiser, grantee];
    const text = JSON.stringify(data);
    for (const other of others) {
      expect(text).not.toContain(other.uid);
      expect(text).not.toContain(other.email);
      const name = team?.members[other.uid]?.name;
      if (name) expect(text).not.toContain(name);
    }
    const reacted = await readDocument<Submission>(`submissions/${ids.reacted}`);
    expect(text).not.toContain((reacted?.proof as { text: string }).text);
  });

  it('deletes the account: points stay with the team, places go to the waiting list, no trace is left', async () => {
    const { caller, displayName, pseudonym } = person;
    const world = keepWorld;
    const total = await approvedPoints(world.teamId);
    const mine = 7 + TEXT_ACTION.points;
    const teamBefore = await readDocument<Team>(`teams/${world.teamId}`);
    const needles = [caller.uid, caller.email ?? '', displayName, pseudonym];
    // The search below reaches what the functions derive too: before, it finds the person there.
    const before = tracesOf(await everyDocument(), needles);
    for (const place of ['/scores/', '/appliedEvents/', '/audit/', 'surveyAnswers/', 'teams/']) {
      expect(before.some((trace) => trace.includes(place))).toBe(true);
    }

    const started = Date.now();
    const result = (await caller.call('deleteMyAccount', { confirm: true })) as DeleteAccountResult;
    console.log(`deleteMyAccount (keep): ${Date.now() - started} ms`);
    expect(result).toEqual({ submissionsKept: 2, submissionsRemoved: 0 });

    // The points moved from the person to an anonymous member of the same team.
    const score = await eventually(
      () => scoreOf(world.seasonId, world.teamId),
      (value) =>
        !!value &&
        !value.members[caller.uid] &&
        Object.entries(value.members).some(
          ([uid, member]) => uid.startsWith('deleted-') && member.points === mine,
        ),
      'the points to move to an anonymous member',
    );
    expect(score?.total).toBe(total);
    await settled(world.seasonId, world.teamId, total);
    expect(await approvedPoints(world.teamId)).toBe(total);

    // Their submissions stay anonymised; the pending ones are withdrawn, the photo is gone.
    const db = await adminDb();
    const kept = (await db.collection('submissions').where('teamId', '==', world.teamId).get()).docs
      .map((document) => ({ ...(document.data() as Submission), id: document.id }))
      .filter((submission) => submission.uid.startsWith('deleted-'));
    expect(kept.map((submission) => submission.status).sort()).toEqual([
      'approved',
      'approved',
      'withdrawn',
      'withdrawn',
    ]);
    for (const submission of kept) {
      expect(submission.authorName).toBe('Anonyme');
      expect(submission.proofHash).toBeNull();
    }
    expect(await readDocument(`submissions/${ids.attendance}`)).toBeUndefined();
    expect(await readDocument(`proofPhotos/${ids.photo}`)).toBeUndefined();
    expect((await readDocument<Submission>(`submissions/${ids.photo}`))?.proof).toMatchObject({
      kind: 'photo',
      purged: true,
    });

    // They left the team; their place at the event went to the person waiting.
    const teamAfter = await readDocument<Team>(`teams/${world.teamId}`);
    expect(teamAfter?.memberCount).toBe((teamBefore?.memberCount ?? 0) - 1);
    expect(teamAfter?.members[caller.uid]).toBeUndefined();
    expect(
      await readDocument(
        `eventRegistrations/${EVENT_PATHS.registrationId(ids.upcomingEvent, waiting.uid)}`,
      ),
    ).toMatchObject({ status: 'registered' });
    expect(await readDocument<SeasonEvent>(`events/${ids.upcomingEvent}`)).toMatchObject({
      registeredCount: 1,
      waitingCount: 0,
    });

    // The survey answer stays in the results, under an id of its own and without the uid.
    const answers = await db
      .collection('surveyAnswers')
      .where('seasonId', '==', world.seasonId)
      .get();
    expect(answers.docs.map((document) => document.data())).toContainEqual(
      expect.objectContaining({ rating: 5, comment: 'A good month.' }),
    );
    for (const document of answers.docs) expect(document.get('uid')).not.toBe(caller.uid);

    // What they did as an organiser stays, without their name on it.
    expect(await readDocument(`organisers/${caller.uid}`)).toBeUndefined();
    expect(await readDocument(`organisers/${grantee.uid}`)).toMatchObject({
      grantedBy: 'deleted-account',
    });
    expect((await readDocument<Submission>(`submissions/${ids.reacted}`))?.reactions).toEqual({});

    // No document anywhere, scores and score marks included, holds anything that names them.
    await eventually(
      async () => tracesOf(await everyDocument(), needles),
      (traces) => traces.length === 0,
      'every trace of the person to go',
    );
    expect(await authUserExists(caller.uid)).toBe(false);
  });

  it('changes nothing when asked again', async () => {
    const before = await everyDocument();
    const again = await person.caller.call('deleteMyAccount', { confirm: true }).then(
      (value) => value,
      (error: { code: string }) => error.code,
    );
    // The deleted account's ID token may still be accepted until it expires, or be refused.
    if (typeof again === 'string') expect(again).toBe('functions/unauthenticated');
    else expect(again).toEqual({ submissionsKept: 0, submissionsRemoved: 0 });
    const after = await everyDocument();
    // The board and its cache are rewritten by rebuilds still under way from the first call.
    const changed = Object.keys({ ...before, ...after }).filter(
      (path) =>
        !path.includes('/leaderboard/') &&
        !path.includes('/boardCache/') &&
        JSON.stringify(before[path]) !== JSON.stringify(after[path]),
    );
    expect(changed).toEqual([]);
  });
});

describe('deleting an account in a season that removes points', () => {
  it('takes the points off through the score trigger, hands the captaincy over, leaves no trace', async () => {
    const world = removeWorld;
    const { caller, displayName, pseudonym } = await newPerson();
    const { teamId, code } = (await caller.call('createTeam', {
      seasonId: world.seasonId,
      companyId: world.companyId,
      name: 'Team three',
    })) as { teamId: string; code: string };
    const teammate = await signedInCaller();
    opened.push(teammate);
    await teammate.call('joinTeam', { code });
    await seedSubmission({
      seasonId: world.seasonId,
      teamId,
      uid: caller.uid,
      status: 'approved',
      points: 9,
    });
    await seedSubmission({ seasonId: world.seasonId, teamId, uid: caller.uid, status: 'rejected' });
    await seedSubmission({
      seasonId: world.seasonId,
      teamId,
      uid: teammate.uid,
      status: 'approved',
      points: 4,
    });
    await settled(world.seasonId, teamId, 13);

    const result = (await caller.call('deleteMyAccount', { confirm: true })) as DeleteAccountResult;
    expect(result).toEqual({ submissionsKept: 0, submissionsRemoved: 1 });

    await settled(world.seasonId, teamId, 4);
    const score = await scoreOf(world.seasonId, teamId);
    expect(Object.keys(score?.members ?? {})).toEqual([teammate.uid]);
    expect(score?.activeMembers).toBe(1);
    const team = await readDocument<Team>(`teams/${teamId}`);
    expect(team?.memberCount).toBe(1);
    expect(team?.members[teammate.uid]?.role).toBe('captain');
    expect(await readDocument(`memberships/${world.seasonId}_${teammate.uid}`)).toMatchObject({
      role: 'captain',
    });
    const db = await adminDb();
    expect((await db.collection('submissions').where('teamId', '==', teamId).get()).size).toBe(1);

    await eventually(
      async () =>
        tracesOf(await everyDocument(), [caller.uid, caller.email ?? '', displayName, pseudonym]),
      (traces) => traces.length === 0,
      'every trace of the person to go',
    );
    expect(await authUserExists(caller.uid)).toBe(false);
  });
});

describe('deleting an account once teams may no longer change', () => {
  it('keeps the place under an anonymous member, so the team’s size and score stay', async () => {
    const world = await buildWorld();
    try {
      const { caller, displayName, pseudonym } = await newPerson();
      await caller.call('joinTeam', { code: world.code });
      await seedSubmission({
        seasonId: world.seasonId,
        teamId: world.teamId,
        uid: caller.uid,
        status: 'approved',
        points: 5,
      });
      await settled(world.seasonId, world.teamId, 5);
      await world.people.organiser.call('advanceSeason', {
        seasonId: world.seasonId,
        to: 'frozen',
      });
      const before = await readDocument<Team>(`teams/${world.teamId}`);

      await caller.call('deleteMyAccount', { confirm: true });

      const team = await readDocument<Team>(`teams/${world.teamId}`);
      expect(team?.memberCount).toBe(before?.memberCount);
      const [anonymous, ...more] = Object.keys(team?.members ?? {}).filter((uid) =>
        uid.startsWith('deleted-'),
      );
      expect(more).toEqual([]);
      expect(team?.members[anonymous ?? '']).toMatchObject({ name: 'Anonyme', role: 'member' });
      expect(await readDocument(`memberships/${world.seasonId}_${anonymous}`)).toMatchObject({
        teamId: world.teamId,
        role: 'member',
      });
      const score = await eventually(
        () => scoreOf(world.seasonId, world.teamId),
        (value) => value?.members[anonymous ?? '']?.points === 5,
        'the points to move to the anonymous member',
      );
      expect(score?.total).toBe(5);
      await eventually(
        async () =>
          tracesOf(await everyDocument(), [caller.uid, caller.email ?? '', displayName, pseudonym]),
        (traces) => traces.length === 0,
        'every trace of the person to go',
      );
    } finally {
      await world.close();
    }
  });
});

describe('deleting the account of a team’s only member', () => {
  it('takes the team, its invite and their membership with them', async () => {
    const world = keepWorld;
    const { caller } = await newPerson();
    const { teamId } = (await caller.call('createTeam', {
      seasonId: world.seasonId,
      companyId: world.companyId,
      name: 'Team alone',
    })) as { teamId: string };
    await caller.call('deleteMyAccount', { confirm: true });
    expect(await readDocument(`teams/${teamId}`)).toBeUndefined();
    expect(await readDocument(`teams/${teamId}/private/invite`)).toBeUndefined();
    expect(await readDocument(`memberships/${world.seasonId}_${caller.uid}`)).toBeUndefined();
  });
});

describe('deleteMyAccount refuses what is not a confirmation', () => {
  it('answers invalid-argument and changes nothing', async () => {
    const { caller } = await newPerson();
    await caller.call('joinTeam', { code: keepWorld.otherCode });
    const before = await dumpDatabase();
    for (const payload of [
      {},
      { confirm: false },
      { confirm: 'true' },
      { confirm: 1 },
      { confirm: true, uid: keepWorld.people.captain.uid },
      null,
      [true],
    ]) {
      expect((await errorOf(caller.call('deleteMyAccount', payload))).code).toBe(
        'functions/invalid-argument',
      );
    }
    expect((await errorOf(caller.call('exportMyData', { uid: 'someone' }))).code).toBe(
      'functions/invalid-argument',
    );
    expect(await dumpDatabase()).toEqual(before);
    expect(await authUserExists(caller.uid)).toBe(true);
  });
});

describe('the photo purge after a season', () => {
  let purge: (now: number) => Promise<{ seasons: number; photos: number }>;
  let seeded = 0;

  beforeAll(async () => {
    process.env.GCLOUD_PROJECT ??= 'demo-techforgood';
    ({ purgeExpiredProofPhotos: purge } =
      await import('../../functions/src/scheduled/purge-proof-photos'));
  });

  /** A season in `state` that ended `daysAgo` days ago, with one photo proof; returns their ids. */
  async function seasonWithPhoto(state: string, daysAgo: number, retentionDays?: number) {
    const db = await adminDb();
    seeded += 1;
    const now = Date.now();
    const seasonId = `purge-${now}-${seeded}`;
    await db.doc(`seasons/${seasonId}`).set({
      name: `Purge ${seeded}`,
      state,
      startsAt: now - (daysAgo + 30) * DAY,
      endsAt: now - daysAgo * DAY,
      ...(retentionDays === undefined ? {} : { photoRetentionDays: retentionDays }),
    });
    // Rejected: the photo is all this test is about, no score moves.
    const submissionId = await seedSubmission({
      seasonId,
      teamId: 'purge-team',
      uid: 'purge-person',
      status: 'rejected',
    });
    await db.doc(`submissions/${submissionId}`).update({
      proof: { kind: 'photo', type: 'image/png', bytes: PNG.length },
    });
    await db.doc(`proofPhotos/${submissionId}`).set({
      seasonId,
      teamId: 'purge-team',
      uid: 'purge-person',
      type: 'image/png',
      data: PNG.toString('base64'),
    });
    return { seasonId, submissionId };
  }

  it('deletes the photos of seasons closed longer than their retention, once', async () => {
    const due = await seasonWithPhoto('closed', 31, 30);
    const dueByDefault = await seasonWithPhoto('closed', 31);
    const recent = await seasonWithPhoto('closed', 5, 30);
    const notClosed = await seasonWithPhoto('frozen', 400, 1);
    const now = Date.now();

    const first = await purge(now);
    expect(first.seasons).toBeGreaterThanOrEqual(2);
    expect(first.photos).toBeGreaterThanOrEqual(2);
    for (const { seasonId, submissionId } of [due, dueByDefault]) {
      expect(await readDocument(`proofPhotos/${submissionId}`)).toBeUndefined();
      expect((await readDocument<Submission>(`submissions/${submissionId}`))?.proof).toEqual({
        kind: 'photo',
        type: 'image/png',
        bytes: PNG.length,
        purged: true,
      });
      expect(await readDocument(`seasons/${seasonId}`)).toMatchObject({ photosPurgedAt: now });
    }
    for (const { seasonId, submissionId } of [recent, notClosed]) {
      // Kept as it was written: its owner and its bytes.
      expect(await readDocument(`proofPhotos/${submissionId}`)).toEqual({
        seasonId,
        teamId: 'purge-team',
        uid: 'purge-person',
        type: 'image/png',
        data: PNG.toString('base64'),
      });
      expect(
        (await readDocument<Submission>(`submissions/${submissionId}`))?.proof,
      ).not.toHaveProperty('purged');
      expect(await readDocument(`seasons/${seasonId}`)).not.toHaveProperty('photosPurgedAt');
    }

    const before = await dumpDatabase();
    expect(await purge(now + 1000)).toEqual({ seasons: 0, photos: 0 });
    expect(await dumpDatabase()).toEqual(before);
  });
});
