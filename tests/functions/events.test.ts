// Events on the emulators: registering for a place or the waiting list, leaving and promotion,
// capacity changes, closing at the start, attendance that validates the event's action and moves
// the team's score once, cancellation notices, and input that is refused without a change.
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_PATHS, type EventRegistration, type SeasonEvent } from '../../src/domain/events';
import type { AuditEntry, StoredTeamScore, Submission } from '../../src/domain/game';
import type { Notification } from '../../src/domain/notifications';
import { NOTIFICATION_PATHS, type Profile } from '../../src/domain/paths';
import { dayIn } from '../../src/domain/submission';
import { type Caller, dumpDatabase, refusalOf, rulesEnvironment } from '../support/emulators';
import { eventInput } from '../support/events';
import { adminDb, eventually, TEXT_ACTION, textProof, readDocument } from '../support/game';
import { buildWorld, hour, type World } from '../support/world';
import { catalogueAction } from '../support/catalogue';

let world: World;
let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await rulesEnvironment();
  world = await buildWorld();
}, 120_000);

afterAll(async () => {
  await world.close();
  await env.cleanup();
});

const eventDoc = (eventId: string) => readDocument<SeasonEvent>(`${EVENT_PATHS.events}/${eventId}`);
const registrationOf = (eventId: string, caller: Caller) =>
  readDocument<EventRegistration>(
    `${EVENT_PATHS.registrations}/${EVENT_PATHS.registrationId(eventId, caller.uid)}`,
  );
const noticeOf = (eventId: string, caller: Caller) =>
  readDocument<Notification>(
    `${NOTIFICATION_PATHS.notifications}/${NOTIFICATION_PATHS.cancelledId(eventId, caller.uid)}`,
  );
const score = (teamId: string) =>
  readDocument<StoredTeamScore>(`seasons/${world.seasonId}/scores/${teamId}`);

async function createEvent(overrides: Record<string, unknown> = {}): Promise<string> {
  const { eventId } = (await world.people.organiser.call(
    'saveEvent',
    eventInput(world.seasonId, overrides),
  )) as { eventId: string };
  return eventId;
}

/** Moves an event's start into the past (as an organiser correcting its dates would). */
async function startEvent(eventId: string, overrides: Record<string, unknown> = {}) {
  await world.people.organiser.call(
    'saveEvent',
    eventInput(world.seasonId, { eventId, startsAt: hour(-0.5), endsAt: hour(1), ...overrides }),
  );
}

const register = (caller: Caller, eventId: string) =>
  caller.call('registerForEvent', { eventId }) as Promise<{ status: string }>;
const unregister = (caller: Caller, eventId: string) =>
  caller.call('unregisterFromEvent', { eventId }) as Promise<{ status: string | null }>;

interface AttendanceResult {
  marked: number;
  skipped: { uid: string; reason: string }[];
}
const markAttendance = (eventId: string, uids: string[] | 'allRegistered') =>
  world.people.organiser.call('markAttendance', { eventId, uids }) as Promise<AttendanceResult>;

