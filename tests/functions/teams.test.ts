// Seasons, teams, memberships and profiles through the callables, read back from Firestore.
import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { spawnSync } from 'node:child_process';
import { doc, getDoc, setDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Team } from '../../src/domain/team';
import {
  dumpDatabase,
  errorOf,
  rulesEnvironment,
  signedInCaller,
  type Caller,
} from '../support/emulators';
import { eventInput } from '../support/events';
import { TEXT_ACTION, textProof } from '../support/game';
import { buildWorld, hour, inWorld, seasonSettings, type World } from '../support/world';

let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await rulesEnvironment();
});
afterAll(async () => {
  await env.cleanup();
});

async function read(path: string): Promise<Record<string, unknown> | undefined> {
  let data: Record<string, unknown> | undefined;
  await env.withSecurityRulesDisabled(async (context) => {
    data = (await getDoc(doc(context.firestore(), path))).data();
  });
  return data;
}

const team = async (teamId: string) => (await read(`teams/${teamId}`)) as Team | undefined;
const membership = (world: World, caller: Caller) =>
  read(`memberships/${world.seasonId}_${caller.uid}`);

describe('createTeam and joinTeam', () => {
  it('make the creator captain and the joiner member, with pseudonyms and no emails', () =>
    inWorld(async (world) => {
      const { captain, member } = world.people;
      const current = await team(world.teamId);
      expect(current?.memberCount).toBe(2);
      expect(current?.members[captain.uid]?.role).toBe('captain');
      expect(current?.members[member.uid]?.role).toBe('member');
      expect(current?.members[member.uid]?.name).toMatch(/^\S+ \d{2}$/);
      expect(JSON.stringify(current)).not.toContain('@');
      expect(await membership(world, member)).toMatchObject({
        teamId: world.teamId,
        role: 'member',
      });
      expect(await read(`teams/${world.teamId}/private/invite`)).toEqual(
        expect.objectContaining({ code: world.code }),
      );
    }));

  it('read a code whatever its case, spaces or dashes', () =>
    inWorld(async (world) => {
      const messy = `${world.code.slice(0, 4).toLowerCase()}-${world.code.slice(4)} `;
      await world.people.employee.call('joinTeam', { code: messy });
      expect((await team(world.teamId))?.members[world.people.employee.uid]?.role).toBe('member');
    }));

  it('refuse a team beyond the size cap, changing nothing', () =>
    inWorld(
      async (world) => {
        const before = await dumpDatabase();
        const error = await errorOf(world.people.employee.call('joinTeam', { code: world.code }));
        expect(error.code).toBe('functions/failed-precondition');
        expect(error.message).toContain('full');
        expect(await dumpDatabase()).toEqual(before);
      },
      { teamSizeCap: 2 },
    ));

  it('preview where a code leads, whatever its case, writing nothing', () =>
    inWorld(async (world) => {
      const before = await dumpDatabase();
      const messy = `${world.code.slice(0, 4).toLowerCase()}-${world.code.slice(4)}`;
      const preview = await world.people.employee.call('previewInvite', { code: messy });
      const current = await team(world.teamId);
      expect(preview).toEqual({
        teamId: world.teamId,
        teamName: current?.name,
        companyName: current?.companyName,
        seasonName: expect.any(String),
        memberCount: 2,
        full: false,
        // The world's season asks no company address, and its company lists no domain.
        domainRefusal: null,
        companyDomains: [],
      });
      expect(JSON.stringify(preview)).not.toContain('@');
      expect(await dumpDatabase()).toEqual(before);
    }));

  it('preview a full team as full, an unknown code as not-found and a malformed one as invalid', () =>
    inWorld(
      async (world) => {
        const { employee } = world.people;
        expect(await employee.call('previewInvite', { code: world.code })).toMatchObject({
          full: true,
        });
        const unknown = await errorOf(employee.call('previewInvite', { code: 'ZZZZ2222' }));
        expect(unknown.code).toBe('functions/not-found');
        const malformed = await errorOf(employee.call('previewInvite', { code: 'nope' }));
        expect(malformed.code).toBe('functions/invalid-argument');
        expect(malformed.message).toMatch(/code/i);
      },
      { teamSizeCap: 2 },
    ));

  it('answer not-found to an unknown code', () =>
    inWorld(async (world) => {
      const error = await errorOf(world.people.employee.call('joinTeam', { code: 'ZZZZ2222' }));
      expect(error.code).toBe('functions/not-found');
    }));

  it('switch a member to another team, leaving the first', () =>
    inWorld(async (world) => {
      const { member } = world.people;
      await member.call('joinTeam', { code: world.otherCode });
      expect((await team(world.teamId))?.members[member.uid]).toBeUndefined();
      expect((await team(world.otherTeamId))?.members[member.uid]?.role).toBe('member');
      expect(await membership(world, member)).toMatchObject({ teamId: world.otherTeamId });
    }));

  it('refuse a second team in the same season', () =>
    inWorld(async (world) => {
      const error = await errorOf(
        world.people.member.call('createTeam', {
          seasonId: world.seasonId,
          companyId: world.companyId,
          name: 'Another',
        }),
      );
      expect(error.code).toBe('functions/failed-precondition');
    }));

  it('refuse changes after the cut-off', async () => {
    const organiser = await signedInCaller({ organiser: true });
    const employee = await signedInCaller();
    const { seasonId } = (await organiser.call('saveSeason', {
      seasonId: null,
      settings: seasonSettings({ startsAt: hour(-3), teamChangeCutoff: hour(-1) }),
    })) as { seasonId: string };
    await organiser.call('advanceSeason', { seasonId, to: 'open' });
    const { companyId } = (await organiser.call('createCompany', {
      name: `Late ${seasonId}`,
    })) as { companyId: string };
    const error = await errorOf(
      employee.call('createTeam', { seasonId, companyId, name: 'Too late' }),
    );
    expect(error.code).toBe('functions/failed-precondition');
    await Promise.all([organiser.close(), employee.close()]);
  });
});

