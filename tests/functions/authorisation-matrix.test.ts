// Every command of the registry against every role: allowed calls answer what the command's
// result schema says and write what they do, others answer permission-denied (or unauthenticated
// for a stranger) and change nothing. The expectations come from can(); a call can() allows that
// the state of the world refuses (not the author, no team) is refused with what the case says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/domain/catalogue';
import { COMMAND_NAMES, COMMANDS, type CommandName } from '../../src/domain/commands';
import { can, ROLES, type Capability, type Role } from '../../src/domain/roles';
import { adminFirestore, clearFirestore, dumpDatabase, errorOf } from '../support/emulators';
import { eventInput, seedEvent, seedNotification } from '../support/events';
import { seedSubmission, TEXT_ACTION, textProof } from '../support/game';
import { buildWorld, hour, seasonSettings, type World } from '../support/world';

interface Case {
  readonly callable: CommandName;
  /** The capability asked, when not the command's own (a season's chat channel). */
  readonly capability?: Capability;
  readonly payload: (world: World) => unknown;
  /** Roles for which the call is allowed by can() but refused by the state of the world. */
  readonly refusedByState?: Partial<Record<Role, string>>;
  /**
   * For callables about the caller's own team rather than team 1, the role each person holds
   * with respect to that team (the captain of team 2 leaving team 2 is its captain).
   */
  readonly ownTeamRole?: Partial<Record<Role, Role>>;
  /** Commands whose effect in a fresh world is their answer alone: they read, or find nothing to change. */
  readonly answerOnly?: true;
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
    payload: async (world) => ({
      submissionId: await submissionOf(world, 'rejected'),
      doneAt: Date.now() - 1000,
      proof: textProof('Fixed: the screenshot of the new setting is attached.'),
    }),
    refusedByState: AUTHOR_ONLY,
  },
  {
    callable: 'withdrawSubmission',
    payload: async (world) => ({ submissionId: await submissionOf(world, 'pending') }),
    refusedByState: AUTHOR_ONLY,
  },
  {
    callable: 'reviewSubmissions',
    payload: async (world) => ({
      submissionIds: [await submissionOf(world, 'pending')],
      decision: 'reject',
      reason: 'The proof does not show the action.',
    }),
  },
  {
    callable: 'revokeSubmission',
    payload: async (world) => ({
      submissionId: await submissionOf(world, 'approved'),
      reason: 'Found to be a copy of another team’s proof.',
    }),
  },
  {
    callable: 'reactToSubmission',
    payload: async (world) => ({
      submissionId: await submissionOf(world, 'approved'),
      on: true,
    }),
  },
  {
    callable: 'correctScore',
    payload: (world) => ({ teamId: world.teamId, points: 5, reason: 'Workshop bonus' }),
  },
  {
    callable: 'setAutoApproval',
    payload: (world) => ({ seasonId: world.seasonId, actionId: TEXT_ACTION.id, on: true }),
  },
  {
    callable: 'reconcileScores',
    payload: (world) => ({ seasonId: world.seasonId }),
  },
  {
    callable: 'pickAction',
    payload: () => ({ actionId: CATALOGUE[0]?.id }),
  },
  {
    callable: 'unpickAction',
    // Nothing is picked in a fresh world: unpicking answers and changes nothing.
    answerOnly: true,
    payload: () => ({ actionId: CATALOGUE[0]?.id }),
  },
  {
    callable: 'claimFirstOrganiser',
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
    payload: () => ({ seasonId: null, settings: seasonSettings() }),
  },
  {
    callable: 'advanceSeason',
    payload: (world) => ({ seasonId: world.seasonId, to: 'frozen' }),
  },
  {
    callable: 'createCompany',
    payload: () => ({ name: `Company ${Math.random()}`, domains: ['example.org'] }),
  },
  {
    callable: 'saveCompanyDomains',
    payload: (world) => ({ companyId: world.companyId, domains: ['acme.com', 'acme.fr'] }),
  },
  {
    callable: 'setOrganiser',
    payload: (world) => ({ email: world.people.employee.email, organiser: true }),
  },
  {
    callable: 'createTeam',
    payload: (world) => ({ seasonId: world.seasonId, companyId: world.companyId, name: 'New' }),
    refusedByState: {
      member: 'failed-precondition',
      captain: 'failed-precondition',
      otherCaptain: 'failed-precondition',
    },
  },
  {
    callable: 'previewInvite',
    answerOnly: true,
    payload: (world) => ({ code: world.code }),
  },
  {
    callable: 'joinTeam',
    payload: (world) => ({ code: world.code }),
  },
  {
    callable: 'leaveTeam',
    payload: (world) => ({ seasonId: world.seasonId }),
    refusedByState: { organiser: 'failed-precondition' },
    ownTeamRole: { otherCaptain: 'captain' },
  },
  {
    callable: 'regenerateInvite',
    payload: (world) => ({ teamId: world.teamId }),
  },
  {
    callable: 'setTeamRole',
    payload: (world) => ({ teamId: world.teamId, uid: world.people.member.uid, role: 'captain' }),
  },
  {
    callable: 'removeMember',
    payload: (world) => ({ teamId: world.teamId, uid: world.people.member.uid }),
  },
  {
    callable: 'handOverCaptaincy',
    payload: (world) => ({ teamId: world.teamId, uid: world.people.member.uid }),
  },
  {
    callable: 'saveEvent',
    payload: (world) => eventInput(world.seasonId),
  },
  {
    callable: 'cancelEvent',
    payload: async (world) => ({ eventId: await seedEvent(world.seasonId) }),
  },
  {
    callable: 'markAttendance',
    // Nobody registered for the event: nobody to mark.
    answerOnly: true,
    payload: async (world) => ({
      eventId: await seedEvent(world.seasonId, { startsAt: hour(-1), endsAt: hour(1) }),
      uids: 'allRegistered',
    }),
  },
  {
    callable: 'registerForEvent',
    payload: async (world) => ({ eventId: await seedEvent(world.seasonId) }),
  },
  {
    callable: 'unregisterFromEvent',
    // The caller is not registered: told so ({ status: null }), nothing changes.
    answerOnly: true,
    payload: async (world) => ({ eventId: await seedEvent(world.seasonId) }),
  },
  {
    callable: 'dismissNotification',
    // The notification is the member's: anyone else allowed to ask is refused by its owner.
    payload: async (world) => ({ notificationId: await seedNotification(world.people.member.uid) }),
    refusedByState: AUTHOR_ONLY,
  },
  {
    callable: 'readAllNotifications',
    // A fresh world has no unread notification for anyone.
    answerOnly: true,
    payload: () => ({}),
  },
  {
    callable: 'nudgeMembers',
    payload: (world) => ({ teamId: world.teamId, idleDays: 7, message: 'One small action?' }),
  },
  {
    callable: 'setSurvey',
    payload: (world) => ({ seasonId: world.seasonId, open: true }),
  },
  {
    callable: 'answerSurvey',
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
    answerOnly: true,
    capability: 'season.report',
    // The season is open: only organisers see its report before it closes.
    payload: (world) => ({ seasonId: world.seasonId }),
  },
  {
    callable: 'sendAnnouncement',
    payload: (world) => ({
      seasonId: world.seasonId,
      companyId: null,
      title: { fr: 'Fresque jeudi', en: 'Collage on Thursday' },
      message: { fr: 'Inscrivez-vous.', en: 'Register now.' },
    }),
  },
  {
    callable: 'runScheduledJob',
    // No fan-out is left unfinished in a fresh world.
    answerOnly: true,
    payload: () => ({ job: 'unfinishedFanOuts' }),
  },
  {
    callable: 'saveProfile',
    payload: () => ({ displayName: 'Ada', pseudonym: 'Renard 33', showRealName: false }),
  },
  {
    callable: 'exportMyData',
    answerOnly: true,
    payload: () => ({}),
  },
  {
    // Each allowed person deletes their own account in the fresh world built for the case, so
    // the shared world (where only the stranger is refused) keeps everyone.
    callable: 'deleteMyAccount',
    // The employee and the organiser hold no document in a fresh world, only their sign-in: what
    // an erasure leaves and removes is checked in data-rights.test.ts.
    answerOnly: true,
    payload: () => ({ confirm: true }),
  },
  {
    callable: 'saveMailPreferences',
    payload: () => ({ language: 'en', kinds: { digest: true } }),
  },
  {
    callable: 'saveChatChannel',
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
    payload: savedTeamChannel,
  },
  {
    callable: 'sendTestPost',
    payload: savedTeamChannel,
  },
];

