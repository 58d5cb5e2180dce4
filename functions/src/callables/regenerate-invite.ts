// A captain replaces the team's invite code; the old link and code stop working at once.
import { refs } from '../lib/documents';
import { freshInviteCode, onTeamCall, writeInviteCode } from '../lib/teams';

export const regenerateInvite = onTeamCall('regenerateInvite', async ({ tx, team }) => {
  const old = await tx.get(refs.teamInvite(team.id));
  const code = await freshInviteCode(tx);
  const oldCode = old.get('code') as string | undefined;
  if (oldCode) tx.delete(refs.inviteCode(oldCode));
  writeInviteCode(tx, team, code);
  return { teamId: team.id, code };
});