describe('captains', () => {
  it('hand over: the member leads, the former captain is a member', () =>
    inWorld(async (world) => {
      const { captain, member } = world.people;
      await captain.call('handOverCaptaincy', { teamId: world.teamId, uid: member.uid });
      const current = await team(world.teamId);
      expect(current?.members[member.uid]?.role).toBe('captain');
      expect(current?.members[captain.uid]?.role).toBe('member');
      expect(await membership(world, captain)).toMatchObject({ role: 'member' });
      // The former captain can no longer manage members.
      const error = await errorOf(
        captain.call('removeMember', { teamId: world.teamId, uid: member.uid }),
      );
      expect(error.code).toBe('functions/permission-denied');
    }));

  it('when the last captain leaves, the earliest member becomes captain', () =>
    inWorld(async (world) => {
      const { captain, member, employee } = world.people;
      await employee.call('joinTeam', { code: world.code });
      await captain.call('leaveTeam', { seasonId: world.seasonId });
      const current = await team(world.teamId);
      expect(current?.members[captain.uid]).toBeUndefined();
      expect(current?.members[member.uid]?.role).toBe('captain');
      expect(current?.members[employee.uid]?.role).toBe('member');
      expect(await membership(world, captain)).toBeUndefined();
    }));

  it('co-captains: named, then a team never left without a captain', () =>
    inWorld(async (world) => {
      const { captain, member } = world.people;
      await captain.call('setTeamRole', { teamId: world.teamId, uid: member.uid, role: 'captain' });
      expect(await membership(world, member)).toMatchObject({ role: 'captain' });
      await member.call('setTeamRole', { teamId: world.teamId, uid: captain.uid, role: 'member' });
      const error = await errorOf(
        member.call('setTeamRole', { teamId: world.teamId, uid: member.uid, role: 'member' }),
      );
      expect(error.code).toBe('functions/failed-precondition');
    }));

  it('a new invite code replaces the old one at once', () =>
    inWorld(async (world) => {
      const { code } = (await world.people.captain.call('regenerateInvite', {
        teamId: world.teamId,
      })) as { code: string };
      expect(code).not.toBe(world.code);
      const old = await errorOf(world.people.employee.call('joinTeam', { code: world.code }));
      expect(old.code).toBe('functions/not-found');
      await world.people.employee.call('joinTeam', { code });
      expect((await team(world.teamId))?.memberCount).toBe(3);
    }));

  it('removing a member deletes their membership', () =>
    inWorld(async (world) => {
      const { captain, member } = world.people;
      await captain.call('removeMember', { teamId: world.teamId, uid: member.uid });
      expect((await team(world.teamId))?.members[member.uid]).toBeUndefined();
      expect(await membership(world, member)).toBeUndefined();
    }));
});

describe('profiles', () => {
  it('boards show the pseudonym unless the person opts in to their real name', () =>
    inWorld(async (world) => {
      const { member } = world.people;
      await member.call('saveProfile', {
        displayName: 'Ada Lovelace',
        pseudonym: 'Chouette 77',
        showRealName: false,
      });
      expect((await team(world.teamId))?.members[member.uid]?.name).toBe('Chouette 77');
      await member.call('saveProfile', {
        displayName: 'Ada Lovelace',
        pseudonym: 'Chouette 77',
        showRealName: true,
      });
      expect((await team(world.teamId))?.members[member.uid]?.name).toBe('Ada Lovelace');
    }));

  it('refuses a pseudonym that holds an email address', async () => {
    const person = await signedInCaller();
    const error = await errorOf(
      person.call('saveProfile', { displayName: '', pseudonym: 'me@x.org', showRealName: false }),
    );
    expect(error.code).toBe('functions/invalid-argument');
    expect(error.message).toContain('email');
    await person.close();
  });
});

