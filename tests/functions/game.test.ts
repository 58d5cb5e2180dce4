// The game on the emulators: submissions with their rules, reviews, scores kept by the trigger,
// the leaderboard document, the freeze, corrections and the reconciliation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkCountFor } from '../../src/domain/board-cache';
import {
  BOARD_TOP_ROWS,
  type Leaderboard,
  type LeaderboardPage,
  type StoredTeamScore,
  type Submission,
} from '../../src/domain/game';
import { teamNameKey } from '../../src/domain/team';
import { completionImpact, type ImpactAmount } from '../../src/domain/impact';
import { impactModelOf } from '../../src/domain/impact-data';
import { rebuildScores, type ScoredSubmission } from '../../src/domain/scoring';
import { catalogueAction } from '../support/catalogue';
import { type Caller, errorOf, refusalOf } from '../support/emulators';
import {
  adminDb,
  eventually,
  seedSubmission,
  TEXT_ACTION,
  textProof,
  readDocument,
} from '../support/game';
import { jpegOf } from '../support/jpeg';
import { scenePicture } from '../support/pictures';
import { buildWorld, inWorld, type World } from '../support/world';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const linkAction = catalogueAction({ proof: 'link' });
const photoAction = catalogueAction({ proof: 'photo' });
/** A photo action one person may log three times. */
const repeatablePhotoAction = catalogueAction({ proof: 'photo', repeat: { atLeast: 3 } });
/** A text action one person may log three times. */
const repeatableTextAction = catalogueAction({ proof: 'text', repeat: { atLeast: 3 } });
const onceAction = catalogueAction({ proof: 'text', repeat: 'once' });
const teamAction = catalogueAction({ proof: 'text', scope: 'team', repeat: 'once' });

let world: World;

beforeAll(async () => {
  world = await buildWorld();
}, 120_000);

afterAll(async () => {
  await world.close();
});

/** Runs `test` in a world of its own (a season no other test writes to), closed after it. */
const inOwnWorld = (test: (own: World) => Promise<void>) => inWorld(test);

const submission = (id: string) => readDocument<Submission>(`submissions/${id}`);
const score = (seasonId: string, teamId: string) =>
  readDocument<StoredTeamScore>(`seasons/${seasonId}/scores/${teamId}`);
const board = (seasonId: string, which: 'public' | 'live' | 'state') =>
  readDocument<
    Leaderboard & {
      countedUpTo?: number;
      cache?: { chunks: number };
      rebuilding?: unknown;
      lastRebuild?: { reads: number; writes: number; full: boolean };
    }
  >(`seasons/${seasonId}/leaderboard/${which}`);
const page = (seasonId: string, which: 'public' | 'live', index: number) =>
  readDocument<LeaderboardPage>(`seasons/${seasonId}/leaderboard/${which}/pages/${index}`);
/** The board's state once no rebuild is asked for or running. */
const rebuildAsked = async (seasonId: string) =>
  (await readDocument(`seasons/${seasonId}/leaderboard/request`)) !== undefined;
const rowOf = (leaderboard: Leaderboard | undefined, teamId: string) =>
  leaderboard?.rows.find((row) => row.teamId === teamId);
/**
 * Whether the live board has taken in every team of the season as it now is: their count, and
 * the members of those on its top rows. A team written just before (a join, the 248 teams of a
 * crowd) asks for a rebuild only when its trigger runs, and the emulator may deliver that trigger
 * after a rebuild has left the board looking settled.
 */
const boardHasEveryTeam = async (seasonId: string) => {
  const db = await adminDb();
  const [teams, live] = await Promise.all([
    db.collection('teams').where('seasonId', '==', seasonId).get(),
    board(seasonId, 'live'),
  ]);
  if (live?.teamCount !== teams.size) return false;
  return teams.docs.every((team) => {
    const row = rowOf(live, team.id);
    return row === undefined || row.memberCount === team.get('memberCount');
  });
};
/**
 * The board's state once built (its cache recorded) with every team of the season taken in, and
 * no rebuild asked for or running.
 */
const settledState = async (seasonId: string) => {
  const [state] = await eventually(
    async () =>
      [
        await board(seasonId, 'state'),
        await rebuildAsked(seasonId),
        await boardHasEveryTeam(seasonId),
      ] as const,
    ([state, asked, everyTeam]) =>
      state?.cache !== undefined && !asked && state.rebuilding === undefined && everyTeam,
    'a settled leaderboard',
    60_000,
  );
  return state;
};

/**
 * Brings `own`'s season to 250 teams: 248 more, the i-th with 10 × (i + 1) points, so they hold
 * ranks 1 to 248 and the world's two teams (no points yet) ranks 249 and 250.
 */
async function crowd(own: World): Promise<void> {
  const db = await adminDb();
  const { FieldValue } = await import('firebase-admin/firestore');
  const batch = db.batch();
  for (let i = 0; i < 248; i += 1) {
    const teamId = `${own.seasonId}-crowd-${String(i).padStart(3, '0')}`;
    const name = `Crowd ${i}`;
    batch.set(db.doc(`teams/${teamId}`), {
      seasonId: own.seasonId,
      companyId: own.companyId,
      companyName: `Company ${own.seasonId}`,
      name,
      nameKey: teamNameKey(name),
      members: {},
      memberCount: 1,
      createdAt: 1,
    });
    batch.set(db.doc(`seasons/${own.seasonId}/scores/${teamId}`), {
      teamId,
      total: 10 * (i + 1),
      byTheme: { sobriety: 10 * (i + 1) },
      byModality: {},
      byDay: { '2026-11-23': 10 * (i + 1) },
      members: {},
      activeMembers: 1,
      approvedCount: 1,
      reachedAt: 1,
      changedAt: FieldValue.serverTimestamp(),
    });
  }
  await batch.commit();
  await eventually(
    () =>
      Promise.all([
        board(own.seasonId, 'live'),
        board(own.seasonId, 'state'),
        rebuildAsked(own.seasonId),
      ]),
    ([live, state, asked]) =>
      live?.teamCount === 250 &&
      live.rows[0]?.total === 2480 &&
      !asked &&
      state?.rebuilding === undefined,
    'the board of 250 teams',
    60_000,
  );
  // The teams' trigger events may still be arriving after the board shows them all (each marks
  // its team changed): the board is left alone once no rebuild came for 1.5 s, which is also past
  // the second a rebuild reads again before the last one's read.
  let last = '';
  let quietSince = Date.now();
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    const state = await board(own.seasonId, 'state');
    const asked = await rebuildAsked(own.seasonId);
    const now = JSON.stringify([state?.generation, asked, state?.rebuilding ?? null]);
    if (now !== last || asked || state?.rebuilding !== undefined) {
      last = now;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= 1_500) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('The board of 250 teams kept being rebuilt for a minute');
}

