import { describe, expect, it } from 'vitest';
import {
  CAPABILITIES,
  PERMISSIONS,
  ROLES,
  can,
  roleFor,
  type Actor,
  type Capability,
  type Role,
  type TeamMembershipView,
} from './roles';

const allowed = (role: Role): Capability[] =>
  CAPABILITIES.filter((capability) => can(role, capability));

describe('can', () => {
  it('has an entry in the table for every capability', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...CAPABILITIES].sort());
  });

  for (const capability of CAPABILITIES) {
    for (const role of ROLES) {
      const expected = PERMISSIONS[capability].includes(role);
      it(`${expected ? 'lets' : 'does not let'} ${role} do ${capability}, as the table says`, () => {
        expect(can(role, capability)).toBe(expected);
      });
    }
  }

  it('lets a stranger do nothing (the catalogue is public, asked of no one)', () => {
    expect(allowed('stranger')).toEqual([]);
  });

  it('lets an organiser manage seasons, organisers and companies, and no one else', () => {
    for (const capability of ['season.manage', 'organisers.manage', 'companies.manage'] as const) {
      expect(ROLES.filter((role) => can(role, capability))).toEqual(['organiser']);
    }
  });

  it('lets only a captain of the team and an organiser manage its members', () => {
    expect(ROLES.filter((role) => can(role, 'team.manageMembers')).sort()).toEqual(
      ['captain', 'organiser'].sort(),
    );
  });

  it('does not let the captain of another team manage this team', () => {
    expect(can('otherCaptain', 'team.manageMembers')).toBe(false);
    expect(can('otherCaptain', 'team.regenerateInvite')).toBe(false);
    expect(can('otherCaptain', 'team.handOver')).toBe(false);
    expect(can('otherCaptain', 'team.readInvite')).toBe(false);
  });

  it('lets an employee join a team, but not a member join the team they are already in', () => {
    expect(can('employee', 'team.join')).toBe(true);
    expect(can('member', 'team.join')).toBe(false);
    expect(can('captain', 'team.join')).toBe(false);
  });
});

describe('roleFor', () => {
  const signedIn: Actor = { uid: 'alice', organiser: false };
  const organiser: Actor = { uid: 'alice', organiser: true };
  const noTeam: TeamMembershipView = { teamId: null, teamRole: null };
  const captainOf = (teamId: string): TeamMembershipView => ({ teamId, teamRole: 'captain' });
  const memberOf = (teamId: string): TeamMembershipView => ({ teamId, teamRole: 'member' });

  it('makes an organiser "organiser", whatever their role in the team', () => {
    expect(roleFor(organiser, captainOf('t1'), 't1')).toBe('organiser');
    expect(roleFor(organiser, memberOf('t1'), 't1')).toBe('organiser');
    expect(roleFor(organiser, captainOf('t2'), 't1')).toBe('organiser');
    expect(roleFor(organiser, noTeam, 't1')).toBe('organiser');
    expect(roleFor(organiser, noTeam)).toBe('organiser');
  });

  it('makes a signed-out person a "stranger"', () => {
    expect(roleFor({ uid: null, organiser: false }, noTeam, 't1')).toBe('stranger');
    expect(roleFor({ uid: null, organiser: false }, noTeam)).toBe('stranger');
  });

  it('makes a captain of the team in question "captain"', () => {
    expect(roleFor(signedIn, captainOf('t1'), 't1')).toBe('captain');
  });

  it('makes a member of the team in question "member"', () => {
    expect(roleFor(signedIn, memberOf('t1'), 't1')).toBe('member');
  });

  it('makes a captain of another team "otherCaptain"', () => {
    expect(roleFor(signedIn, captainOf('t2'), 't1')).toBe('otherCaptain');
  });

  it('makes a member of another team an "employee"', () => {
    expect(roleFor(signedIn, memberOf('t2'), 't1')).toBe('employee');
  });

  it('makes a signed-in person in no team an "employee"', () => {
    expect(roleFor(signedIn, noTeam, 't1')).toBe('employee');
    expect(roleFor(signedIn, noTeam)).toBe('employee');
  });
});