describe('seasons', () => {
  it('refuses settings whose end comes before the start, saying so', async () => {
    const organiser = await signedInCaller({ organiser: true });
    const error = await errorOf(
      organiser.call('saveSeason', {
        seasonId: null,
        settings: seasonSettings({ startsAt: hour(10), endsAt: hour(5) }),
      }),
    );
    expect(error.code).toBe('functions/invalid-argument');
    expect(error.message).toContain('The end must come after the start.');
    await organiser.close();
  });

  it('fills the defaults: 3 days back, freeze 2 days before the end, all actions', async () => {
    const organiser = await signedInCaller({ organiser: true });
    const settings = seasonSettings();
    const { seasonId } = (await organiser.call('saveSeason', { seasonId: null, settings })) as {
      seasonId: string;
    };
    expect(await read(`seasons/${seasonId}`)).toMatchObject({
      state: 'draft',
      logBackDays: 3,
      freezeAt: (settings.endsAt as number) - 2 * 24 * 60 * 60 * 1000,
      actionIds: null,
      rankingRule: 'total',
    });
    await organiser.close();
  });

  it('moves one state at a time, by hand', () =>
    inWorld(async (world) => {
      const { organiser } = world.people;
      const skip = await errorOf(
        organiser.call('advanceSeason', { seasonId: world.seasonId, to: 'closed' }),
      );
      expect(skip.code).toBe('functions/failed-precondition');
      await organiser.call('advanceSeason', { seasonId: world.seasonId, to: 'frozen' });
      expect(await read(`seasons/${world.seasonId}`)).toMatchObject({ state: 'frozen' });
      // A frozen season no longer lets people change team.
      const error = await errorOf(world.people.employee.call('joinTeam', { code: world.code }));
      expect(error.code).toBe('functions/failed-precondition');
    }));

  it('the scheduled handler moves seasons on their dates', () =>
    inWorld(async (world) => {
      process.env.GCLOUD_PROJECT ??= 'demo-techforgood';
      const { applySeasonDates } = await import('../../functions/src/scheduled/season-tick');
      const season = await read(`seasons/${world.seasonId}`);
      const moved = await applySeasonDates((season?.freezeAt as number) + 1);
      expect(moved).toContainEqual({ id: world.seasonId, to: 'frozen' });
      expect(await read(`seasons/${world.seasonId}`)).toMatchObject({ state: 'frozen' });
      await applySeasonDates((season?.endsAt as number) + 1);
      expect(await read(`seasons/${world.seasonId}`)).toMatchObject({ state: 'closed' });
    }));
});

describe('every change of members asks one rule', () => {
  it('refuses every change of membership once the board is frozen, to everyone, changing nothing', () =>
    inWorld(async (world) => {
      const { organiser, captain, member, employee } = world.people;
      await organiser.call('advanceSeason', { seasonId: world.seasonId, to: 'frozen' });
      const before = await dumpDatabase();
      const changes: [string, () => Promise<unknown>][] = [
        ['join', () => employee.call('joinTeam', { code: world.code })],
        [
          'create',
          () =>
            employee.call('createTeam', {
              seasonId: world.seasonId,
              companyId: world.companyId,
              name: 'Late team',
            }),
        ],
        ['leave', () => member.call('leaveTeam', { seasonId: world.seasonId })],
        [
          'removed by the captain',
          () => captain.call('removeMember', { teamId: world.teamId, uid: member.uid }),
        ],
        [
          'removed by an organiser',
          () => organiser.call('removeMember', { teamId: world.teamId, uid: member.uid }),
        ],
      ];
      for (const [what, change] of changes) {
        const error = await errorOf(change());
        expect({ what, code: error.code }).toEqual({ what, code: 'functions/failed-precondition' });
        expect(error.message).toContain('Teams can no longer change in this season.');
      }
      expect(await dumpDatabase()).toEqual(before);
      expect((await team(world.teamId))?.memberCount).toBe(2);
    }));
});