/**
 * A world with an organiser on record, as in any real season (claimFirstOrganiser must refuse),
 * written with the Admin SDK: a rules-free client made per world loaded Firestore's protos again.
 */
async function organisedWorld(): Promise<World> {
  const world = await buildWorld();
  await (await adminFirestore()).doc('config/app').set({ hasOrganiser: true }, { merge: true });
  return world;
}

/** The world the refusals are tried in: built again after a case cleared the database. */
let shared: World | undefined;
async function sharedWorld(): Promise<World> {
  shared ??= await organisedWorld();
  return shared;
}

/**
 * Each case compares the whole database before and after, so each allowed case starts from an
 * empty one with a world of its own. Kept, the worlds made each comparison slower than the call
 * it checked (about 1,900 documents by the last case).
 */
async function freshWorld(): Promise<World> {
  await shared?.close();
  shared = undefined;
  await clearFirestore();
  return organisedWorld();
}

beforeAll(async () => {
  await clearFirestore();
});

afterAll(async () => {
  await shared?.close();
});

/** The capability a case asks: its own, or its command's. */
const capabilityOf = (entry: Case): Capability =>
  entry.capability ?? COMMANDS[entry.callable].capability;

it('has a case for every command of the registry', () => {
  expect(new Set(CASES.map((entry) => entry.callable))).toEqual(new Set(COMMAND_NAMES));
});