/** Approves a submission of `points` points by the world's member. */
async function approved(own: World, points: number): Promise<void> {
  const id = await seedSubmission({
    seasonId: own.seasonId,
    teamId: own.teamId,
    uid: own.people.member.uid,
    status: 'pending',
    points,
  });
  await own.people.organiser.call('reviewSubmissions', {
    submissionIds: [id],
    decision: 'approve',
    reason: null,
  });
}

const submit = (caller: Caller, data: Record<string, unknown>) =>
  caller.call('submitAction', {
    seasonId: world.seasonId,
    actionId: TEXT_ACTION.id,
    doneAt: Date.now() - 60_000,
    proof: textProof(),
    ...data,
  }) as Promise<{ submissionId: string; status: string }>;

/** A submission of 10 points by `uid` in `own`'s team, as written pending and then approved. */
function approval(own: World, uid: string) {
  const pending = {
    seasonId: own.seasonId,
    teamId: own.teamId,
    uid,
    theme: 'civic',
    modality: 'act',
    points: 10,
    day: '2026-11-23',
    status: 'pending',
    approvedAt: null,
  };
  return { pending, approved: { ...pending, status: 'approved', approvedAt: Date.now() } };
}

/** Submits `actionId` in `own`'s season, as the caller, with the proof given. */
const sender = (own: World, actionId: string) => (caller: Caller, proof: object) =>
  submit(caller, { seasonId: own.seasonId, actionId, proof });

/**
 * `count` pending submissions, alternately of the member on the world's team and of the other
 * team's captain, the i-th worth `pointsAt(i)`; their ids in that order.
 */
const pendingOnBothTeams = (own: World, count: number, pointsAt: (i: number) => number) =>
  Promise.all(
    Array.from({ length: count }, (_, i) =>
      seedSubmission({
        seasonId: own.seasonId,
        teamId: i % 2 === 0 ? own.teamId : own.otherTeamId,
        uid: i % 2 === 0 ? own.people.member.uid : own.people.otherCaptain.uid,
        status: 'pending',
        points: pointsAt(i),
      }),
    ),
  );

