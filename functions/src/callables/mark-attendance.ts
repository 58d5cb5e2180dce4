// Organisers mark who attended an event, from its start: each person holding a place is marked
// attended and gets an approved submission of the event's action (one per person and event, by
// its id, so marking twice counts once). The score trigger then moves their team's score.
// People are handled 150 per transaction (Firestore's 500-write limit), so a long list or
// "allRegistered" on a large event is marked in several transactions, each complete on its own.
// The action goes through the repeat rule like any submission: someone who already has it as
// often as it counts (a once-only action logged by hand, say) is marked attended, and the event
// counts them, but no second submission is made ("alreadyCounted").
import { ownValue } from '../../../src/domain/own';
import type { DocumentReference, DocumentSnapshot } from 'firebase-admin/firestore';
import { command } from '../lib/on-call';
import {
  attendanceOpen,
  EVENT_PATHS,
  type AttendanceSkipReason,
  type EventRegistration,
  type SeasonEvent,
} from '../../../src/domain/events';
import { newSubmission, seasonAction } from '../../../src/domain/game';
import type { Membership } from '../../../src/domain/paths';
import type { Actor } from '../../../src/domain/roles';
import type { Season } from '../../../src/domain/season';
import type { Team } from '../../../src/domain/team';
import { db } from '../lib/admin';
import { readSeason, refs } from '../lib/documents';
import {
  eventRefs,
  PEOPLE_PER_TRANSACTION,
  readEvent,
  registrationsOf,
  slices,
} from '../lib/events';
import { metered, noOps, opsForBench, type MeteredTransaction, type Ops } from '../lib/meter';
import { gameRefs } from '../lib/documents';
import { refusal, repeatAllowed, takeSubmissionTurn, writeAudit } from '../lib/submissions';

interface Skipped {
  readonly uid: string;
  readonly reason: AttendanceSkipReason;
}

function requireAttendanceOpen(event: SeasonEvent, now: number): void {
  if (event.status === 'cancelled') throw refusal('eventCancelled', 'This event is cancelled.');
  if (!attendanceOpen(event, now)) {
    throw refusal('attendanceNotOpen', 'Attendance can be marked once the event has started.');
  }
}

/** Several documents in one round trip; none for an empty list (getAll needs one at least). */
async function readAll(
  mt: MeteredTransaction,
  documents: DocumentReference[],
): Promise<DocumentSnapshot[]> {
  return documents.length === 0 ? [] : mt.getAll(...documents);
}