describe('a draft season', () => {
  it('is not-found to everyone but organisers: its teams, events and registrations are theirs', async () => {
    const world = await buildWorld();
    const { organiser, employee, member } = world.people;
    try {
      const { seasonId } = (await organiser.call('saveSeason', {
        seasonId: null,
        settings: seasonSettings(),
      })) as { seasonId: string };
      // Organisers prepare it: a team and an event in the draft.
      const draftTeam = (await organiser.call('createTeam', {
        seasonId,
        companyId: world.companyId,
        name: 'Prepared team',
      })) as { teamId: string; code: string };
      const { eventId } = (await organiser.call('saveEvent', eventInput(seasonId))) as {
        eventId: string;
      };
      const before = await dumpDatabase();
      const attempts: [string, () => Promise<unknown>][] = [
        ['preview', () => employee.call('previewInvite', { code: draftTeam.code })],
        ['join', () => employee.call('joinTeam', { code: draftTeam.code })],
        [
          'create',
          () =>
            employee.call('createTeam', { seasonId, companyId: world.companyId, name: 'Squat' }),
        ],
        ['leave', () => member.call('leaveTeam', { seasonId })],
        ['register', () => employee.call('registerForEvent', { eventId })],
        ['unregister', () => employee.call('unregisterFromEvent', { eventId })],
        [
          'submit',
          () =>
            member.call('submitAction', {
              seasonId,
              actionId: TEXT_ACTION.id,
              doneAt: Date.now() - 60_000,
              proof: textProof(),
            }),
        ],
        [
          'survey',
          () =>
            member.call('answerSurvey', {
              seasonId,
              keepGoing: 'yes',
              rating: 5,
              favouriteTheme: null,
              comment: '',
            }),
        ],
      ];
      for (const [what, attempt] of attempts) {
        const error = await errorOf(attempt());
        expect({ what, code: error.code }).toEqual({ what, code: 'functions/not-found' });
      }
      expect(await dumpDatabase()).toEqual(before);

      // The rules agree: the draft's team and event are unreadable to a player.
      const player = env.authenticatedContext(employee.uid).firestore();
      await assertFails(getDoc(doc(player, `teams/${draftTeam.teamId}`)));
      await assertFails(getDoc(doc(player, `events/${eventId}`)));
      const asOrganiser = env.authenticatedContext(organiser.uid, { organiser: true }).firestore();
      await assertSucceeds(getDoc(doc(asOrganiser, `events/${eventId}`)));

      // Once published, the same invite is seen.
      await organiser.call('advanceSeason', { seasonId, to: 'open' });
      expect(await employee.call('previewInvite', { code: draftTeam.code })).toMatchObject({
        teamId: draftTeam.teamId,
      });
      await assertSucceeds(getDoc(doc(player, `teams/${draftTeam.teamId}`)));
    } finally {
      await world.close();
    }
  });
});

describe('organisers', () => {
  it('`npm run organiser -- grant EMAIL` makes an existing account an organiser', async () => {
    const person = await signedInCaller();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['scripts/organiser.mjs', ...args], { encoding: 'utf8' });
    const granted = run('grant', person.email ?? '');
    expect(granted.stdout).toContain('is now an organiser');
    expect(granted.status).toBe(0);
    expect(await read(`organisers/${person.uid}`)).toMatchObject({ email: person.email });
    // The new claim lets them do what organisers do.
    await person.refreshToken();
    await expect(
      person.call('createCompany', { name: `Granted ${person.uid}` }),
    ).resolves.toBeDefined();

    const unknown = run('grant', 'nobody-at-all@example.test');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('No account has the email nobody-at-all@example.test');
    await person.close();
  });

  it('the first account on empty data may become organiser, and only the first', async () => {
    await env.withSecurityRulesDisabled(async (context) => {
      await setDoc(
        doc(context.firestore(), 'config/app'),
        { hasOrganiser: false },
        { merge: true },
      );
    });
    const first = await signedInCaller();
    const second = await signedInCaller();
    await first.call('claimFirstOrganiser', {});
    expect(await read(`organisers/${first.uid}`)).toBeDefined();
    expect(await read(`profiles/${first.uid}`)).toMatchObject({ organiser: true });
    const error = await errorOf(second.call('claimFirstOrganiser', {}));
    expect(error.code).toBe('functions/failed-precondition');
    await Promise.all([first.close(), second.close()]);
  });

  it('an organiser grants and removes the role by email', async () => {
    const organiser = await signedInCaller({ organiser: true });
    const person = await signedInCaller();
    await organiser.call('setOrganiser', { email: person.email, organiser: true });
    expect(await read(`organisers/${person.uid}`)).toMatchObject({ email: person.email });
    expect(await read(`profiles/${person.uid}`)).toMatchObject({ organiser: true });
    await organiser.call('setOrganiser', { email: person.email, organiser: false });
    expect(await read(`organisers/${person.uid}`)).toBeUndefined();
    const unknown = await errorOf(
      organiser.call('setOrganiser', { email: 'nobody@example.test', organiser: true }),
    );
    expect(unknown.code).toBe('functions/not-found');
    await Promise.all([organiser.close(), person.close()]);
  });
});