describe('submitting', () => {
  it('an approved submission adds its points to the team, the member and the leaderboard', async () => {
    const { member, organiser } = world.people;
    const { submissionId, status } = await submit(member, {});
    expect(status).toBe('pending');
    expect(await submission(submissionId)).toMatchObject({
      uid: member.uid,
      teamId: world.teamId,
      status: 'pending',
      points: TEXT_ACTION.points,
      proof: textProof(),
    });
    const before = (await score(world.seasonId, world.teamId))?.total ?? 0;
    await organiser.call('reviewSubmissions', {
      submissionIds: [submissionId],
      decision: 'approve',
      reason: null,
    });
    const after = await eventually(
      () => score(world.seasonId, world.teamId),
      (value) => value?.total === before + TEXT_ACTION.points,
      'the team score',
    );
    expect(after?.members[member.uid]?.points).toBeGreaterThanOrEqual(TEXT_ACTION.points);
    expect(after?.byTheme[TEXT_ACTION.theme]).toBeGreaterThanOrEqual(TEXT_ACTION.points);
    const live = await eventually(
      () => board(world.seasonId, 'public'),
      (value) => rowOf(value, world.teamId)?.total === after?.total,
      'the public leaderboard',
    );
    expect(rowOf(live, world.teamId)).toMatchObject({ rank: 1, memberCount: 2 });
    expect(rowOf(live, world.otherTeamId)).toMatchObject({ total: 0 });
  });

  it('refuses a date in the future, before the season or too far back, and says why', async () => {
    const { member } = world.people;
    const future = await refusalOf(submit(member, { doneAt: Date.now() + 3_600_000 }));
    expect(future).toMatchObject({
      code: 'functions/failed-precondition',
      details: { key: 'gameRefusals.future' },
    });
    const tooOld = await refusalOf(submit(member, { doneAt: Date.now() - 2 * 3_600_000 }));
    // The season started an hour ago: two hours back is before it.
    expect(tooOld.details.key).toBe('gameRefusals.beforeSeason');
  });

  it('refuses a proof of the wrong kind, a bad link and a photo that is not an image', async () => {
    const { member } = world.people;
    const wrongKind = await refusalOf(
      submit(member, { proof: { kind: 'link', url: 'https://example.org' } }),
    );
    expect(wrongKind).toMatchObject({
      code: 'functions/invalid-argument',
      details: { key: 'gameRefusals.proofKind', kind: 'text' },
    });
    const badLink = await refusalOf(
      submit(member, {
        actionId: linkAction.id,
        proof: { kind: 'link', url: 'javascript:alert(1)' },
      }),
    );
    expect(badLink.code).toBe('functions/invalid-argument');
    expect(badLink.message).toContain('http');
    const notImage = await refusalOf(
      submit(member, {
        actionId: photoAction.id,
        proof: {
          kind: 'photo',
          type: 'image/png',
          data: Buffer.from('<script>alert(1)</script>').toString('base64'),
        },
      }),
    );
    expect(notImage).toMatchObject({
      code: 'functions/invalid-argument',
      details: { key: 'gameRefusals.photoContent' },
    });
  });

  it('keeps a photo apart, readable by its author, the captain and organisers', async () => {
    const { member } = world.people;
    const { submissionId } = await submit(member, {
      actionId: photoAction.id,
      proof: { kind: 'photo', type: 'image/png', data: PNG.toString('base64') },
    });
    expect((await submission(submissionId))?.proof).toEqual({
      kind: 'photo',
      type: 'image/png',
      bytes: PNG.length,
    });
    expect(await readDocument(`proofPhotos/${submissionId}`)).toMatchObject({
      uid: member.uid,
      teamId: world.teamId,
      data: PNG.toString('base64'),
    });
  });

  it('holds the repeat rules: once per person, and team actions once for the whole team', async () => {
    const { member, captain } = world.people;
    await submit(member, { actionId: onceAction.id });
    const again = await refusalOf(submit(member, { actionId: onceAction.id }));
    expect(again.details.key).toBe('gameRefusals.repeatOnce');
    await submit(captain, { actionId: teamAction.id });
    const teamAgain = await refusalOf(submit(member, { actionId: teamAction.id }));
    expect(teamAgain.details.key).toBe('gameRefusals.repeatOnce');
  });

  it('keeps the repeat rules exact when sends cross: one person five times at once, a team twice', async () => {
    await inOwnWorld(async (crossing) => {
      const { member, captain } = crossing.people;
      const db = await adminDb();
      const stored = async (actionId: string | undefined) =>
        (
          await db
            .collection('submissions')
            .where('seasonId', '==', crossing.seasonId)
            .where('actionId', '==', actionId)
            .get()
        ).size;
      const sendAll = async (callers: Caller[], actionId: string | undefined) => {
        const results = await Promise.allSettled(
          callers.map((caller) => submit(caller, { seasonId: crossing.seasonId, actionId })),
        );
        const refusals = await Promise.all(
          results
            .filter((result) => result.status === 'rejected')
            .map((result) => refusalOf(Promise.reject(result.reason))),
        );
        return { sent: results.length - refusals.length, refusals };
      };

      const mine = await sendAll([member, member, member, member, member], onceAction.id);
      expect(mine.sent).toBe(1);
      expect(mine.refusals.map((refused) => refused.details.key)).toEqual(
        Array(4).fill('gameRefusals.repeatOnce'),
      );
      expect(await stored(onceAction.id)).toBe(1);

      const team = await sendAll([member, captain], teamAction.id);
      expect(team.sent).toBe(1);
      expect(team.refusals.map((refused) => refused.details.key)).toEqual([
        'gameRefusals.repeatOnce',
      ]);
      expect(await stored(teamAction.id)).toBe(1);
    });
  });

  it('stores a submission id sent five times at once once, and answers each send the same way', async () => {
    await inOwnWorld(async (replaying) => {
      const { member, captain } = replaying.people;
      const db = await adminDb();
      const submissionId = `device-${Date.now()}-photo`;
      const send = () =>
        submit(member, {
          submissionId,
          seasonId: replaying.seasonId,
          actionId: photoAction.id,
          proof: { kind: 'photo', type: 'image/png', data: PNG.toString('base64') },
        });
      const answers = await Promise.all([send(), send(), send(), send(), send()]);
      expect(answers.map(({ submissionId: id, status }) => ({ id, status }))).toEqual(
        Array(5).fill({ id: submissionId, status: 'pending' }),
      );
      const mine = await db
        .collection('submissions')
        .where('seasonId', '==', replaying.seasonId)
        .where('uid', '==', member.uid)
        .get();
      expect(mine.docs.map((document) => document.id)).toEqual([submissionId]);
      expect((await db.doc(`proofPhotos/${submissionId}`).get()).get('uid')).toBe(member.uid);
      // Replays took no turn of the rate limit.
      expect((await db.doc(`rateLimits/${member.uid}`).get()).get('recent')).toHaveLength(1);

      // Sent again after the season closed, it is still the same answer.
      for (const to of ['frozen', 'closed']) {
        await replaying.people.organiser.call('advanceSeason', {
          seasonId: replaying.seasonId,
          to,
        });
      }
      expect(await send()).toMatchObject({ submissionId, status: 'pending' });

      // Someone else cannot take that id.
      const taken = await refusalOf(
        submit(captain, { submissionId, seasonId: replaying.seasonId }),
      );
      expect(taken).toMatchObject({
        code: 'functions/invalid-argument',
        details: { key: 'gameRefusals.submissionIdTaken' },
      });
      expect((await submission(submissionId))?.uid).toBe(member.uid);
    });
  });

  it('refuses someone without a team, with a sentence to act on', async () => {
    const refused = await refusalOf(submit(world.people.employee, {}));
    expect(refused).toMatchObject({
      code: 'functions/failed-precondition',
      details: { key: 'gameRefusals.noTeam' },
    });
  });

  it('limits each person to 20 submissions in 15 minutes and says when to try again', async () => {
    await inOwnWorld(async (person) => {
      const db = await adminDb();
      const now = Date.now();
      const recent = Array.from({ length: 20 }, (_, i) => now - 60_000 + i * 1000);
      await db.doc(`rateLimits/${person.people.member.uid}`).set({ recent });
      const refused = await refusalOf(submit(person.people.member, { seasonId: person.seasonId }));
      expect(refused.code).toBe('functions/resource-exhausted');
      expect(refused.details.retryAt).toBe((recent[0] as number) + 15 * 60_000);
      const mine = await db
        .collection('submissions')
        .where('uid', '==', person.people.member.uid)
        .get();
      expect(mine.size).toBe(0);
    });
  });

  it('flags a proof another person already sent', async () => {
    const { member, captain } = world.people;
    const url = `https://example.org/blog/${Date.now()}`;
    const first = await submit(member, { actionId: linkAction.id, proof: { kind: 'link', url } });
    const second = await submit(captain, {
      actionId: linkAction.id,
      proof: { kind: 'link', url: `${url.replace('https://', 'http://www.')}/?utm_source=mail` },
    });
    expect((await submission(first.submissionId))?.duplicateOf).toBeNull();
    expect((await submission(second.submissionId))?.duplicateOf).toBe(first.submissionId);
  });

  it('flags a photo another person already sent, even with a byte added or saved again', async () => {
    await inOwnWorld(async (own) => {
      const { member, captain } = own.people;
      const send = sender(own, repeatablePhotoAction.id);
      const sendPhoto = (caller: Caller, bytes: Buffer) =>
        send(caller, { kind: 'photo', type: 'image/jpeg', data: bytes.toString('base64') });
      const picture = scenePicture(1);
      const original = jpegOf(picture, 85);
      const first = await sendPhoto(member, original);
      // The captain's three: the same file with a byte added, the picture saved again at a lower
      // quality, and another picture.
      const copied = await sendPhoto(captain, Buffer.concat([original, Buffer.from([0])]));
      const savedAgain = await sendPhoto(captain, jpegOf(picture, 50));
      const another = await sendPhoto(captain, jpegOf(scenePicture(2), 85));
      const sent = await submission(first.submissionId);
      expect(sent?.duplicateOf).toBeNull();
      expect(sent?.photoHash).toMatch(/^[0-9a-f]{16}$/);
      const copy = await submission(copied.submissionId);
      expect(copy?.proofHash).not.toBe(sent?.proofHash);
      expect(copy?.duplicateOf).toBe(first.submissionId);
      expect((await submission(savedAgain.submissionId))?.duplicateOf).toBe(first.submissionId);
      expect((await submission(another.submissionId))?.duplicateOf).toBeNull();
    });
  });

  it('flags a copied text however disguised, and refuses one that shows nothing', async () => {
    await inOwnWorld(async (own) => {
      const { member, captain } = own.people;
      const send = sender(own, repeatableTextAction.id);
      const sendText = (caller: Caller, text: string) => send(caller, { kind: 'text', text });
      const original = `J’ai montré à ${own.seasonId} comment sécuriser son compte`;
      const first = await sendText(member, original);
      // The captain's three: zero-width spaces inside the words, a Cyrillic "о" for each Latin
      // "o", and a text of their own.
      const spaced = await sendText(captain, original.replace(/(\p{L})(\p{L})/gu, '$1\u200b$2'));
      const cyrillic = await sendText(captain, original.replace(/o/g, '\u043e'));
      const another = await sendText(
        captain,
        `J’ai aidé ${own.seasonId} à changer de mot de passe`,
      );
      expect((await submission(first.submissionId))?.duplicateOf).toBeNull();
      expect((await submission(spaced.submissionId))?.duplicateOf).toBe(first.submissionId);
      expect((await submission(cyrillic.submissionId))?.duplicateOf).toBe(first.submissionId);
      expect((await submission(another.submissionId))?.duplicateOf).toBeNull();
      // Stored as it reads: without the zero-width spaces.
      expect((await submission(spaced.submissionId))?.proof).toEqual({
        kind: 'text',
        text: original,
      });

      const db = await adminDb();
      const mine = () => db.collection('submissions').where('uid', '==', member.uid).get();
      const invisible = await refusalOf(sendText(member, '\u200b\u200b\u200b'));
      expect(invisible.code).toBe('functions/invalid-argument');
      expect(invisible.message).toContain('3');
      expect((await mine()).size).toBe(1);
    });
  });
});

