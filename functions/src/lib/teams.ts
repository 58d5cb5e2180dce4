// Writing a team's members: the team document (what screens read) and each membership document
// (what rules and the callables read) change together, in the caller's transaction.
import { ownValue } from '../../../src/domain/own';
import type { Transaction } from 'firebase-admin/firestore';
import { command, type CommandContext } from './on-call';
import type { CommandResult } from '../../../src/domain/commands';
import type { Actor } from '../../../src/domain/roles';
import {
  makeInviteCode,
  makePseudonym,
  publicName,
  type Team,
  type TeamMember,
} from '../../../src/domain/team';
import type { Profile } from '../../../src/domain/paths';
import { teamsMayChange, type Season } from '../../../src/domain/season';
import { db } from './admin';
import { membershipOf, precondition, requireCan, roleOf } from './authorise';
import { readProfile, readTeam, refs } from './documents';
import { secureRandomInt } from './random';

export function writeMembers(
  tx: Transaction,
  team: Team,
  next: Readonly<Record<string, TeamMember>>,
): void {
  const memberCount = Object.keys(next).length;
  if (memberCount === 0) {
    // The last person left: the team goes, and so do its invite code and their membership.
    tx.delete(refs.team(team.id));
    tx.delete(refs.teamInvite(team.id));
    for (const uid of Object.keys(team.members)) tx.delete(refs.membership(team.seasonId, uid));
    return;
  }
  tx.update(refs.team(team.id), { members: next, memberCount, updatedAt: Date.now() });
  for (const [uid, member] of Object.entries(next)) {
    const before = ownValue(team.members, uid);
    if (!before || before.role !== member.role) {
      tx.set(refs.membership(team.seasonId, uid), {
        seasonId: team.seasonId,
        teamId: team.id,
        uid,
        role: member.role,
        joinedAt: member.joinedAt,
      });
    }
  }
  for (const uid of Object.keys(team.members)) {
    if (!ownValue(next, uid)) tx.delete(refs.membership(team.seasonId, uid));
  }
}

/** The caller's profile, with a fresh pseudonym made (and to be saved) when they have none. */
export async function profileForJoin(
  tx: Transaction,
  uid: string,
): Promise<{ profile: Profile; isNew: boolean }> {
  const existing = await readProfile(tx, uid);
  if (existing?.pseudonym) return { profile: existing, isNew: false };
  return {
    profile: {
      displayName: existing?.displayName ?? '',
      pseudonym: makePseudonym(secureRandomInt),
      showRealName: false,
      organiser: existing?.organiser ?? false,
    },
    isNew: true,
  };
}

export function saveNewProfile(tx: Transaction, uid: string, profile: Profile): void {
  tx.set(refs.profile(uid), profile, { merge: true });
}

/** A member's entry; `companyDomain` when their verified address is at one of the company's domains. */
export function memberEntry(
  profile: Profile,
  role: TeamMember['role'],
  joinedAt: number,
  companyDomain: string | null = null,
): TeamMember {
  return { name: publicName(profile), role, joinedAt, ...(companyDomain ? { companyDomain } : {}) };
}

/** A new invite code no other team uses; read inside the transaction, so two teams never share one. */
export async function freshInviteCode(tx: Transaction): Promise<string> {
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const code = makeInviteCode(secureRandomInt);
    const taken = await tx.get(refs.inviteCode(code));
    if (!taken.exists) return code;
  }
  throw precondition('Could not find a free invite code: try again.');
}

export function writeInviteCode(
  tx: Transaction,
  team: Pick<Team, 'id' | 'seasonId'>,
  code: string,
) {
  tx.set(refs.inviteCode(code), { teamId: team.id, seasonId: team.seasonId });
  tx.set(refs.teamInvite(team.id), { code, updatedAt: Date.now() });
}

/** Every change of a team's members asks the one rule (`teamsMayChange`) here. */
export function requireTeamsMayChange(season: Season, now: number): void {
  if (!teamsMayChange(season, now)) {
    throw precondition('Teams can no longer change in this season.');
  }
}

export const teamsCollection = () => db.collection('teams');

/** The commands that act on one team named by their payload. */
type TeamCommand =
  'regenerateInvite' | 'setTeamRole' | 'removeMember' | 'handOverCaptaincy' | 'nudgeMembers';

/**
 * The shape of every command that acts on one team: in one transaction read the team and the
 * caller's membership, and ask the command's capability of the caller's role in that team.
 */
export function onTeamCall<N extends TeamCommand>(
  name: N,
  act: (context: {
    tx: Transaction;
    input: CommandContext<N>['input'];
    team: Team;
    actor: Actor;
  }) => CommandResult<N> | Promise<CommandResult<N>>,
) {
  return command(name, async ({ actor, input, capability }) =>
    db.runTransaction(async (tx) => {
      const team = await readTeam(tx, input.teamId);
      const membership = await membershipOf(tx, team.seasonId, actor.uid);
      requireCan(roleOf(actor, membership, team.id), capability);
      return act({ tx, input, team, actor });
    }),
  );
}