/** Marks one slice of people in one transaction; returns who was marked and who was skipped. */
async function markSlice(
  eventId: string,
  uids: readonly string[],
  actor: Actor,
  ops: Ops,
): Promise<{ marked: number; skipped: Skipped[] }> {
  return db.runTransaction(async (tx) => {
    const mt = metered(tx, ops);
    const now = Date.now();
    const event = await readEvent(mt, eventId, actor);
    requireAttendanceOpen(event, now);
    const season: Season = await readSeason(tx, event.seasonId, actor);
    ops.reads += 1;
    const action = seasonAction(season, event.actionId);
    if (!action) {
      throw refusal('notInSeason', 'The event’s action no longer counts in its season.');
    }
    const registrations = await readAll(
      mt,
      uids.map((uid) => eventRefs.registration(eventId, uid)),
    );
    const memberships = await readAll(
      mt,
      uids.map((uid) => refs.membership(event.seasonId, uid)),
    );
    const submissions = await readAll(
      mt,
      uids.map((uid) => gameRefs.submission(EVENT_PATHS.attendanceSubmissionId(eventId, uid))),
    );
    const teamIds = [
      ...new Set(
        memberships.flatMap((snapshot) =>
          snapshot.exists ? [(snapshot.data() as Membership).teamId] : [],
        ),
      ),
    ];
    const teams = new Map(
      (
        await readAll(
          mt,
          teamIds.map((teamId) => refs.team(teamId)),
        )
      )
        .filter((snapshot) => snapshot.exists)
        .map((snapshot) => [snapshot.id, snapshot.data() as Team]),
    );

    // Those who would get the action take their submission turn (reads, before any write), so
    // that a send of their own cannot cross this; then the repeat rule is asked for each.
    const wouldGet = uids.flatMap((uid, index) => {
      const registration = registrations[index]?.data() as EventRegistration | undefined;
      const membership = memberships[index]?.data() as Membership | undefined;
      const getsIt =
        registration?.status === 'registered' &&
        membership !== undefined &&
        teams.has(membership.teamId) &&
        !submissions[index]?.exists;
      return getsIt ? [{ uid, teamId: membership.teamId }] : [];
    });
    const turns: (() => void)[] = [];
    for (const { uid, teamId } of wouldGet) {
      const teamAction = action.scope === 'team' ? { seasonId: season.id, teamId } : null;
      turns.push(await takeSubmissionTurn(mt, uid, now, teamAction, { limited: false }));
    }
    const counted = new Set<string>();
    for (const { uid, teamId } of wouldGet) {
      const input = { season, action, uid, teamId, doneAt: event.startsAt };
      if (!(await repeatAllowed(mt, input))) counted.add(uid);
    }
    for (const record of turns) record();

    let marked = 0;
    let newlyAttended = 0;
    let created = 0;
    const skipped: Skipped[] = [];
    uids.forEach((uid, index) => {
      const registration = registrations[index]?.data() as EventRegistration | undefined;
      if (registration?.status !== 'registered') {
        skipped.push({ uid, reason: 'notRegistered' });
        return;
      }
      const attendedBefore = registration.attended;
      if (!attendedBefore) {
        mt.update(eventRefs.registration(eventId, uid), { attended: true });
        newlyAttended += 1;
      }
      const membership = memberships[index]?.data() as Membership | undefined;
      const team = membership ? teams.get(membership.teamId) : undefined;
      if (!membership || !team) {
        skipped.push({ uid, reason: 'noTeam' });
        return;
      }
      if (submissions[index]?.exists) {
        if (attendedBefore) skipped.push({ uid, reason: 'alreadyMarked' });
        else marked += 1;
        return;
      }
      if (counted.has(uid)) {
        skipped.push({ uid, reason: 'alreadyCounted' });
        return;
      }
      const submission = newSubmission(
        {
          season,
          team: { ...team, id: membership.teamId },
          uid,
          authorName: ownValue(team.members, uid)?.name ?? registration.name,
          action,
          doneAt: event.startsAt,
          proof: { kind: 'none' },
          now,
        },
        { status: 'approved', audited: true, reviewedAt: now, approvedAt: now },
      );
      mt.set(gameRefs.submission(EVENT_PATHS.attendanceSubmissionId(eventId, uid)), submission);
      created += 1;
      marked += 1;
    });

    if (newlyAttended > 0) {
      mt.update(eventRefs.event(eventId), {
        attendedCount: event.attendedCount + newlyAttended,
        updatedAt: now,
      });
    }
    if (newlyAttended > 0 || created > 0) {
      writeAudit(mt, event.seasonId, {
        kind: 'attendance',
        by: actor.uid as string,
        submissionId: null,
        teamId: null,
        actionId: action.id,
        points: action.points * created,
        reason: `Attendance at “${event.title.en}”: ${newlyAttended} marked attended, ${created} ${created === 1 ? 'action' : 'actions'} validated.`,
        eventId,
      });
    }
    return { marked, skipped };
  });
}

export const markAttendance = command('markAttendance', async ({ actor, input }) => {
  const ops = noOps();
  const uids =
    input.uids === 'allRegistered'
      ? await db.runTransaction(async (tx) =>
          (await registrationsOf(metered(tx, ops), input.eventId, 'registered')).map(
            (registration) => registration.uid,
          ),
        )
      : [...new Set(input.uids)];
  // Even with nobody to mark, one transaction checks the event, so the answer says why not.
  const parts = uids.length > 0 ? slices(uids, PEOPLE_PER_TRANSACTION) : [[]];
  let marked = 0;
  const skipped: Skipped[] = [];
  for (const part of parts) {
    const result = await markSlice(input.eventId, part, actor, ops);
    marked += result.marked;
    skipped.push(...result.skipped);
  }
  return { marked, skipped, ...opsForBench(ops) };
});