describe('reviews', () => {
  it('a rejection needs a reason; the author reads it, fixes the proof and sends it again', async () => {
    const { member, organiser } = world.people;
    const { submissionId } = await submit(member, {});
    const noReason = await errorOf(
      organiser.call('reviewSubmissions', {
        submissionIds: [submissionId],
        decision: 'reject',
        reason: null,
      }),
    );
    expect(noReason.code).toBe('functions/invalid-argument');
    expect(noReason.message).toContain('reason');
    expect((await submission(submissionId))?.status).toBe('pending');
    await organiser.call('reviewSubmissions', {
      submissionIds: [submissionId],
      decision: 'reject',
      reason: 'Say which setting you changed.',
    });
    expect(await submission(submissionId)).toMatchObject({
      status: 'rejected',
      reason: 'Say which setting you changed.',
    });
    await member.call('resubmitAction', {
      submissionId,
      doneAt: Date.now() - 30_000,
      proof: textProof('I set the laptop to power saving and the screen to dark mode.'),
    });
    expect(await submission(submissionId)).toMatchObject({ status: 'pending' });
  });

  it('the author withdraws a pending submission; nobody else can', async () => {
    const { member, captain } = world.people;
    const { submissionId } = await submit(member, {});
    const notYours = await refusalOf(captain.call('withdrawSubmission', { submissionId }));
    expect(notYours.details.key).toBe('gameRefusals.notYours');
    await member.call('withdrawSubmission', { submissionId });
    expect((await submission(submissionId))?.status).toBe('withdrawn');
  });

  it('a revocation takes the points back and goes to the audit log with its reason', async () => {
    const { organiser } = world.people;
    const id = await seedSubmission({
      seasonId: world.seasonId,
      teamId: world.otherTeamId,
      uid: world.people.otherCaptain.uid,
      status: 'approved',
      points: 20,
    });
    const scored = await eventually(
      () => score(world.seasonId, world.otherTeamId),
      (value) => (value?.total ?? 0) >= 20,
      'the points of the approval',
    );
    await organiser.call('revokeSubmission', {
      submissionId: id,
      reason: 'A copy of a blog post.',
    });
    await eventually(
      () => score(world.seasonId, world.otherTeamId),
      (value) => value?.total === (scored?.total ?? 0) - 20,
      'the revocation',
    );
    const db = await adminDb();
    const audit = await db
      .collection(`seasons/${world.seasonId}/audit`)
      .where('submissionId', '==', id)
      .get();
    expect(audit.docs.map((entry) => entry.data())).toContainEqual(
      expect.objectContaining({ kind: 'revoke', reason: 'A copy of a blog post.', points: -20 }),
    );
  });

  it('an action on the honour system is approved at once and offered for audit', async () => {
    await inOwnWorld(async (own) => {
      const { organiser, member } = own.people;
      await organiser.call('setAutoApproval', {
        seasonId: own.seasonId,
        actionId: TEXT_ACTION.id,
        on: true,
      });
      const { submissionId, status } = await submit(member, { seasonId: own.seasonId });
      expect(status).toBe('approved');
      expect(await submission(submissionId)).toMatchObject({ auto: true, audited: false });
      await eventually(
        () => score(own.seasonId, own.teamId),
        (value) => value?.total === TEXT_ACTION.points,
        'the points of the auto-approval',
      );
      await organiser.call('reviewSubmissions', {
        submissionIds: [submissionId],
        decision: 'keep',
        reason: null,
      });
      expect(await submission(submissionId)).toMatchObject({ audited: true, status: 'approved' });
    });
  });
});