describe('registering', () => {
  it('gives the only place to the first person, the waiting list to the second, and the place to them when the first leaves', async () => {
    const { member, employee } = world.people;
    const eventId = await createEvent({ capacity: 1 });
    expect(await eventDoc(eventId)).toMatchObject({
      seasonId: world.seasonId,
      status: 'scheduled',
      capacity: 1,
      registeredCount: 0,
      waitingCount: 0,
      attendedCount: 0,
    });

    expect(await register(member, eventId)).toMatchObject({ status: 'registered' });
    expect(await register(employee, eventId)).toMatchObject({ status: 'waiting' });
    expect(await eventDoc(eventId)).toMatchObject({ registeredCount: 1, waitingCount: 1 });
    const memberProfile = await readDocument<Profile>(`profiles/${member.uid}`);
    expect(await registrationOf(eventId, member)).toMatchObject({
      eventId,
      seasonId: world.seasonId,
      uid: member.uid,
      name: memberProfile?.pseudonym,
      status: 'registered',
      attended: false,
    });
    // The employee never joined a team: registering gave them a pseudonym, shown as their name.
    const employeeProfile = await readDocument<Profile>(`profiles/${employee.uid}`);
    expect(employeeProfile?.pseudonym).toMatch(/\S+ \d{2}/);
    expect((await registrationOf(eventId, employee))?.name).toBe(employeeProfile?.pseudonym);

    expect(await unregister(member, eventId)).toMatchObject({ status: null });
    expect(await registrationOf(eventId, member)).toBeUndefined();
    expect(await registrationOf(eventId, employee)).toMatchObject({ status: 'registered' });
    expect(await eventDoc(eventId)).toMatchObject({ registeredCount: 1, waitingCount: 0 });

    // Leaving again: not registered, nothing changes.
    const before = await dumpDatabase();
    expect(await unregister(member, eventId)).toMatchObject({ status: null });
    expect(await dumpDatabase()).toEqual(before);
  });

  it('answers the same status to someone registering twice, and changes nothing', async () => {
    const { captain, otherCaptain } = world.people;
    const eventId = await createEvent({ capacity: 1 });
    await register(captain, eventId);
    await register(otherCaptain, eventId);
    const before = await dumpDatabase();
    expect(await register(captain, eventId)).toMatchObject({ status: 'registered' });
    expect(await register(otherCaptain, eventId)).toMatchObject({ status: 'waiting' });
    expect(await dumpDatabase()).toEqual(before);
    expect(await eventDoc(eventId)).toMatchObject({ registeredCount: 1, waitingCount: 1 });
  });

  it('lets someone waiting leave the list without touching the places', async () => {
    const { member, employee, captain } = world.people;
    const eventId = await createEvent({ capacity: 1 });
    await register(member, eventId);
    await register(employee, eventId);
    await register(captain, eventId);
    await unregister(employee, eventId);
    expect(await eventDoc(eventId)).toMatchObject({ registeredCount: 1, waitingCount: 1 });
    expect(await registrationOf(eventId, member)).toMatchObject({ status: 'registered' });
    expect(await registrationOf(eventId, captain)).toMatchObject({ status: 'waiting' });
  });

  it('promotes the people waiting longest when the capacity grows, and never lets it drop below the places taken', async () => {
    const { member, employee, captain } = world.people;
    const eventId = await createEvent({ capacity: 1 });
    await register(member, eventId);
    await register(employee, eventId);
    await register(captain, eventId);

    await world.people.organiser.call(
      'saveEvent',
      eventInput(world.seasonId, { eventId, capacity: 2 }),
    );
    expect(await registrationOf(eventId, employee)).toMatchObject({ status: 'registered' });
    expect(await registrationOf(eventId, captain)).toMatchObject({ status: 'waiting' });
    expect(await eventDoc(eventId)).toMatchObject({
      capacity: 2,
      registeredCount: 2,
      waitingCount: 1,
    });

    const before = await dumpDatabase();
    const lower = await refusalOf(
      world.people.organiser.call(
        'saveEvent',
        eventInput(world.seasonId, { eventId, capacity: 1 }),
      ),
    );
    expect(lower).toMatchObject({
      code: 'functions/failed-precondition',
      details: { key: 'gameRefusals.capacityBelowRegistered', count: 2 },
    });
    expect(lower.message).toContain('2 people hold a place');
    expect(await dumpDatabase()).toEqual(before);
  });

  it('closes registration, and leaving, when the event starts', async () => {
    const { member, employee } = world.people;
    const eventId = await createEvent();
    await register(member, eventId);
    await startEvent(eventId);
    const before = await dumpDatabase();
    expect(await refusalOf(register(employee, eventId))).toMatchObject({
      code: 'functions/failed-precondition',
      details: { key: 'gameRefusals.eventClosed' },
    });
    expect(await refusalOf(unregister(member, eventId))).toMatchObject({
      code: 'functions/failed-precondition',
      details: { key: 'gameRefusals.eventClosed' },
    });
    expect(await dumpDatabase()).toEqual(before);
  });
});

