// Every callable against every role: allowed calls succeed, others answer permission-denied (or
// unauthenticated for a stranger) and change nothing. The expectations come from can().
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { doc, setDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/domain/catalogue';
import { can, ROLES, type Capability, type Role } from '../../src/domain/roles';
import { dumpDatabase, errorOf, rulesEnvironment } from '../support/emulators';
import { buildWorld, seasonSettings, type World } from '../support/world';

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

const CASES: readonly Case[] = [
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
    callable: 'saveProfile',
    capability: 'profile.edit',
    payload: () => ({ displayName: 'Ada', pseudonym: 'Renard 33', showRealName: false }),
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
      const before = await dumpDatabase(env);
      const error = await errorOf(shared.people[role].call(callable, payload(shared)));
      expect(error.code).toBe(
        role === 'stranger' ? 'functions/unauthenticated' : 'functions/permission-denied',
      );
      expect(await dumpDatabase(env)).toEqual(before);
    });

    it.each(allowed)('lets %s through', async (role) => {
      const world = await buildWorld();
      try {
        const expectedRefusal = refusedByState?.[role];
        const call = () => world.people[role].call(callable, payload(world));
        if (expectedRefusal) {
          const before = await dumpDatabase(env);
          expect((await errorOf(call())).code).toBe(`functions/${expectedRefusal}`);
          expect(await dumpDatabase(env)).toEqual(before);
        } else {
          await expect(call()).resolves.toBeDefined();
        }
      } finally {
        await world.close();
      }
    });
  },
);