describe('scores', () => {
  it('a replayed trigger event changes nothing', async () => {
    await inOwnWorld(async (own) => {
      process.env.GCLOUD_PROJECT ??= 'demo-techforgood';
      const { applySubmissionWrite } =
        await import('../../functions/src/triggers/on-submission-written');
      const { pending, approved } = approval(own, 'someone');
      const first = await applySubmissionWrite('replayed-event', 'x1', pending, approved);
      const second = await applySubmissionWrite('replayed-event', 'x1', pending, approved);
      expect(first.applied).toBe(true);
      expect(second.applied).toBe(false);
      expect((await score(own.seasonId, own.teamId))?.total).toBe(10);
      // Out of order: the revocation's event before a duplicate of the approval's.
      await applySubmissionWrite('revoke-event', 'x1', approved, {
        ...approved,
        status: 'revoked',
      });
      await applySubmissionWrite('replayed-event', 'x1', pending, approved);
      expect((await score(own.seasonId, own.teamId))?.total).toBe(0);
    });
  });

  it('a correction moves the team score and is written to the audit log', async () => {
    await inOwnWorld(async (own) => {
      await own.people.organiser.call('correctScore', {
        teamId: own.otherTeamId,
        points: -7,
        reason: 'Duplicate of last week’s workshop',
      });
      expect((await score(own.seasonId, own.otherTeamId))?.total).toBe(-7);
      const live = await eventually(
        () => board(own.seasonId, 'live'),
        (value) => rowOf(value, own.otherTeamId)?.total === -7,
        'the corrected leaderboard',
      );
      expect(rowOf(live, own.otherTeamId)?.rank).toBe(2);
    });
  });

  it('the reconciliation agrees with the functions, and repairs a score that drifted', async () => {
    await inOwnWorld(async (own) => {
      const { organiser, member, captain, otherCaptain } = own.people;
      const ids = await Promise.all(
        [member, captain, otherCaptain, member].map((person, index) =>
          seedSubmission({
            seasonId: own.seasonId,
            teamId: person === otherCaptain ? own.otherTeamId : own.teamId,
            uid: person.uid,
            status: 'pending',
            points: [5, 10, 20, 10][index],
          }),
        ),
      );
      await organiser.call('reviewSubmissions', {
        submissionIds: ids.slice(0, 3),
        decision: 'approve',
        reason: null,
      });
      await organiser.call('revokeSubmission', {
        submissionId: ids[1],
        reason: 'Not this season’s action.',
      });
      await organiser.call('correctScore', { teamId: own.teamId, points: 3, reason: 'Bonus' });
      // Team 1: 5 (approved) + 3 (correction); team 2: 20.
      await eventually(
        () => Promise.all([score(own.seasonId, own.teamId), score(own.seasonId, own.otherTeamId)]),
        ([one, two]) => one?.total === 8 && two?.total === 20,
        'the incremental scores',
      );
      const agreed = (await organiser.call('reconcileScores', { seasonId: own.seasonId })) as {
        teams: number;
        fixed: number;
      };
      expect(agreed).toEqual({ teams: 2, fixed: 0 });

      // The pure rebuild over what is stored gives the same numbers.
      const db = await adminDb();
      const stored = await db.collection('submissions').where('seasonId', '==', own.seasonId).get();
      const rebuilt = rebuildScores(
        stored.docs.map(
          (document) => ({ ...document.data(), id: document.id }) as ScoredSubmission,
        ),
        [{ id: 'c', teamId: own.teamId, points: 3 }],
      );
      expect(rebuilt.get(own.teamId)?.total).toBe(8);

      await db.doc(`seasons/${own.seasonId}/scores/${own.teamId}`).update({ total: 999 });
      const repaired = (await organiser.call('reconcileScores', { seasonId: own.seasonId })) as {
        fixed: number;
      };
      expect(repaired.fixed).toBe(1);
      expect((await score(own.seasonId, own.teamId))?.total).toBe(8);
      expect(rowOf(await board(own.seasonId, 'live'), own.teamId)?.total).toBe(8);
    });
  });

  it('a trigger that arrives after a reconciliation counted its write adds nothing', async () => {
    await inOwnWorld(async (own) => {
      process.env.GCLOUD_PROJECT ??= 'demo-techforgood';
      const { applySubmissionWrite } =
        await import('../../functions/src/triggers/on-submission-written');
      await own.people.organiser.call('reconcileScores', { seasonId: own.seasonId });
      const countedUpTo = (await board(own.seasonId, 'state'))?.countedUpTo ?? 0;
      expect(countedUpTo).toBeGreaterThan((Date.now() - 60_000) * 1000);
      const { pending, approved } = approval(own, own.people.member.uid);
      const counted = await applySubmissionWrite('before-it', 'y1', pending, approved, countedUpTo);
      expect(counted.applied).toBe(false);
      expect((await score(own.seasonId, own.teamId))?.total ?? 0).toBe(0);
      const later = await applySubmissionWrite(
        'after-it',
        'y2',
        pending,
        approved,
        countedUpTo + 1,
      );
      expect(later.applied).toBe(true);
      expect((await score(own.seasonId, own.teamId))?.total).toBe(10);
      // Either way the event leaves its mark: a replay of the first stays out.
      await applySubmissionWrite('before-it', 'y1', pending, approved, countedUpTo + 1);
      expect((await score(own.seasonId, own.teamId))?.total).toBe(10);
    });
  });

  it('a review scores what it approves in its own transaction: the board shows it as the review answers, and the trigger adds nothing', async () => {
    await inOwnWorld(async (own) => {
      const { organiser, member } = own.people;
      await settledState(own.seasonId);
      const id = await seedSubmission({
        seasonId: own.seasonId,
        teamId: own.teamId,
        uid: member.uid,
        status: 'pending',
        points: 10,
      });
      await organiser.call('reviewSubmissions', {
        submissionIds: [id],
        decision: 'approve',
        reason: null,
      });
      // Read at once: the review answered with the board rebuilt.
      expect(rowOf(await board(own.seasonId, 'live'), own.teamId)?.total).toBe(10);
      expect((await score(own.seasonId, own.teamId))?.total).toBe(10);
      const db = await adminDb();
      const written = (await db.doc(`submissions/${id}`).get()).data() ?? {};
      const mark = String(written.scoredWrite);
      expect(mark.startsWith(`${id}~`)).toBe(true);
      expect(
        (await db.doc(`seasons/${own.seasonId}/appliedEvents/${mark}`).get()).get('submissionId'),
      ).toBe(id);
      process.env.GCLOUD_PROJECT ??= 'demo-techforgood';
      const { applySubmissionWrite } =
        await import('../../functions/src/triggers/on-submission-written');
      const pending = { ...written, status: 'pending', scoredWrite: null };
      // The write's own event, whatever its id, finds the review's mark and adds nothing.
      expect((await applySubmissionWrite('its-event', id, pending, written)).applied).toBe(false);
      expect((await score(own.seasonId, own.teamId))?.total).toBe(10);
      // The same data copied under another id (as deleteMyAccount rewrites an id) is scored.
      expect(
        (await applySubmissionWrite('copy-event', `${id}-copy`, undefined, written)).applied,
      ).toBe(true);
      expect((await score(own.seasonId, own.teamId))?.total).toBe(20);
    });
  });

  it('marks again a board that missed a change, as the season tick does, and leaves one that did not', async () => {
    await inOwnWorld(async (own) => {
      await settledState(own.seasonId);
      // The world's own trigger events may still be on their way (a team's second write, its
      // trigger delivered after a rebuild already read it) and ask for a rebuild below. The
      // emulator delivers trigger events one at a time, in order: once a rename made now has
      // reached the board, every event before it has been delivered.
      const db = await adminDb();
      const renamed = `${String((await db.doc(`teams/${own.teamId}`).get()).get('name'))} ·`;
      await db.doc(`teams/${own.teamId}`).update({ name: renamed });
      await eventually(
        () => board(own.seasonId, 'live'),
        (value) => rowOf(value, own.teamId)?.name === renamed,
        'the renamed team on the board',
        30_000,
      );
      await settledState(own.seasonId);
      process.env.GCLOUD_PROJECT ??= 'demo-techforgood';
      const { markBoardIfBehind } = await import('../../functions/src/lib/scores');
      expect(await markBoardIfBehind(own.seasonId, Date.now())).toBe(false);
      // A score committed by a review stopped before it marked the board.
      const { FieldValue } = await import('firebase-admin/firestore');
      await db.doc(`seasons/${own.seasonId}/scores/${own.teamId}`).set({
        teamId: own.teamId,
        total: 7,
        byTheme: { sobriety: 7 },
        byModality: {},
        byDay: {},
        members: {},
        activeMembers: 1,
        approvedCount: 1,
        reachedAt: Date.now(),
        changedAt: FieldValue.serverTimestamp(),
      });
      expect(await rebuildAsked(own.seasonId)).toBe(false);
      expect(await markBoardIfBehind(own.seasonId, Date.now())).toBe(true);
      await eventually(
        () => board(own.seasonId, 'live'),
        (value) => rowOf(value, own.teamId)?.total === 7,
        'the healed board',
        30_000,
      );
    });
  });

  it('reconciliations run during a burst of approvals each leave exact scores', async () => {
    await inOwnWorld(async (own) => {
      const { organiser } = own.people;
      const ids = await pendingOnBothTeams(own, 40, (i) => 5 + (i % 3));
      const pointsOf = (approved: string[], team: 0 | 1) =>
        approved.reduce((sum, id) => {
          const i = ids.indexOf(id);
          return i % 2 === team ? sum + 5 + (i % 3) : sum;
        }, 0);
      const db = await adminDb();
      const marksOf = async (approved: string[]) =>
        (await db.collection(`seasons/${own.seasonId}/appliedEvents`).get()).docs
          .filter((document) => approved.includes(String(document.get('submissionId'))))
          .map((document) => ({ id: document.id, counted: document.get('counted') as unknown }));
      // A first call warms the function, so the next ones run while the triggers of a batch are
      // still queued (the emulator works through trigger events one by one).
      await organiser.call('reconcileScores', { seasonId: own.seasonId });
      const fixed: number[] = [];
      let inFlight = 0;
      for (let round = 1; round <= 5; round += 1) {
        const approved = ids.slice(0, round * 8);
        if (round % 2 === 1) {
          // Reviewed: the review scores them in its own transaction.
          await organiser.call('reviewSubmissions', {
            submissionIds: approved.slice(-8),
            decision: 'approve',
            reason: null,
          });
        } else {
          // Approved by another writer (as an auto-approval is): the trigger scores them, its
          // events still queued when the reconciliation runs.
          const batch = db.batch();
          const now = Date.now();
          for (const id of approved.slice(-8)) {
            batch.update(db.doc(`submissions/${id}`), { status: 'approved', approvedAt: now });
          }
          await batch.commit();
        }
        const result = (await organiser.call('reconcileScores', { seasonId: own.seasonId })) as {
          fixed: number;
        };
        fixed.push(result.fixed);
        // Once every event of the round has arrived, the scores are exact without any further
        // reconciliation: no trigger added what the reconciliation had already counted.
        const marks = await eventually(
          () => marksOf(approved),
          (found) => found.length === approved.length,
          `an event mark for every approval of round ${round}`,
          60_000,
        );
        inFlight = marks.filter((mark) => mark.counted === 'byReconciliation').length;
        expect((await score(own.seasonId, own.teamId))?.total).toBe(pointsOf(approved, 0));
        expect((await score(own.seasonId, own.otherTeamId))?.total).toBe(pointsOf(approved, 1));
      }
      console.log(
        `reconciliations during a burst: ${fixed.join(', ')} teams fixed; ` +
          `${inFlight} of ${ids.length} trigger events arrived after a reconciliation counted them`,
      );
      const check = (await organiser.call('reconcileScores', { seasonId: own.seasonId })) as {
        fixed: number;
      };
      expect(check.fixed).toBe(0);
    });
  }, 240_000);
});

