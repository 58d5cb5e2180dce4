// Notifications through the callables: a review tells the author, a captain's nudge reaches the
// idle members once per 48 hours, and "mark all read" touches the caller's own only.
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notification } from '../../src/domain/notifications';
import type { NudgeLog } from '../../src/domain/nudges';
import { PATHS } from '../../src/domain/paths';
import { dumpDatabase, errorOf, rulesEnvironment } from '../support/emulators';
import { seedNotification } from '../support/events';
import { adminDb, seedSubmission } from '../support/game';
import { inWorld } from '../support/world';

let env: RulesTestEnvironment;
beforeAll(async () => {
  env = await rulesEnvironment();
});
afterAll(async () => {
  await env.cleanup();
});

async function notificationsOf(uid: string): Promise<(Notification & { id: string })[]> {
  const db = await adminDb();
  const snapshot = await db.collection('notifications').where('uid', '==', uid).get();
  return snapshot.docs
    .map((document) => ({ ...(document.data() as Notification), id: document.id }))
    .sort((a, b) => a.at - b.at);
}

describe('reviewSubmissions', () => {
  it('tells the author of an approval its points and of a rejection its reason', () =>
    inWorld(async (world) => {
      const { organiser, member } = world.people;
      const seed = () =>
        seedSubmission({
          seasonId: world.seasonId,
          teamId: world.teamId,
          uid: member.uid,
          status: 'pending',
          points: 7,
        });
      const [approved, rejected] = [await seed(), await seed()];
      await organiser.call('reviewSubmissions', { submissionIds: [approved], decision: 'approve' });
      await organiser.call('reviewSubmissions', {
        submissionIds: [rejected],
        decision: 'reject',
        reason: 'The screenshot does not show the setting.',
      });
      // The review's own notices (the team's first action in a theme is told apart, by a trigger).
      const notices = (await notificationsOf(member.uid)).filter((notice) =>
        notice.kind.startsWith('submission'),
      );
      expect(notices).toHaveLength(2);
      expect(notices[0]).toMatchObject({
        kind: 'submissionApproved',
        submissionId: approved,
        points: 7,
        read: false,
      });
      expect(notices[1]).toMatchObject({
        kind: 'submissionRejected',
        submissionId: rejected,
        reason: 'The screenshot does not show the setting.',
      });
      expect(JSON.stringify(notices[1])).toMatch(/"title":\{"fr":"[^"]+"/);
      expect(JSON.stringify(notices)).not.toContain('@');
    }));
});

describe('readAllNotifications', () => {
  it('marks the caller’s unread notifications read, and nobody else’s', () =>
    inWorld(async (world) => {
      const { member, captain } = world.people;
      await Promise.all([1, 2, 3].map(() => seedNotification(member.uid)));
      const theirs = await seedNotification(captain.uid);
      expect(await member.call('readAllNotifications', {})).toEqual({ read: 3 });
      expect((await notificationsOf(member.uid)).every((notice) => notice.read)).toBe(true);
      expect((await notificationsOf(captain.uid)).find((n) => n.id === theirs)?.read).toBe(false);
      expect(await member.call('readAllNotifications', {})).toEqual({ read: 0 });
    }));
});

describe('nudgeMembers', () => {
  it('nudges the idle members once per 48 hours and logs when', () =>
    inWorld(async (world) => {
      const { captain, member } = world.people;
      const payload = { teamId: world.teamId, idleDays: 7, message: '  One small action?  ' };
      expect(await captain.call('nudgeMembers', payload)).toEqual({
        nudged: 1,
        recentlyNudged: 0,
      });
      const [notice] = await notificationsOf(member.uid);
      expect(notice).toMatchObject({
        kind: 'nudge',
        teamId: world.teamId,
        message: 'One small action?',
      });
      expect(notice).toMatchObject({ from: expect.stringMatching(/\S/) as unknown });
      // The captain does not nudge themself.
      expect(await notificationsOf(captain.uid)).toEqual([]);
      const db = await adminDb();
      const log = (await db.doc(PATHS.teamNudges(world.teamId)).get()).data() as NudgeLog;
      expect(log.lastNudgedAt[member.uid]).toBe(notice?.at);

      // Again at once: the member was nudged less than 48 hours ago.
      expect(await captain.call('nudgeMembers', payload)).toEqual({
        nudged: 0,
        recentlyNudged: 1,
      });
      expect(await notificationsOf(member.uid)).toHaveLength(1);
    }));

  it('leaves out members who sent something lately, and refuses bad input with nothing changed', () =>
    inWorld(async (world) => {
      const { captain, member } = world.people;
      await seedSubmission({
        seasonId: world.seasonId,
        teamId: world.teamId,
        uid: member.uid,
        status: 'rejected',
      });
      expect(
        await captain.call('nudgeMembers', { teamId: world.teamId, idleDays: 3, message: 'Hi' }),
      ).toEqual({ nudged: 0, recentlyNudged: 0 });
      const before = await dumpDatabase();
      for (const bad of [
        { teamId: world.teamId, idleDays: 0, message: 'Hi' },
        { teamId: world.teamId, idleDays: 7, message: '   ' },
        { teamId: world.teamId, idleDays: 7, message: 'x'.repeat(281) },
      ]) {
        expect((await errorOf(captain.call('nudgeMembers', bad))).code).toBe(
          'functions/invalid-argument',
        );
      }
      expect(await dumpDatabase()).toEqual(before);
    }));
});
