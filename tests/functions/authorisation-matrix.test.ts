// Every callable against every role: allowed calls succeed, others answer permission-denied (or
// unauthenticated for a stranger) and change nothing. The expectations come from can().
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { doc, setDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/domain/catalogue';
import { can, ROLES, type Capability, type Role } from '../../src/domain/roles';
import { dumpDatabase, errorOf, rulesEnvironment } from '../support/emulators';
import { eventInput, seedEvent, seedNotification } from '../support/events';
import { seedSubmission, TEXT_ACTION, textProof } from '../support/game';
import { buildWorld, hour, seasonSettings, type World } from '../support/world';

interface Case {
  readonly callable: string;
  readonly capability: Capability;
  readonly payload: (world: World) => unknown;
  /** Roles for which the call is allowed by can() but refused by the state of the world. */
  readonly refusedByState?: Partial<Record<Role, string>>;
  /**
   * For callables about the caller's own team rather than team 1, the role each person holds
   * with respect to that team (the captain of team 2 leaving team 2 is its captain).
   */
  readonly ownTeamRole?: Partial<Record<Role, Role>>;
}

/** A submission by team 1's member, in the given state, for the callables that act on one. */
const submissionOf = (world: World, status: 'pending' | 'approved' | 'rejected') =>
  seedSubmission({
    seasonId: world.seasonId,
    teamId: world.teamId,
    uid: world.people.member.uid,
    status,
  });

/** Anyone signed in may ask; only the author is let through by the submission's state. */
const AUTHOR_ONLY: Partial<Record<Role, string>> = {
  employee: 'failed-precondition',
  captain: 'failed-precondition',
  otherCaptain: 'failed-precondition',
  organiser: 'failed-precondition',
};

/**
 * A chat channel's URL: a loopback receiver, allowed on the emulators. Nothing listens on port 9,
 * so a test post fails fast and is logged.
 */
const RECEIVER = 'http://127.0.0.1:9/matrix';
const teamChannel = (world: World) => ({
  scope: 'team',
  seasonId: world.seasonId,
  teamId: world.teamId,
  kind: 'slack',
  url: RECEIVER,
  language: 'fr',
});
/** Team 1's channel, set by its captain: its id. */
const savedTeamChannel = async (world: World) => {
  const saved = await world.people.captain.call('saveChatChannel', teamChannel(world));
  return { channelId: (saved as { channelId: string }).channelId };
};

const CASES: readonly Case[] = [
  {
    callable: 'submitAction',
    capability: 'submissions.submit',
    payload: (world) => ({
      seasonId: world.seasonId,
      actionId: TEXT_ACTION.id,
      doneAt: Date.now() - 1000,
      proof: textProof(),
    }),
    // Submitting needs a team: the employee and the organiser have none in this world.
    refusedByState: { employee: 'failed-precondition', organiser: 'failed-precondition' },
  },
  {
    callable: 'resubmitAction',
    capability: 'submissions.own',
    payload: async (world) => ({
      submissionId: await submissionOf(world, 'rejected'),
      doneAt: Date.now() - 1000,
      proof: textProof('Fixed: the screenshot of the new setting is attached.'),
    }),
    refusedByState: AUTHOR_ONLY,
  },
  {
    callable: 'withdrawSubmission',
    capability: 'submissions.own',
    payload: async (world) => ({ submissionId: await submissionOf(world, 'pending') }),
    refusedByState: AUTHOR_ONLY,
  },
  {
    callable: 'reviewSubmissions',
    capability: 'submissions.review',
    payload: async (world) => ({
      submissionIds: [await submissionOf(world, 'pending')],
      decision: 'reject',
      reason: 'The proof does not show the action.',
    }),
  },
  {
    callable: 'revokeSubmission',
    capability: 'submissions.review',
    payload: async (world) => ({
      submissionId: await submissionOf(world, 'approved'),
      reason: 'Found to be a copy of another team’s proof.',
    }),
  },
  {
    callable: 'reactToSubmission',
    capability: 'submissions.react',
    payload: async (world) => ({
      submissionId: await submissionOf(world, 'approved'),
      on: true,
    }),
  },
  {
    callable: 'correctScore',
    capability: 'scores.correct',
    payload: (world) => ({ teamId: world.teamId, points: 5, reason: 'Workshop bonus' }),
  },
  {
    callable: 'setAutoApproval',
    capability: 'game.configure',
    payload: (world) => ({ seasonId: world.seasonId, actionId: TEXT_ACTION.id, on: true }),
  },
  {
    callable: 'reconcileScores',
    capability: 'scores.reconcile',
    payload: (world) => ({ seasonId: world.seasonId }),
  },
  {
    callable: 'pickAction',
    capability: 'picks.edit',
    payload: () => ({ actionId: CATALOGUE[0]?.id }),
  },
  {
    callable: 'unpickAction',
    capability: 'picks.edit',
    payload: () => ({ actionId: CATALOGUE[0]?.id }),
  },
  {
    callable: 'claimFirstOrganiser',
    capability: 'organisers.bootstrap',
    payload: () => ({}),
    // Organisers exist in every world: everyone allowed to ask is told so.
    refusedByState: {
      employee: 'failed-precondition',
      member: 'failed-precondition',
      captain: 'failed-precondition',
      otherCaptain: 'failed-precondition',
      organiser: 'failed-precondition',
    },
  },
  {
    callable: 'saveSeason',
    capability: 'season.manage',
    payload: () => ({ seasonId: null, settings: seasonSettings() }),
  },
  {
    callable: 'advanceSeason',
    capability: 'season.manage',
    payload: (world) => ({ seasonId: world.seasonId, to: 'frozen' }),
  },
  {
    callable: 'createCompany',
    capability: 'companies.manage',
    payload: () => ({ name: `Company ${Math.random()}` }),
  },
  {
    callable: 'setOrganiser',
    capability: 'organisers.manage',
    payload: (world) => ({ email: world.people.employee.email, organiser: true }),
  },
  {
    callable: 'createTeam',
    capability: 'team.create',
    payload: (world) => ({ seasonId: world.seasonId, companyId: world.companyId, name: 'New' }),
    refusedByState: {
      member: 'failed-precondition',
      captain: 'failed-precondition',
      otherCaptain: 'failed-precondition',
    },
  },
  {
    callable: 'previewInvite',
    capability: 'season.read',
    payload: (world) => ({ code: world.code }),
  },
  {
    callable: 'joinTeam',
    capability: 'team.join',
    payload: (world) => ({ code: world.code }),
  },
  {
    callable: 'leaveTeam',
    capability: 'team.leave',
    payload: (world) => ({ seasonId: world.seasonId }),
    refusedByState: { organiser: 'failed-precondition' },
    ownTeamRole: { otherCaptain: 'captain' },
  },
  {
    callable: 'regenerateInvite',
    capability: 'team.regenerateInvite',
    payload: (world) => ({ teamId: world.teamId }),
  },
  {
    callable: 'setTeamRole',
    capability: 'team.manageMembers',
    payload: (world) => ({ teamId: world.teamId, uid: world.people.member.uid, role: 'captain' }),
  },
  {
    callable: 'removeMember',
    capability: 'team.manageMembers',
    payload: (world) => ({ teamId: world.teamId, uid: world.people.member.uid }),
  },
  {
    callable: 'handOverCaptaincy',
    capability: 'team.handOver',
    payload: (world) => ({ teamId: world.teamId, uid: world.people.member.uid }),
  },
  {
    callable: 'saveEvent',
    capability: 'events.manage',
    payload: (world) => eventInput(world.seasonId),
  },
  {
    callable: 'cancelEvent',
    capability: 'events.manage',
    payload: async (world) => ({ eventId: await seedEvent(world.seasonId) }),
  },
  {
    callable: 'markAttendance',
    capability: 'events.manage',
    payload: async (world) => ({
      eventId: await seedEvent(world.seasonId, { startsAt: hour(-1), endsAt: hour(1) }),
      uids: 'allRegistered',
    }),
  },
  {
    callable: 'registerForEvent',
    capability: 'events.register',
    payload: async (world) => ({ eventId: await seedEvent(world.seasonId) }),
  },
  {
    callable: 'unregisterFromEvent',
    capability: 'events.register',
    payload: async (world) => ({ eventId: await seedEvent(world.seasonId) }),
  },
  {
    callable: 'dismissNotification',
    capability: 'notifications.own',
    // The notification is the member's: anyone else allowed to ask is refused by its owner.
    payload: async (world) => ({ notificationId: await seedNotification(world.people.member.uid) }),
    refusedByState: AUTHOR_ONLY,
  },
  {
    callable: 'readAllNotifications',
    capability: 'notifications.own',
    payload: () => ({}),
  },
  {
    callable: 'nudgeMembers',
    capability: 'team.nudge',
    payload: (world) => ({ teamId: world.teamId, idleDays: 7, message: 'One small action?' }),
  },
  {
    callable: 'setSurvey',
    capability: 'survey.manage',
    payload: (world) => ({ seasonId: world.seasonId, open: true }),
  },
  {
    callable: 'answerSurvey',
    capability: 'survey.answer',
    payload: async (world) => {
      await world.people.organiser.call('setSurvey', { seasonId: world.seasonId, open: true });
      return {
        seasonId: world.seasonId,
        keepGoing: 'yes',
        rating: 4,
        favouriteTheme: null,
        comment: '',
      };
    },
    // Only people with a team this season answer: the employee and the organiser have none.
    refusedByState: { employee: 'failed-precondition', organiser: 'failed-precondition' },
  },
  {
    callable: 'getSeasonReport',
    capability: 'season.report',
    // The season is open: only organisers see its report before it closes.
    payload: (world) => ({ seasonId: world.seasonId }),
  },
  {
    callable: 'sendAnnouncement',
    capability: 'announcements.send',
    payload: (world) => ({
      seasonId: world.seasonId,
      companyId: null,
      title: { fr: 'Fresque jeudi', en: 'Collage on Thursday' },
      message: { fr: 'Inscrivez-vous.', en: 'Register now.' },
    }),
  },
  {
    callable: 'runScheduledJob',
    capability: 'jobs.run',
    payload: () => ({ job: 'unfinishedFanOuts' }),
  },
  {
    callable: 'saveProfile',
    capability: 'profile.edit',
    payload: () => ({ displayName: 'Ada', pseudonym: 'Renard 33', showRealName: false }),
  },
  {
    callable: 'exportMyData',
    capability: 'account.own',
    payload: () => ({}),
  },
  {
    // Each allowed person deletes their own account in the fresh world built for the case, so
    // the shared world (where only the stranger is refused) keeps everyone.
    callable: 'deleteMyAccount',
    capability: 'account.own',
    payload: () => ({ confirm: true }),
  },
  {
    callable: 'saveMailPreferences',
    capability: 'mail.own',
    payload: () => ({ language: 'en', kinds: { digest: true } }),
  },
  {
    callable: 'saveChatChannel',
    capability: 'chat.manageTeam',
    payload: (world) => teamChannel(world),
  },
  {
    callable: 'saveChatChannel',
    capability: 'chat.manageSeason',
    payload: (world) => ({
      scope: 'season',
      seasonId: world.seasonId,
      kind: 'slack',
      url: RECEIVER,
      language: 'en',
    }),
  },
  {
    callable: 'removeChatChannel',
    capability: 'chat.manageTeam',
    payload: savedTeamChannel,
  },
  {
    callable: 'sendTestPost',
    capability: 'chat.manageTeam',
    payload: savedTeamChannel,
  },
];

let env: RulesTestEnvironment;
let shared: World;

beforeAll(async () => {
  env = await rulesEnvironment();
  shared = await buildWorld();
  // An organiser exists, as in any real season: claimFirstOrganiser must refuse.
  await env.withSecurityRulesDisabled(async (context) => {
    await setDoc(doc(context.firestore(), 'config/app'), { hasOrganiser: true }, { merge: true });
  });
}, 120_000);

afterAll(async () => {
  await shared.close();
  await env.cleanup();
});

describe.each(CASES)(
  '$callable',
  ({ callable, capability, payload, refusedByState, ownTeamRole }) => {
    const allows = (role: Role) => can(ownTeamRole?.[role] ?? role, capability);
    const denied = ROLES.filter((role) => !allows(role));
    const allowed = ROLES.filter(allows);

    it.each(denied)('refuses %s and changes nothing', async (role) => {
      const data = await payload(shared);
      const before = await dumpDatabase();
      const error = await errorOf(shared.people[role].call(callable, data));
      expect(error.code).toBe(
        role === 'stranger' ? 'functions/unauthenticated' : 'functions/permission-denied',
      );
      expect(await dumpDatabase()).toEqual(before);
    });

    it.each(allowed)('lets %s through', async (role) => {
      const world = await buildWorld();
      try {
        const expectedRefusal = refusedByState?.[role];
        const data = await payload(world);
        const call = () => world.people[role].call(callable, data);
        if (expectedRefusal) {
          const before = await dumpDatabase();
          expect((await errorOf(call())).code).toBe(`functions/${expectedRefusal}`);
          expect(await dumpDatabase()).toEqual(before);
        } else {
          await expect(call()).resolves.toBeDefined();
        }
      } finally {
        await world.close();
      }
    });
  },
);

/** Names every plain object answers to through its prototype: never a person, team or action. */
const INHERITED_KEYS = Object.getOwnPropertyNames(Object.prototype);
/** The payload fields that name a document or a person: `…Id`, `…Ids`, `uid`, `uids`. */
const isIdField = (key: string) => /(Id|Ids|^uid|^uids)$/.test(key);
/** Who calls: the most able role the table lets through, so the id is what gets refused. */
const CALLERS: readonly Role[] = ['organiser', 'captain', 'member', 'employee'];

const ID_CASES = CASES.flatMap((entry) => {
  const caller = CALLERS.find(
    (role) =>
      can(entry.ownTeamRole?.[role] ?? role, entry.capability) && !entry.refusedByState?.[role],
  );
  return caller ? [{ ...entry, caller }] : [];
});

/** A bulk review passes over ids it cannot find and says so: that is its answer to a bad id. */
const skipsUnknownIds = (answer: unknown, key: string) =>
  (answer as { skipped?: unknown } | null)?.skipped instanceof Array &&
  (answer as { skipped: unknown[] }).skipped.includes(key);

describe('an id every object inherits', () => {
  it('gets not-found or invalid-argument from every callable that takes an id, and changes nothing', async () => {
    const tried: string[] = [];
    const answers: string[] = [];
    for (const entry of ID_CASES) {
      const valid = (await entry.payload(shared)) as Record<string, unknown> | undefined;
      const fields = Object.keys(valid ?? {}).filter(isIdField);
      if (fields.length > 0) tried.push(entry.callable);
      const before = await dumpDatabase();
      for (const field of fields) {
        for (const key of INHERITED_KEYS) {
          const value = Array.isArray(valid?.[field]) ? [key] : key;
          let code: string;
          try {
            const answer = await shared.people[entry.caller].call(entry.callable, {
              ...valid,
              [field]: value,
            });
            code = skipsUnknownIds(answer, key) ? 'skipped' : 'answered';
          } catch (error) {
            code = (error as { code: string }).code;
          }
          if (!['functions/not-found', 'functions/invalid-argument', 'skipped'].includes(code)) {
            answers.push(`${entry.callable} ${field}=${key}: ${code}`);
          }
        }
      }
      expect(await dumpDatabase(), entry.callable).toEqual(before);
    }
    expect(answers).toEqual([]);
    // Teams, members, submissions, events, actions, seasons: most callables take one.
    expect(tried.length).toBeGreaterThan(20);
  }, 600_000);
});