describe('impact', () => {
  // A text action with a model: keeping a phone five years counts ADEME's yearly saving for
  // its years (src/domain/impact-data.ts).
  const KEPT_PHONE = 'sob-keep-phone-five-years';
  const model = impactModelOf(KEPT_PHONE);
  if (!model) throw new Error(`${KEPT_PHONE} has an impact model`);
  const once = completionImpact(model);
  const triple = (amount: ImpactAmount) => [amount.low, amount.central, amount.high];

  it('is kept on the submission, added to the team, its member, its row and the season once approved, taken back when revoked, and repaired by the reconciliation', async () => {
    await inOwnWorld(async (own) => {
      const { organiser, member, captain } = own.people;
      const sent = (await member.call('submitAction', {
        seasonId: own.seasonId,
        actionId: KEPT_PHONE,
        doneAt: Date.now() - 60_000,
        proof: textProof('I have kept my phone for five years and its battery was replaced.'),
      })) as { submissionId: string };
      // An action without a model brings points and no impact.
      const plain = (await captain.call('submitAction', {
        seasonId: own.seasonId,
        actionId: TEXT_ACTION.id,
        doneAt: Date.now() - 60_000,
        proof: textProof(),
      })) as { submissionId: string };
      expect((await submission(sent.submissionId))?.impact).toEqual(once);
      expect((await submission(plain.submissionId))?.impact).toBeNull();
      // Pending: counted nowhere yet.
      expect((await score(own.seasonId, own.teamId))?.impact ?? {}).toEqual({});

      await organiser.call('reviewSubmissions', {
        submissionIds: [sent.submissionId, plain.submissionId],
        decision: 'approve',
        reason: null,
      });
      const expected = { [once.unit]: triple(once) };
      const approved = await eventually(
        () => score(own.seasonId, own.teamId),
        (value) => value?.approvedCount === 2,
        'the approved score',
      );
      expect(approved?.impact).toEqual(expected);
      expect(approved?.members[member.uid]?.impact).toEqual(expected);
      expect(approved?.members[captain.uid]?.impact).toBeUndefined();
      const live = await eventually(
        () => board(own.seasonId, 'live'),
        (value) => rowOf(value, own.teamId)?.impact !== undefined,
        'the leaderboard with impact',
      );
      expect(rowOf(live, own.teamId)?.impact).toEqual(expected);
      expect(rowOf(live, own.otherTeamId)?.impact).toBeUndefined();
      expect(live?.impact).toEqual({
        season: expected,
        byCompany: { [own.companyId]: expected },
      });

      // Tampered with, the team's impact is put back by the reconciliation; points untouched.
      const db = await adminDb();
      await db
        .doc(`seasons/${own.seasonId}/scores/${own.teamId}`)
        .update({ impact: { kgCO2e: [999, 999, 999], kWh: [1, 1, 1] } });
      const repaired = (await organiser.call('reconcileScores', { seasonId: own.seasonId })) as {
        fixed: number;
      };
      expect(repaired.fixed).toBe(1);
      expect((await score(own.seasonId, own.teamId))?.impact).toEqual(expected);
      expect(rowOf(await board(own.seasonId, 'live'), own.teamId)?.impact).toEqual(expected);

      // Revoked: taken back from the team, the member and the board.
      await organiser.call('revokeSubmission', {
        submissionId: sent.submissionId,
        reason: 'Not this season’s action.',
      });
      const revoked = await eventually(
        () => score(own.seasonId, own.teamId),
        (value) => value?.approvedCount === 1,
        'the score after the revocation',
      );
      expect(revoked?.impact).toEqual({});
      expect(revoked?.members[member.uid]).toBeUndefined();
      const after = await eventually(
        () => board(own.seasonId, 'live'),
        (value) => rowOf(value, own.teamId)?.impact === undefined,
        'the leaderboard without impact',
      );
      expect(after?.impact).toEqual({ season: {}, byCompany: {} });
    });
  });
});