describe('attendance', () => {
  it('validates the event’s action for each person present, moves their team’s score once, and skips people without a team', async () => {
    const { member, captain, employee, otherCaptain } = world.people;
    const eventId = await createEvent({ capacity: 5 });
    for (const person of [member, captain, employee]) await register(person, eventId);

    expect(await refusalOf(markAttendance(eventId, 'allRegistered'))).toMatchObject({
      code: 'functions/failed-precondition',
      details: { key: 'gameRefusals.attendanceNotOpen' },
    });

    await startEvent(eventId, { capacity: 5 });
    const event = await eventDoc(eventId);
    const scoreBefore = (await score(world.teamId))?.total ?? 0;
    const result = await markAttendance(eventId, 'allRegistered');
    expect(result.marked).toBe(2);
    expect(result.skipped).toEqual([{ uid: employee.uid, reason: 'noTeam' }]);

    const submission = await readDocument<Submission>(
      `submissions/${EVENT_PATHS.attendanceSubmissionId(eventId, member.uid)}`,
    );
    expect(submission).toMatchObject({
      seasonId: world.seasonId,
      teamId: world.teamId,
      teamName: 'Team one',
      companyId: world.companyId,
      uid: member.uid,
      actionId: TEXT_ACTION.id,
      points: TEXT_ACTION.points,
      proof: { kind: 'none' },
      status: 'approved',
      doneAt: event?.startsAt,
      day: dayIn('Europe/Paris', event?.startsAt ?? 0),
      auto: false,
      audited: true,
      reactions: {},
    });
    expect(submission?.approvedAt).toEqual(expect.any(Number));
    expect(
      await readDocument(
        `submissions/${EVENT_PATHS.attendanceSubmissionId(eventId, employee.uid)}`,
      ),
    ).toBeUndefined();
    for (const person of [member, captain, employee]) {
      expect(await registrationOf(eventId, person)).toMatchObject({ attended: true });
    }
    expect(await eventDoc(eventId)).toMatchObject({ attendedCount: 3 });
    await eventually(
      () => score(world.teamId),
      (value) => value?.total === scoreBefore + 2 * TEXT_ACTION.points,
      'the team score',
    );

    // Marking again, by name this time, counts nobody twice; someone not registered is skipped.
    const before = await dumpDatabase();
    const again = await markAttendance(eventId, [member.uid, employee.uid, otherCaptain.uid]);
    expect(again).toMatchObject({
      marked: 0,
      skipped: [
        { uid: member.uid, reason: 'alreadyMarked' },
        { uid: employee.uid, reason: 'noTeam' },
        { uid: otherCaptain.uid, reason: 'notRegistered' },
      ],
    });
    expect(await dumpDatabase()).toEqual(before);
    expect((await score(world.teamId))?.total).toBe(scoreBefore + 2 * TEXT_ACTION.points);

    const db = await adminDb();
    const audit = await db
      .collection(`seasons/${world.seasonId}/audit`)
      .where('eventId', '==', eventId)
      .get();
    expect(audit.docs.map((entry) => entry.data() as AuditEntry)).toEqual([
      expect.objectContaining({
        kind: 'attendance',
        by: world.people.organiser.uid,
        actionId: TEXT_ACTION.id,
        points: 2 * TEXT_ACTION.points,
      }),
    ]);
  });

  it('goes through the repeat rule: a once-only action already approved is not counted again, the attendance is', async () => {
    const once = catalogueAction({ proof: 'text', repeat: 'once' });
    const { member, captain, organiser } = world.people;
    const { submissionId } = (await member.call('submitAction', {
      seasonId: world.seasonId,
      actionId: once.id,
      doneAt: Date.now() - 60_000,
      proof: textProof('I estimated my own footprint with the online calculator.'),
    })) as { submissionId: string };
    await organiser.call('reviewSubmissions', {
      submissionIds: [submissionId],
      decision: 'approve',
      reason: null,
    });
    const eventId = await createEvent({ capacity: 5, actionId: once.id });
    for (const person of [member, captain]) await register(person, eventId);
    await startEvent(eventId, { capacity: 5, actionId: once.id });

    const result = await markAttendance(eventId, 'allRegistered');
    expect(result).toMatchObject({
      marked: 1,
      skipped: [{ uid: member.uid, reason: 'alreadyCounted' }],
    });
    const db = await adminDb();
    const approvedOf = async (caller: Caller) =>
      (
        await db
          .collection('submissions')
          .where('uid', '==', caller.uid)
          .where('actionId', '==', once.id)
          .where('status', '==', 'approved')
          .get()
      ).docs.map((document) => document.id);
    // One approved submission each: the member's by hand, the captain's from the event.
    expect(await approvedOf(member)).toEqual([submissionId]);
    expect(await approvedOf(captain)).toEqual([
      EVENT_PATHS.attendanceSubmissionId(eventId, captain.uid),
    ]);
    // The event counts both as present.
    for (const person of [member, captain]) {
      expect(await registrationOf(eventId, person)).toMatchObject({ attended: true });
    }
    expect(await eventDoc(eventId)).toMatchObject({ attendedCount: 2 });
    // And the member cannot log it by hand again either.
    expect(
      await refusalOf(
        member.call('submitAction', {
          seasonId: world.seasonId,
          actionId: once.id,
          doneAt: Date.now() - 30_000,
          proof: textProof('Estimated it again, just to be sure of the figure.'),
        }),
      ),
    ).toMatchObject({ details: { key: 'gameRefusals.repeatOnce' } });
  });

  it('leaves out people on the waiting list, and marks a long list in several transactions', async () => {
    const { member, employee } = world.people;
    const eventId = await createEvent({ capacity: 1 });
    await register(member, eventId);
    await register(employee, eventId);
    await startEvent(eventId, { capacity: 1 });
    // 160 people: more than one transaction's share (150); only the member holds a place.
    const strangers = Array.from({ length: 159 }, (_, index) => `nobody-${index}`);
    const result = await markAttendance(eventId, [...strangers, employee.uid, member.uid]);
    expect(result.marked).toBe(1);
    expect(result.skipped).toHaveLength(160);
    expect(result.skipped).toContainEqual({ uid: employee.uid, reason: 'notRegistered' });
    expect(result.skipped.every((entry) => entry.reason === 'notRegistered')).toBe(true);
    expect(await registrationOf(eventId, employee)).toMatchObject({ attended: false });
    expect(await registrationOf(eventId, member)).toMatchObject({ attended: true });
    expect(await eventDoc(eventId)).toMatchObject({ attendedCount: 1 });
  });
});