describe.each(CASES)('$callable', (entry) => {
  const { callable, payload, refusedByState, ownTeamRole, answerOnly } = entry;
  const capability = capabilityOf(entry);
  const allows = (role: Role) => can(ownTeamRole?.[role] ?? role, capability);
  /** Refused by the table, or let through by it and refused by the state of the world. */
  const refusalOf = (role: Role): string | undefined => {
    if (!allows(role)) {
      return role === 'stranger' ? 'functions/unauthenticated' : 'functions/permission-denied';
    }
    const byState = refusedByState?.[role];
    return byState && `functions/${byState}`;
  };
  const refused = ROLES.filter((role) => refusalOf(role));

  // A refusal changes nothing, so the refusals share one world, built before the cases below.
  it.each(refused)('refuses %s and changes nothing', async (role) => {
    const world = await sharedWorld();
    const data = await payload(world);
    const before = await dumpDatabase();
    const error = await errorOf(world.people[role].call(callable, data));
    expect(error.code).toBe(refusalOf(role));
    expect(await dumpDatabase()).toEqual(before);
  });

  it.each(ROLES.filter((role) => !refusalOf(role)))('lets %s through', async (role) => {
    const world = await freshWorld();
    try {
      const data = await payload(world);
      const before = await dumpDatabase();
      const answer = await world.people[role].call(callable, data);
      // The answer is the command's result, field by field.
      const parsed = COMMANDS[callable].result.safeParse(answer);
      expect(parsed.error?.issues ?? [], JSON.stringify(answer)).toEqual([]);
      // A command that changes something has written it.
      if (!answerOnly) expect(await dumpDatabase()).not.toEqual(before);
    } finally {
      await world.close();
    }
  });
});

/** Names every plain object answers to through its prototype: never a person, team or action. */
const INHERITED_KEYS = Object.getOwnPropertyNames(Object.prototype);
/** The payload fields that name a document or a person: `…Id`, `…Ids`, `uid`, `uids`. */
const isIdField = (key: string) => /(Id|Ids|^uid|^uids)$/.test(key);
/** Who calls: the most able role the table lets through, so the id is what gets refused. */
const CALLERS: readonly Role[] = ['organiser', 'captain', 'member', 'employee'];

const ID_CASES = CASES.flatMap((entry) => {
  const caller = CALLERS.find(
    (role) =>
      can(entry.ownTeamRole?.[role] ?? role, capabilityOf(entry)) && !entry.refusedByState?.[role],
  );
  return caller ? [{ ...entry, caller }] : [];
});

/** A bulk review passes over ids it cannot find and says so: that is its answer to a bad id. */
const skipsUnknownIds = (answer: unknown, key: string) =>
  (answer as { skipped?: unknown } | null)?.skipped instanceof Array &&
  (answer as { skipped: unknown[] }).skipped.includes(key);

describe('an id every object inherits', () => {
  it('gets not-found or invalid-argument from every callable that takes an id, and changes nothing', async () => {
    const world = await sharedWorld();
    const tried: string[] = [];
    const answers: string[] = [];
    for (const entry of ID_CASES) {
      const valid = (await entry.payload(world)) as Record<string, unknown> | undefined;
      const fields = Object.keys(valid ?? {}).filter(isIdField);
      if (fields.length > 0) tried.push(entry.callable);
      const before = await dumpDatabase();
      for (const field of fields) {
        for (const key of INHERITED_KEYS) {
          const value = Array.isArray(valid?.[field]) ? [key] : key;
          let code: string;
          try {
            const answer = await world.people[entry.caller].call(entry.callable, {
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
