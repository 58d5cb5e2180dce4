// Happenings on the emulators: what the score trigger, the leaderboard, the season's states, the
// organisers and the scheduled jobs record, and the notices their fan-out leaves each person:
// once each, to the right people, resumed after a crash.
import { TZDate } from '@date-fns/tz';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { HAPPENING_IDS, TOLD_PREFIX, type Happening } from '../../src/domain/happenings';
import type { Notification } from '../../src/domain/notifications';
import { dumpDatabase, errorOf, rulesEnvironment } from '../support/emulators';
import { seedEvent } from '../support/events';
import { adminDb, eventually, seedSubmission, TEXT_ACTION } from '../support/game';
import { hour, inWorld } from '../support/world';

let env: RulesTestEnvironment;
beforeAll(async () => {
  env = await rulesEnvironment();
});
afterAll(async () => {
  await env.cleanup();
});

/** The notices the fan-out wrote for `uid`, oldest first. */
async function toldTo(uid: string): Promise<Told[]> {
  const db = await adminDb();
  const snapshot = await db.collection('notifications').where('uid', '==', uid).get();
  return snapshot.docs
    .filter((document) => document.id.startsWith(TOLD_PREFIX))
    .map((document) => ({ ...(document.data() as Notification), id: document.id }) as Told)
    .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

type Told = Notification & { id: string };

const ofKind = (kind: Notification['kind']) => (notices: Told[]) =>
  notices.filter((notice) => notice.kind === kind);

/** A time today at `hourOfDay` on Paris's clock. */
function todayAt(hourOfDay: number): number {
  const now = new TZDate(Date.now(), 'Europe/Paris');
  return new TZDate(
    now.getFullYear(),
    now.getMonth(),
    now.getDate(),
    hourOfDay,
    30,
    0,
    'Europe/Paris',
  ).getTime();
}

describe('a team’s first action in a theme', () => {
  it(
    'is told once to every member of the team, and to no one else',
    () =>
      inWorld(async (world) => {
        const { organiser, member, captain, otherCaptain } = world.people;
        const seed = () =>
          seedSubmission({
            seasonId: world.seasonId,
            teamId: world.teamId,
            uid: member.uid,
            status: 'pending',
          });
        const [first, second] = [await seed(), await seed()];
        await organiser.call('reviewSubmissions', { submissionIds: [first], decision: 'approve' });
        for (const person of [member, captain]) {
          // Three triggers in a row (the score, the happening, its fan-out), the last two started
          // cold for the first time in the run: up to a minute on a busy machine.
          const [notice] = await eventually(
            async () => ofKind('firstThemeAction')(await toldTo(person.uid)),
            (notices) => notices.length > 0,
            'the first-theme notice',
            60_000,
          );
          expect(notice).toMatchObject({
            kind: 'firstThemeAction',
            teamId: world.teamId,
            theme: TEXT_ACTION.theme,
            read: false,
          });
        }
        // A second approval in the same theme is no news; the other team heard nothing.
        await organiser.call('reviewSubmissions', { submissionIds: [second], decision: 'approve' });
        const db = await adminDb();
        await eventually(
          async () =>
            (await db.collection(`seasons/${world.seasonId}/scores`).doc(world.teamId).get()).get(
              'approvedCount',
            ) as number,
          (count) => count === 2,
          'both approvals scored',
        );
        const happening = await db
          .collection('happenings')
          .doc(HAPPENING_IDS.firstThemeAction(world.seasonId, world.teamId, TEXT_ACTION.theme))
          .get();
        expect(happening.get('done')).toBe(true);
        expect(ofKind('firstThemeAction')(await toldTo(member.uid))).toHaveLength(1);
        expect(await toldTo(otherCaptain.uid)).toEqual([]);
      }),
    120_000,
  );
});

describe('sendAnnouncement', () => {
  it('reaches everyone in the season, or only one company’s teams, and refuses bad input', () =>
    inWorld(async (world) => {
      const { organiser, member, captain, otherCaptain, employee } = world.people;
      const title = { fr: 'Fresque jeudi', en: 'Collage on Thursday' };
      const message = { fr: 'Inscrivez-vous vite.', en: 'Register soon.' };
      const { announcementId } = (await organiser.call('sendAnnouncement', {
        seasonId: world.seasonId,
        companyId: null,
        title,
        message,
      })) as { announcementId: string };
      for (const person of [member, captain, otherCaptain]) {
        const notices = await eventually(
          async () => ofKind('announcement')(await toldTo(person.uid)),
          (found) => found.length === 1,
          'the announcement',
        );
        expect(notices[0]).toMatchObject({ title, message });
        expect(notices[0]?.id).toBe(`${TOLD_PREFIX}${announcementId}-${person.uid}`);
      }
      // Nobody outside the season's teams hears it.
      expect(await toldTo(employee.uid)).toEqual([]);

      // To a company with no team in the season: no one.
      const { companyId } = (await organiser.call('createCompany', { name: 'Elsewhere Ltd' })) as {
        companyId: string;
      };
      const narrow = (await organiser.call('sendAnnouncement', {
        seasonId: world.seasonId,
        companyId,
        title,
        message,
      })) as { announcementId: string };
      const db = await adminDb();
      await eventually(
        async () =>
          (await db.collection('happenings').doc(narrow.announcementId).get()).get(
            'done',
          ) as boolean,
        (done) => done === true,
        'the company fan-out',
      );
      expect(ofKind('announcement')(await toldTo(member.uid))).toHaveLength(1);

      // Bad input and the wrong role change nothing.
      const before = await dumpDatabase();
      const bad = await errorOf(
        organiser.call('sendAnnouncement', {
          seasonId: world.seasonId,
          companyId: null,
          title: { fr: 'x', en: 'Collage' },
          message,
        }),
      );
      expect(bad.code).toBe('functions/invalid-argument');
      expect(bad.message).toMatch(/title of 3 to 120 characters/);
      expect(
        (
          await errorOf(
            captain.call('sendAnnouncement', {
              seasonId: world.seasonId,
              companyId: null,
              title,
              message,
            }),
          )
        ).code,
      ).toBe('functions/permission-denied');
      expect(await dumpDatabase()).toEqual(before);
    }));
});

describe('the season’s freeze and close', () => {
  it('tells everyone in the season once, the close with the final standings', () =>
    inWorld(async (world) => {
      const { organiser, member, otherCaptain } = world.people;
      await organiser.call('advanceSeason', { seasonId: world.seasonId, to: 'frozen' });
      for (const person of [member, otherCaptain]) {
        await eventually(
          async () => ofKind('seasonFrozen')(await toldTo(person.uid)),
          (found) => found.length === 1,
          'the freeze notice',
        );
      }
      await organiser.call('advanceSeason', { seasonId: world.seasonId, to: 'closed' });
      const [closed] = await eventually(
        async () => ofKind('seasonClosed')(await toldTo(member.uid)),
        (found) => found.length === 1,
        'the close notice',
      );
      expect(closed).toMatchObject({
        kind: 'seasonClosed',
        seasonName: expect.stringMatching(/^Season/) as unknown,
      });
      const db = await adminDb();
      const happening = (
        await db.collection('happenings').doc(HAPPENING_IDS.seasonClosed(world.seasonId)).get()
      ).data() as Extract<Happening, { kind: 'seasonClosed' }>;
      expect(happening.rows.map((row) => row.teamId).sort()).toEqual(
        [world.teamId, world.otherTeamId].sort(),
      );
      expect(JSON.stringify(happening)).not.toContain('@');
    }));
});

describe('scheduled news', () => {
  it('reminds those holding a place a day and an hour before an event, once each', () =>
    inWorld(async (world) => {
      const { member, captain } = world.people;
      const { remindEvents } = await import('../../functions/src/scheduled/daily-news');
      const startsAt = hour(20);
      const eventId = await seedEvent(world.seasonId, { startsAt, endsAt: startsAt + 3_600_000 });
      await member.call('registerForEvent', { eventId });
      // 20 hours before: the day-before reminder, once however often the job runs.
      expect(await remindEvents(Date.now())).toBeGreaterThanOrEqual(1);
      expect(await remindEvents(Date.now())).toBe(0);
      const [dayBefore] = await eventually(
        async () => ofKind('eventStarting')(await toldTo(member.uid)),
        (found) => found.length === 1,
        'the day-before reminder',
      );
      expect(dayBefore).toMatchObject({ eventId, window: '24h', startsAt });
      // 30 minutes before: the one-hour reminder.
      await remindEvents(startsAt - 30 * 60 * 1000);
      const reminders = await eventually(
        async () => ofKind('eventStarting')(await toldTo(member.uid)),
        (found) => found.length === 2,
        'the one-hour reminder',
      );
      expect(reminders.map((notice) => (notice as { window: string }).window).sort()).toEqual([
        '1h',
        '24h',
      ]);
      // The captain holds no place.
      expect(ofKind('eventStarting')(await toldTo(captain.uid))).toEqual([]);
    }));

  it('posts the daily top five and tells teams whose rank moved since the day before', () =>
    inWorld(async (world) => {
      const { organiser, member, otherCaptain } = world.people;
      const { tellDailyStandings } = await import('../../functions/src/scheduled/daily-news');
      const db = await adminDb();
      const approve = async (teamId: string, uid: string, points: number) => {
        const id = await seedSubmission({
          seasonId: world.seasonId,
          teamId,
          uid,
          status: 'pending',
          points,
        });
        await organiser.call('reviewSubmissions', { submissionIds: [id], decision: 'approve' });
      };
      const board = () => db.doc(`seasons/${world.seasonId}/leaderboard/public`).get();
      await approve(world.otherTeamId, otherCaptain.uid, 5);
      await approve(world.teamId, member.uid, 10);
      await eventually(
        async () => (await board()).get('rows') as { teamId: string; total: number }[] | undefined,
        (rows) =>
          rows?.[0]?.teamId === world.teamId && rows[0].total === 10 && rows[1]?.total === 5,
        'team one leading, team two behind',
      );
      // Yesterday's ranks, as the job left them: team two was ahead.
      await db.doc(`seasons/${world.seasonId}/leaderboard/dailyRanks`).set({
        day: 'yesterday',
        ranks: { [world.teamId]: 2, [world.otherTeamId]: 1 },
      });
      const evening = todayAt(19);
      expect(await tellDailyStandings(evening)).toBeGreaterThanOrEqual(1);
      const day = (await db.doc(`seasons/${world.seasonId}/leaderboard/dailyRanks`).get()).get(
        'day',
      ) as string;
      const top = (
        await db.collection('happenings').doc(HAPPENING_IDS.dailyTopFive(world.seasonId, day)).get()
      ).data() as Extract<Happening, { kind: 'dailyTopFive' }>;
      expect(top.rows[0]).toMatchObject({ rank: 1, teamId: world.teamId, points: 10 });
      const [up] = await eventually(
        async () => ofKind('rankChanged')(await toldTo(member.uid)),
        (found) => found.length === 1,
        'team one’s rank notice',
      );
      expect(up).toMatchObject({ rank: 1, previousRank: 2, teamCount: 2 });
      const [down] = await eventually(
        async () => ofKind('rankChanged')(await toldTo(otherCaptain.uid)),
        (found) => found.length === 1,
        'team two’s rank notice',
      );
      expect(down).toMatchObject({ rank: 2, previousRank: 1 });
      // Again the same evening: nothing new.
      const happenings = (
        await db.collection('happenings').where('seasonId', '==', world.seasonId).get()
      ).size;
      await tellDailyStandings(evening + 60_000);
      expect(
        (await db.collection('happenings').where('seasonId', '==', world.seasonId).get()).size,
      ).toBe(happenings);
      // A new leader is told as it happens, to the team that leads and to the one that led.
      await approve(world.otherTeamId, otherCaptain.uid, 20);
      const isLead = (notice: Told, ours: boolean) =>
        notice.kind === 'newLeader' && notice.teamId === world.otherTeamId && notice.ours === ours;
      await eventually(
        async () => (await toldTo(member.uid)).filter((notice) => isLead(notice, false)),
        (found) => found.length === 1,
        'team one told it lost the lead',
      );
      expect(
        (await toldTo(otherCaptain.uid)).filter((notice) => isLead(notice, true)).length,
      ).toBeGreaterThanOrEqual(1);
    }));

  it('tells organisers the review backlog once a day', () =>
    inWorld(async (world) => {
      const { organiser, member } = world.people;
      const { reportReviewBacklog } = await import('../../functions/src/scheduled/daily-news');
      const db = await adminDb();
      await db
        .collection('organisers')
        .doc(organiser.uid)
        .set({ email: '', grantedAt: 1, grantedBy: 'test' });
      const oldest = await seedSubmission({
        seasonId: world.seasonId,
        teamId: world.teamId,
        uid: member.uid,
        status: 'pending',
      });
      await seedSubmission({
        seasonId: world.seasonId,
        teamId: world.teamId,
        uid: member.uid,
        status: 'pending',
      });
      const morning = todayAt(10);
      await reportReviewBacklog(morning);
      const notices = await eventually(
        async () =>
          ofKind('reviewBacklog')(await toldTo(organiser.uid)).filter((notice) =>
            notice.id.includes(world.seasonId),
          ),
        (found) => found.length === 1,
        'the backlog notice',
      );
      const oldestSentAt = (await db.collection('submissions').doc(oldest).get()).get(
        'createdAt',
      ) as number;
      expect(notices[0]).toMatchObject({ pending: 2, flagged: 0, oldestSentAt });
      await reportReviewBacklog(morning + 60_000);
      expect(
        ofKind('reviewBacklog')(await toldTo(organiser.uid)).filter((notice) =>
          notice.id.includes(world.seasonId),
        ),
      ).toHaveLength(1);
      // Members hear nothing of it.
      expect(ofKind('reviewBacklog')(await toldTo(member.uid))).toEqual([]);
      await db.collection('organisers').doc(organiser.uid).delete();
    }));
});

describe('a fan-out to a whole season', () => {
  it('goes a page at a time and, stopped half-way, resumes where it stopped: each told once', () =>
    inWorld(async (world) => {
      const { member, captain, otherCaptain } = world.people;
      const { fanOut, happeningRef, finishFanOuts } =
        await import('../../functions/src/lib/happenings');
      const id = `frozen-test-${world.seasonId}`;
      const body: Happening = {
        kind: 'seasonFrozen',
        seasonName: 'Paged',
        seasonId: world.seasonId,
        timeZone: 'Europe/Paris',
        at: Date.now() - 10 * 60 * 1000,
        cursor: null,
        done: false,
      };
      // Written with `set` rather than recorded, so that no trigger fans it out first.
      await happeningRef(id).set({ ...body, done: true });
      await happeningRef(id).update({ done: false });
      // One page of one person, then a crash: the cursor stands after the first.
      const memberships = (
        await (
          await adminDb()
        )
          .collection('memberships')
          .where('seasonId', '==', world.seasonId)
          .get()
      ).docs
        .map((document) => document.id)
        .sort();
      expect(memberships).toHaveLength(3);
      await happeningRef(id).update({ cursor: memberships[0] });
      expect(await finishFanOuts(Date.now())).toBeGreaterThanOrEqual(1);
      const told = await Promise.all(
        [member, captain, otherCaptain].map(
          async (person) =>
            (await toldTo(person.uid)).filter((notice) => notice.id.includes(id)).length,
        ),
      );
      // Everyone after the cursor was told once; the first (told before the crash) not again.
      expect(told.reduce((sum, count) => sum + count, 0)).toBe(2);
      expect((await happeningRef(id).get()).get('done')).toBe(true);
      // A second run finds it done and tells no one again.
      await fanOut(id, 1);
      const again = await Promise.all(
        [member, captain, otherCaptain].map(
          async (person) =>
            (await toldTo(person.uid)).filter((notice) => notice.id.includes(id)).length,
        ),
      );
      expect(again).toEqual(told);
    }));
});

describe('by mail, to those who agreed', () => {
  it('queues an announcement for those who said yes to announcements, and no one else', () =>
    inWorld(async (world) => {
      const { organiser, member, captain } = world.people;
      await member.call('saveMailPreferences', {
        language: 'en',
        kinds: { announcement: true },
      });
      const { announcementId } = (await organiser.call('sendAnnouncement', {
        seasonId: world.seasonId,
        companyId: null,
        title: { fr: 'Fresque jeudi', en: 'Collage on Thursday' },
        message: { fr: 'Inscrivez-vous.', en: 'Register now.' },
      })) as { announcementId: string };
      const db = await adminDb();
      const mailOf = (uid: string) =>
        db.collection('mail').doc(`${TOLD_PREFIX}${announcementId}-${uid}`).get();
      const mail = await eventually(
        () => mailOf(member.uid),
        (snapshot) => snapshot.exists,
        'the announcement mail',
      );
      expect(mail.data()).toMatchObject({
        uid: member.uid,
        body: { kind: 'announcement', announcementId, title: { en: 'Collage on Thursday' } },
      });
      expect(JSON.stringify(mail.data())).not.toContain('@');
      await eventually(
        async () => (await db.collection('happenings').doc(announcementId).get()).get('done'),
        (done) => done === true,
        'the fan-out',
      );
      // The captain never said yes: a notice, no mail.
      expect((await mailOf(captain.uid)).exists).toBe(false);
      expect(ofKind('announcement')(await toldTo(captain.uid))).toHaveLength(1);
    }));

  it('queues an event reminder (a service mail) that is not sent once the event has started', () =>
    inWorld(async (world) => {
      const { member } = world.people;
      const { remindEvents } = await import('../../functions/src/scheduled/daily-news');
      const startsAt = hour(0.5);
      const eventId = await seedEvent(world.seasonId, { startsAt, endsAt: startsAt + 3_600_000 });
      await member.call('registerForEvent', { eventId });
      await remindEvents(Date.now());
      const db = await adminDb();
      const id = `${TOLD_PREFIX}${HAPPENING_IDS.eventStarting(eventId, '1h')}-${member.uid}`;
      const mail = await eventually(
        () => db.collection('mail').doc(id).get(),
        (snapshot) => snapshot.exists,
        'the reminder mail',
      );
      expect(mail.data()).toMatchObject({
        body: { kind: 'eventReminder', eventId, window: '1h', startsAt },
        expiresAt: startsAt,
      });
      // Held past the start (as quiet hours would), it is declined rather than sent late.
      const { deliverMail } = await import('../../functions/src/lib/mail');
      await db
        .collection('mail')
        .doc(id)
        .update({ status: 'pending', notBefore: startsAt + 1 });
      expect(await deliverMail(id, startsAt + 2)).toBe('declined');
      expect((await db.collection('mail').doc(id).get()).get('outcome')).toBe(
        'too late to be of use',
      );
    }));

  it('builds one weekly digest per person who asked for it, in pages, once', () =>
    inWorld(async (world) => {
      const { organiser, member, captain } = world.people;
      const { sendSeasonDigest, digestMailId, digestRunRef } =
        await import('../../functions/src/scheduled/weekly-digest');
      const { wallClock } = await import('../../src/domain/schedule');
      await member.call('saveMailPreferences', { language: 'fr', kinds: { digest: true } });
      const id = await seedSubmission({
        seasonId: world.seasonId,
        teamId: world.teamId,
        uid: member.uid,
        status: 'pending',
      });
      await organiser.call('reviewSubmissions', { submissionIds: [id], decision: 'approve' });
      const db = await adminDb();
      const season = {
        ...((await db.collection('seasons').doc(world.seasonId).get()).data() as object),
        id: world.seasonId,
      } as Parameters<typeof sendSeasonDigest>[0];
      // This week, on the season's calendar (its Monday).
      const today = wallClock(Date.now(), 'Europe/Paris');
      const week = new Date(Date.parse(`${today.day}T00:00:00Z`) - (today.weekday - 1) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      // Pages of one member: three pages for the season's three members, one digest.
      expect(await sendSeasonDigest(season, week, Date.now(), 1)).toBe(1);
      const mail = (
        await db
          .collection('mail')
          .doc(digestMailId(world.seasonId, week, member.uid))
          .get()
      ).data() as {
        body: {
          kind: string;
          team: { name: string };
          done: { approved: number };
          suggestions: unknown[];
        };
      };
      expect(mail.body.kind).toBe('digest');
      expect(mail.body.team.name).toBe('Team one');
      expect(mail.body.done.approved).toBe(1);
      expect(mail.body.suggestions).toHaveLength(3);
      expect(
        (
          await db
            .collection('mail')
            .doc(digestMailId(world.seasonId, week, captain.uid))
            .get()
        ).exists,
      ).toBe(false);
      expect((await digestRunRef(world.seasonId, week).get()).data()).toMatchObject({
        done: true,
        queued: 1,
      });
      // Run again in the same week: nothing more.
      expect(await sendSeasonDigest(season, week, Date.now(), 1)).toBe(0);
    }));
});