describe('cancelling', () => {
  it('notifies everyone registered or waiting, once, and closes the event to changes', async () => {
    const { member, employee, otherCaptain, organiser } = world.people;
    const eventId = await createEvent({ capacity: 1 });
    await register(member, eventId);
    await register(employee, eventId);

    await organiser.call('cancelEvent', { eventId });
    expect(await eventDoc(eventId)).toMatchObject({ status: 'cancelled' });
    for (const person of [member, employee]) {
      expect(await noticeOf(eventId, person)).toEqual({
        uid: person.uid,
        kind: 'eventCancelled',
        eventId,
        title: eventInput(world.seasonId).title,
        at: expect.any(Number),
        read: false,
      });
    }
    expect(await noticeOf(eventId, otherCaptain)).toBeUndefined();

    const before = await dumpDatabase();
    await organiser.call('cancelEvent', { eventId });
    expect(await refusalOf(register(otherCaptain, eventId))).toMatchObject({
      code: 'functions/failed-precondition',
      details: { key: 'gameRefusals.eventCancelled' },
    });
    expect(
      await refusalOf(organiser.call('saveEvent', eventInput(world.seasonId, { eventId }))),
    ).toMatchObject({
      code: 'functions/failed-precondition',
      details: { key: 'gameRefusals.eventCancelled' },
    });
    expect(await dumpDatabase()).toEqual(before);

    // A notice is dismissed by its person only.
    const noticeId = NOTIFICATION_PATHS.cancelledId(eventId, member.uid);
    expect(
      await refusalOf(employee.call('dismissNotification', { notificationId: noticeId })),
    ).toMatchObject({
      code: 'functions/failed-precondition',
      details: { key: 'gameRefusals.notificationNotYours' },
    });
    expect(await dumpDatabase()).toEqual(before);
    await member.call('dismissNotification', { notificationId: noticeId });
    expect(await noticeOf(eventId, member)).toMatchObject({ read: true });
    expect(await noticeOf(eventId, employee)).toMatchObject({ read: false });

    // Cancelling once more leaves a dismissed notice dismissed.
    await organiser.call('cancelEvent', { eventId });
    expect(await noticeOf(eventId, member)).toMatchObject({ read: true });
  });
});

describe('bad input', () => {
  it('is refused with invalid-argument, a sentence a person can act on, and no change', async () => {
    const { organiser, member } = world.people;
    const eventId = await createEvent();
    const before = await dumpDatabase();
    const cases: [() => Promise<unknown>, string][] = [
      [
        () => organiser.call('saveEvent', eventInput(world.seasonId, { endsAt: hour(23) })),
        'The end must come after the start',
      ],
      [
        () => organiser.call('saveEvent', eventInput(world.seasonId, { timeZone: 'Mars/Olympus' })),
        'time zone',
      ],
      [
        () => organiser.call('saveEvent', eventInput(world.seasonId, { place: null })),
        'Give a place, an online link, or both',
      ],
      [
        () =>
          organiser.call('saveEvent', eventInput(world.seasonId, { onlineUrl: 'javascript:x' })),
        'http',
      ],
      [
        () =>
          organiser.call('saveEvent', eventInput(world.seasonId, { actionId: 'custom-not-here' })),
        'does not count in this season',
      ],
      [
        () => organiser.call('saveEvent', eventInput(world.seasonId, { eventId, capacity: 0 })),
        'capacity',
      ],
      [() => organiser.call('cancelEvent', { eventId: 'no/slashes' }), 'eventId'],
      [() => member.call('registerForEvent', { eventId, extra: true }), 'extra'],
      [() => organiser.call('markAttendance', { eventId, uids: [] }), 'person'],
      [() => member.call('dismissNotification', { notificationId: '' }), 'notification'],
    ];
    for (const [call, words] of cases) {
      const refusal = await refusalOf(call());
      expect(refusal.code).toBe('functions/invalid-argument');
      expect(refusal.message).toContain(words);
    }
    expect(await dumpDatabase()).toEqual(before);
  });
});
