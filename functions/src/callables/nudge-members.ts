// A captain nudges the members of their team who have sent nothing for `idleDays` days: each gets
// the captain's message as a notification, unless they were nudged less than 48 hours ago. The
// team's nudge log says when each member was last nudged; the dashboard shows it. Each nudged
// member is also mailed the nudge, which leaves only if they said yes to nudges by mail.
import { idleMembers, type NudgeLog } from '../../../src/domain/nudges';
import { GAME_PATHS, type Submission } from '../../../src/domain/game';
import { NOTIFICATION_PATHS } from '../../../src/domain/paths';
import { SEASON_STATE_RULES } from '../../../src/domain/season';
import { ownValue } from '../../../src/domain/own';
import { db } from '../lib/admin';
import { readSeason, refs } from '../lib/documents';
import { metered, noOps } from '../lib/meter';
import { nudgeMailId } from '../../../src/domain/mail';
import { queueMail } from '../lib/mail';
import { writeNotification } from '../lib/notifications';
import { refusal } from '../lib/submissions';
import { onTeamCall } from '../lib/teams';

export const nudgeMembers = onTeamCall('nudgeMembers', async ({ tx, input, team, actor }) => {
  const mt = metered(tx, noOps());
  const season = await readSeason(tx, team.seasonId, actor);
  if (!SEASON_STATE_RULES[season.state].submit) {
    throw refusal('seasonNotOpen', 'The season is not open: there is nothing to rally for.');
  }
  const logRef = refs.teamNudges(team.id);
  const [logSnapshot, sent] = await Promise.all([
    tx.get(logRef),
    tx.get(
      db
        .collection(GAME_PATHS.submissions)
        .where('teamId', '==', team.id)
        .select('uid', 'createdAt'),
    ),
  ]);
  const now = Date.now();
  const idle = idleMembers(
    team.members,
    sent.docs.map((document) => document.data() as Pick<Submission, 'uid' | 'createdAt'>),
    (logSnapshot.data() as NudgeLog | undefined) ?? null,
    { now, idleDays: input.idleDays, except: actor.uid as string },
  );
  const from = ownValue(team.members, actor.uid as string)?.name ?? '';
  const nudged = idle.filter((member) => member.nudgeable).map((member) => member.uid);
  for (const uid of nudged) {
    writeNotification(mt, NOTIFICATION_PATHS.nudgeId(team.id, uid, now), uid, now, {
      kind: 'nudge',
      teamId: team.id,
      from,
      message: input.message,
    });
    queueMail(
      mt,
      nudgeMailId(team.id, uid, now),
      uid,
      { kind: 'nudge', teamId: team.id, teamName: team.name, from, message: input.message },
      now,
      season.timeZone,
    );
  }
  if (nudged.length > 0) {
    tx.set(
      logRef,
      { lastNudgedAt: Object.fromEntries(nudged.map((uid) => [uid, now])) },
      { merge: true },
    );
  }
  return { nudged: nudged.length, recentlyNudged: idle.length - nudged.length };
});
