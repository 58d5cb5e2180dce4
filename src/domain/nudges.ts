// Captains rally: one nudge to the members who have sent nothing for a while, at most one per
// member every 48 hours, with a message the captain may edit.
import { z } from 'zod';
import type { Submission } from './game';
import { ownValue } from './own';
import { teamPayloadSchema, type TeamMember } from './team';
import { typedText } from './text';

export const NUDGE_MESSAGE_MAX = 280;
export const NUDGE_GAP_MS = 48 * 60 * 60 * 1000;
export const IDLE_DAYS_DEFAULT = 7;
export const IDLE_DAYS_MAX = 60;
const DAY = 24 * 60 * 60 * 1000;

/** `teams/{teamId}/captain/nudges`: when each member was last nudged (ms), for the captains. */
export interface NudgeLog {
  readonly lastNudgedAt: Readonly<Record<string, number>>;
}

/** nudgeMembers: the team, how many days without a submission make a member idle, the message. */
export const nudgePayloadSchema = z.strictObject({
  teamId: teamPayloadSchema.shape.teamId,
  idleDays: z
    .number({ error: 'validation.idleDays' })
    .int({ error: 'validation.idleDays' })
    .min(1, { error: 'validation.idleDays' })
    .max(IDLE_DAYS_MAX, { error: 'validation.idleDays' }),
  message: typedText({ min: 1, max: NUDGE_MESSAGE_MAX, tooShort: 'validation.nudgeMessage' }),
});

export interface IdleMember {
  readonly uid: string;
  readonly name: string;
  /** Their latest submission, whatever its status; null when they never sent one. */
  readonly lastSentAt: number | null;
  readonly lastNudgedAt: number | null;
  /** False while their last nudge is less than 48 hours old. */
  readonly nudgeable: boolean;
}

/**
 * Rule: a member other than the one asking is idle when none of the team's submissions (whatever
 * its status) is theirs from the last `idleDays` days; they may be nudged again once 48 hours
 * have passed since their last nudge. Listed in the order they joined.
 */
export function idleMembers(
  members: Readonly<Record<string, TeamMember>>,
  submissions: readonly Pick<Submission, 'uid' | 'createdAt'>[],
  log: NudgeLog | null,
  options: { readonly now: number; readonly idleDays: number; readonly except: string },
): IdleMember[] {
  const latest = new Map<string, number>();
  for (const submission of submissions) {
    latest.set(submission.uid, Math.max(latest.get(submission.uid) ?? 0, submission.createdAt));
  }
  const since = options.now - options.idleDays * DAY;
  return Object.entries(members)
    .filter(([uid]) => uid !== options.except)
    .sort(([uidA, a], [uidB, b]) => a.joinedAt - b.joinedAt || uidA.localeCompare(uidB))
    .flatMap(([uid, member]) => {
      const lastSentAt = latest.get(uid) ?? null;
      if (lastSentAt !== null && lastSentAt >= since) return [];
      const lastNudgedAt = ownValue(log?.lastNudgedAt, uid) ?? null;
      return [
        {
          uid,
          name: member.name,
          lastSentAt,
          lastNudgedAt,
          nudgeable: lastNudgedAt === null || options.now - lastNudgedAt >= NUDGE_GAP_MS,
        },
      ];
    });
}
