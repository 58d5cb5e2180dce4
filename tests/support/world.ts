// A small season built through the callables, as people would: an organiser opens a season in
// a company; a captain and a member in team 1; the captain of team 2; an employee with no team.
import type { Role } from '../../src/domain/roles';
import { signedInCaller, type Caller } from './emulators';

export interface World {
  readonly seasonId: string;
  /** Its season's name, new in every world (the admin page lists every season by it). */
  readonly seasonName: string;
  readonly companyId: string;
  readonly teamId: string;
  readonly otherTeamId: string;
  readonly code: string;
  readonly otherCode: string;
  readonly people: Record<Role, Caller>;
  close(): Promise<void>;
}

let worlds = 0;

export function hour(hours: number): number {
  return Date.now() + hours * 60 * 60 * 1000;
}

export function seasonSettings(overrides: Record<string, unknown> = {}) {
  worlds += 1;
  return {
    name: `Season ${worlds} ${Date.now()}`,
    timeZone: 'Europe/Paris',
    startsAt: hour(-1),
    endsAt: hour(24 * 30),
    ...overrides,
  };
}

export async function buildWorld(settings: Record<string, unknown> = {}): Promise<World> {
  const { anonymousCaller } = await import('./emulators');
  const [organiser, captain, member, otherCaptain, employee] = await Promise.all([
    signedInCaller({ organiser: true }),
    signedInCaller(),
    signedInCaller(),
    signedInCaller(),
    signedInCaller(),
  ]);
  const season = seasonSettings(settings);
  const { seasonId } = (await organiser.call('saveSeason', {
    seasonId: null,
    settings: season,
  })) as { seasonId: string };
  await organiser.call('advanceSeason', { seasonId, to: 'open' });
  const { companyId } = (await organiser.call('createCompany', {
    name: `Company ${seasonId}`,
  })) as { companyId: string };
  const team = (await captain.call('createTeam', { seasonId, companyId, name: 'Team one' })) as {
    teamId: string;
    code: string;
  };
  const other = (await otherCaptain.call('createTeam', {
    seasonId,
    companyId,
    name: 'Team two',
  })) as { teamId: string; code: string };
  await member.call('joinTeam', { code: team.code });
  const stranger = anonymousCaller();
  const people = { stranger, employee, member, captain, otherCaptain, organiser };
  return {
    seasonId,
    seasonName: String(season.name),
    companyId,
    teamId: team.teamId,
    otherTeamId: other.teamId,
    code: team.code,
    otherCode: other.code,
    people,
    async close() {
      await Promise.all(Object.values(people).map((person) => person.close()));
    },
  };
}

/** Runs a test in a world of its own, closed afterwards whatever the test did. */
export async function inWorld(test: (world: World) => Promise<void>, settings = {}) {
  const world = await buildWorld(settings);
  try {
    await test(world);
  } finally {
    await world.close();
  }
}