describe('the leaderboard', () => {
  it('stops changing for the public at the freeze, keeps going for organisers, and is final at close', async () => {
    await inOwnWorld(async (own) => {
      const { organiser, member } = own.people;
      const approve = async (points: number) => {
        const id = await seedSubmission({
          seasonId: own.seasonId,
          teamId: own.teamId,
          uid: member.uid,
          status: 'pending',
          points,
        });
        await organiser.call('reviewSubmissions', {
          submissionIds: [id],
          decision: 'approve',
          reason: null,
        });
      };
      await approve(10);
      await eventually(
        () => board(own.seasonId, 'public'),
        (value) => rowOf(value, own.teamId)?.total === 10,
        'the public board at 10',
      );
      await organiser.call('advanceSeason', { seasonId: own.seasonId, to: 'frozen' });
      await eventually(
        () => board(own.seasonId, 'public'),
        (value) => value?.status === 'frozen',
        'the frozen public board',
      );
      await approve(20);
      await eventually(
        () => board(own.seasonId, 'live'),
        (value) => rowOf(value, own.teamId)?.total === 30,
        'the live board at 30',
      );
      const publicBoard = await board(own.seasonId, 'public');
      expect(rowOf(publicBoard, own.teamId)?.total).toBe(10);
      await organiser.call('advanceSeason', { seasonId: own.seasonId, to: 'closed' });
      const final = await eventually(
        () => board(own.seasonId, 'public'),
        (value) => value?.status === 'final',
        'the final board',
      );
      expect(rowOf(final, own.teamId)?.total).toBe(30);
    });
  });

  it('coalesces a burst: 100 approvals lead to a few rewrites, and the board ends exact', async () => {
    await inOwnWorld(async (own) => {
      const { organiser } = own.people;
      const ids = await pendingOnBothTeams(own, 100, () => 5);
      const settled = () => settledState(own.seasonId);
      const before = (await settled())?.generation ?? 0;
      await organiser.call('reviewSubmissions', {
        submissionIds: ids,
        decision: 'approve',
        reason: null,
      });
      const live = await eventually(
        () => board(own.seasonId, 'live'),
        (value) =>
          rowOf(value, own.teamId)?.total === 250 && rowOf(value, own.otherTeamId)?.total === 250,
        'every approval on the board',
        60_000,
      );
      const after = (await settled())?.generation ?? 0;
      console.log(`burst of 100 approvals: ${after - before} leaderboard rewrites`);
      expect(after - before).toBeGreaterThan(0);
      expect(after - before).toBeLessThan(50);
      expect(live?.rows.map((row) => row.total)).toEqual([250, 250]);
    });
  });
  it('reads again only the team that changed: a renamed team shows its new name, and its nameKey is the one the search matches', async () => {
    await inOwnWorld(async (own) => {
      const db = await adminDb();
      expect((await db.doc(`teams/${own.teamId}`).get()).get('nameKey')).toBe('team one');
      await settledState(own.seasonId);
      await db.doc(`teams/${own.teamId}`).update({ name: 'Les Écolos' });
      await eventually(
        () => board(own.seasonId, 'live'),
        (value) => rowOf(value, own.teamId)?.name === 'Les Écolos',
        'the renamed team on the board',
        30_000,
      );
      const state = (await settledState(own.seasonId)) as
        { lastRebuild?: { reads: number; full: boolean }; changedTeams?: object } | undefined;
      expect(state?.lastRebuild?.full).toBe(false);
      // The fixed documents, the cache (one chunk for two teams), the query of moved scores, the
      // team (and the world's other team when the trigger of a change made while building the
      // world came late).
      const chunks = chunkCountFor(2);
      expect(chunks).toBe(1);
      expect(state?.lastRebuild?.reads).toBeGreaterThanOrEqual(5 + chunks + 1 + 1);
      expect(state?.lastRebuild?.reads).toBeLessThanOrEqual(5 + chunks + 1 + 2);
      expect(state?.changedTeams).toEqual({});
    });
  });

  it('keeps 100 rows on the top and the rest in pages, and patches only what one approval moved', async () => {
    await inOwnWorld(async (own) => {
      await crowd(own);
      const live = await board(own.seasonId, 'live');
      expect(live?.rows).toHaveLength(BOARD_TOP_ROWS);
      expect(live).toMatchObject({ teamCount: 250, pageCount: 2 });
      expect(live?.rows.at(-1)?.rank).toBe(100);
      const [first, second] = await Promise.all([
        page(own.seasonId, 'live', 1),
        page(own.seasonId, 'live', 2),
      ]);
      expect(first?.rows.map((row) => row.rank)).toEqual(
        Array.from({ length: 100 }, (_, i) => 101 + i),
      );
      expect(second?.rows.map((row) => row.rank)).toEqual(
        Array.from({ length: 50 }, (_, i) => 201 + i),
      );
      expect([first?.before?.rank, first?.after?.rank]).toEqual([100, 201]);
      expect([second?.before?.rank, second?.after ?? null]).toEqual([200, null]);
      expect(await page(own.seasonId, 'live', 3)).toBeUndefined();
      // The public board follows the live one while the season is open, pages included.
      expect((await page(own.seasonId, 'public', 2))?.rows).toEqual(second?.rows);
      // A team finds its page in one query.
      const db = await adminDb();
      const mine = await db
        .collection(`seasons/${own.seasonId}/leaderboard/public/pages`)
        .where('teamIds', 'array-contains', own.teamId)
        .get();
      expect(mine.docs.map((document) => document.id)).toEqual(['2']);
      // The readers that need every row (the daily standings, the digest, the report) get them.
      process.env.GCLOUD_PROJECT ??= 'demo-techforgood';
      const { readWholeBoard } = await import('../../functions/src/lib/whole-board');
      const whole = await readWholeBoard(own.seasonId, 'public');
      expect(whole?.rows.map((row) => row.rank)).toEqual(
        Array.from({ length: 250 }, (_, i) => i + 1),
      );
      expect(whole?.companies).toEqual({ [own.companyId]: `Company ${own.seasonId}` });

      // One approval: the rebuild reads the score that moved, the cache and a few fixed
      // documents (its state twice, the season, the two tops), not the 250 teams and scores.
      await approved(own, 5);
      await eventually(
        () => page(own.seasonId, 'live', 2),
        (value) => value?.rows.find((row) => row.teamId === own.teamId)?.total === 5,
        'the approval on page 2',
        30_000,
      );
      const state = (await settledState(own.seasonId)) as
        | {
            lastRebuild?: { reads: number; writes: number; full: boolean };
            cache?: { chunks: number };
          }
        | undefined;
      console.log(`one approval among 250 teams: ${JSON.stringify(state?.lastRebuild)}`);
      expect(state?.lastRebuild?.full).toBe(false);
      // The cache grew with the teams: two chunks for 250, each rebuild reads them both.
      expect(state?.cache?.chunks).toBe(chunkCountFor(250));
      expect(state?.lastRebuild?.reads).toBeLessThanOrEqual(5 + chunkCountFor(250) + 2);
      // The state twice, page 2 of each board, one cache chunk, the two tops.
      expect(state?.lastRebuild?.writes).toBeLessThanOrEqual(7);
      expect((await page(own.seasonId, 'live', 1))?.generation).toBe(first?.generation);
    });
  }, 180_000);

  it('keeps the public pages as they stood at the freeze while the live ones move, and publishes the final pages at close', async () => {
    await inOwnWorld(async (own) => {
      const { organiser } = own.people;
      await crowd(own);
      await organiser.call('advanceSeason', { seasonId: own.seasonId, to: 'frozen' });
      await eventually(
        () => board(own.seasonId, 'public'),
        (value) => value?.status === 'frozen',
        'the frozen public board',
        30_000,
      );
      const frozenPage = await page(own.seasonId, 'public', 2);
      const frozenTop = await board(own.seasonId, 'public');
      // From the last page to the top of the live board.
      await approved(own, 5000);
      await eventually(
        () => board(own.seasonId, 'live'),
        (value) => value?.rows[0]?.teamId === own.teamId,
        'the live board led by the world\u2019s team',
        30_000,
      );
      await settledState(own.seasonId);
      expect(
        (await page(own.seasonId, 'live', 2))?.rows.some((row) => row.teamId === own.teamId),
      ).toBe(false);
      expect(await page(own.seasonId, 'public', 2)).toEqual(frozenPage);
      expect((await board(own.seasonId, 'public'))?.rows).toEqual(frozenTop?.rows);

      await organiser.call('advanceSeason', { seasonId: own.seasonId, to: 'closed' });
      const final = await eventually(
        () => board(own.seasonId, 'public'),
        (value) => value?.status === 'final',
        'the final board',
        30_000,
      );
      expect(final?.rows[0]?.teamId).toBe(own.teamId);
      await settledState(own.seasonId);
      for (const index of [1, 2]) {
        expect((await page(own.seasonId, 'public', index))?.rows).toEqual(
          (await page(own.seasonId, 'live', index))?.rows,
        );
      }
    });
  }, 180_000);
});
