// A captain replaces the team's invite code; the old link and code stop working at once.
import { onCall } from 'firebase-functions/v2/https';
import { teamPayloadSchema } from '../../../src/domain/team';
import { db } from '../lib/admin';
import { actorOf, membershipOf, requireCan, roleOf } from '../lib/authorise';
import { parsePayload } from '../lib/callable';
import { readTeam, refs } from '../lib/documents';
import { freshInviteCode, writeInviteCode } from '../lib/teams';

export const regenerateInvite = onCall(async (request) => {
  const actor = actorOf(request);
  const { teamId } = parsePayload(teamPayloadSchema, request.data);
  return db.runTransaction(async (tx) => {
    const team = await readTeam(tx, teamId);
    const membership = await membershipOf(tx, team.seasonId, actor.uid);
    requireCan(roleOf(actor, membership, teamId), 'team.regenerateInvite');
    const old = await tx.get(refs.teamInvite(teamId));
    const code = await freshInviteCode(tx);
    const oldCode = old.get('code') as string | undefined;
    if (oldCode) tx.delete(refs.inviteCode(oldCode));
    writeInviteCode(tx, team, code);
    return { teamId, code };
  });
});
