// The season's report and the end-of-season survey on the emulators: a season seeded with known
// memberships, submissions in every status across themes, modalities and days, events with
// registrations and attendance, and survey answers; every figure of getSeasonReport checked
// against what was seeded; the survey answered once, refused when closed, answered again or sent
// bad input; the report kept from everyone but organisers until the season closes.
import type { ImpactAmount } from '../../src/domain/impact';
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_PATHS, type EventRegistration } from '../../src/domain/events';
import type { Leaderboard, Submission } from '../../src/domain/game';
import type { SeasonReport } from '../../src/domain/report';
import type { SubmissionStatus } from '../../src/domain/scoring';
import { dayIn } from '../../src/domain/submission';
import { SURVEY_PATHS, surveyAnswerId, type SurveyAnswer } from '../../src/domain/survey';
import type { Modality, ThemeId } from '../../src/domain/themes';
import {
  type Caller,
  dumpDatabase,
  refusalOf,
  rulesEnvironment,
  signedInCaller,
} from '../support/emulators';
import { seedEvent } from '../support/events';
import { adminDb, eventually } from '../support/game';
import { buildWorld, hour, seasonSettings, type World } from '../support/world';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const TIME_ZONE = 'Europe/Paris';

let env: RulesTestEnvironment;
let world: World;
/** A fourth person, captain of a third team in a second company. */
let fourth: Caller;
let thirdTeamId: string;
let secondCompanyName: string;
const now = Date.now();

beforeAll(async () => {
  env = await rulesEnvironment();
  // The season started three days and two hours ago, so it spans four or five days so far.
  world = await buildWorld({ timeZone: TIME_ZONE, startsAt: hour(-3 * 24 - 2) });
  fourth = await signedInCaller();
  secondCompanyName = `Second ${world.seasonId}`;
  const { companyId } = (await world.people.organiser.call('createCompany', {
    name: secondCompanyName,
  })) as { companyId: string };
  ({ teamId: thirdTeamId } = (await fourth.call('createTeam', {
    seasonId: world.seasonId,
    companyId,
    name: 'Team three',
  })) as { teamId: string });
}, 120_000);

afterAll(async () => {
  await fourth.close();
  await world.close();
  await env.cleanup();
});

/** Every document the callables write, survey answers included. */
async function everything(): Promise<Record<string, unknown>> {
  const db = await adminDb();
  const answers = await db.collection(SURVEY_PATHS.answers).get();
  return {
    ...(await dumpDatabase()),
    ...Object.fromEntries(answers.docs.map((document) => [document.ref.path, document.data()])),
  };
}

let seeded = 0;

interface Seed {
  readonly uid: string;
  readonly teamId: string;
  readonly theme: ThemeId;
  readonly modality: Modality;
  readonly points: number;
  readonly status: SubmissionStatus;
  /** Done this many days before now. */
  readonly daysAgo: number;
  readonly createdAt: number;
  /** How long the review took, for reviewed submissions. */
  readonly reviewMs?: number;
  readonly auto?: boolean;
  /** What it changes, by its action's impact model; none when left out. */
  readonly impact?: ImpactAmount;
}

const KG = (low: number, central: number, high: number): ImpactAmount => ({
  unit: 'kgCO2e',
  low,
  central,
  high,
});

async function seedSubmission(seed: Seed): Promise<Submission> {
  const db = await adminDb();
  seeded += 1;
  const doneAt = now - seed.daysAgo * DAY;
  const reviewedAt = seed.reviewMs === undefined ? null : seed.createdAt + seed.reviewMs;
  const submission: Submission = {
    id: `report-${world.seasonId}-${seeded}`,
    seasonId: world.seasonId,
    teamId: seed.teamId,
    teamName: 'Team',
    companyId: world.companyId,
    uid: seed.uid,
    authorName: 'Someone',
    actionId: 'seeded-action',
    theme: seed.theme,
    modality: seed.modality,
    points: seed.points,
    scope: 'individual',
    doneAt,
    day: dayIn(TIME_ZONE, doneAt),
    proof: { kind: 'text', text: `Seeded proof ${seeded}` },
    proofHash: null,
    duplicateOf: null,
    status: seed.status,
    reason: seed.status === 'rejected' || seed.status === 'revoked' ? 'Seeded reason' : null,
    auto: seed.auto ?? false,
    audited: false,
    createdAt: seed.createdAt,
    updatedAt: reviewedAt ?? seed.createdAt,
    reviewedAt,
    approvedAt: seed.status === 'approved' ? (reviewedAt ?? seed.createdAt) : null,
    reactions: {},
    impact: seed.impact ?? null,
  };
  const { id, ...stored } = submission;
  await db.collection('submissions').doc(id).set(stored);
  return submission;
}

async function seedRegistration(
  eventId: string,
  caller: Caller,
  status: EventRegistration['status'],
  attended: boolean,
) {
  const db = await adminDb();
  const registration: EventRegistration = {
    eventId,
    seasonId: world.seasonId,
    uid: caller.uid,
    name: 'Someone',
    status,
    requestedAt: now,
    attended,
  };
  await db
    .collection(EVENT_PATHS.registrations)
    .doc(EVENT_PATHS.registrationId(eventId, caller.uid))
    .set(registration);
}

const report = (caller: Caller, seasonId = world.seasonId) =>
  caller.call('getSeasonReport', { seasonId }) as Promise<SeasonReport>;

const answer = (caller: Caller, overrides: Record<string, unknown> = {}) =>
  caller.call('answerSurvey', {
    seasonId: world.seasonId,
    keepGoing: 'yes',
    rating: 4,
    favouriteTheme: 'sobriety',
    comment: '',
    ...overrides,
  });

const setSurvey = (open: boolean, seasonId = world.seasonId) =>
  world.people.organiser.call('setSurvey', { seasonId, open });

const zeroThemes = {
  sobriety: 0,
  citizenship: 0,
  respect: 0,
  accessibility: 0,
  diversity: 0,
  engagement: 0,
};

describe('the survey', () => {
  it('is closed until an organiser switches it on, then takes one answer per member', async () => {
    const { member, captain, organiser } = world.people;
    const closed = await refusalOf(answer(member));
    expect(closed).toMatchObject({
      code: 'functions/failed-precondition',
      details: { key: 'gameRefusals.surveyClosed' },
    });

    expect(await setSurvey(true)).toEqual({ seasonId: world.seasonId, open: true });
    const season = await (await adminDb()).doc(`seasons/${world.seasonId}`).get();
    expect(season.get('surveyOpen')).toBe(true);

    expect(
      await answer(member, { keepGoing: 'yes', rating: 5, comment: '  A great month.  ' }),
    ).toEqual({ ok: true });
    const stored = (
      await (
        await adminDb()
      )
        .collection(SURVEY_PATHS.answers)
        .doc(surveyAnswerId(world.seasonId, member.uid))
        .get()
    ).data() as SurveyAnswer;
    expect(stored).toEqual({
      seasonId: world.seasonId,
      uid: member.uid,
      keepGoing: 'yes',
      rating: 5,
      favouriteTheme: 'sobriety',
      comment: 'A great month.',
      answeredAt: expect.any(Number) as number,
    });

    // A second answer is refused, whatever it says, and changes nothing.
    const before = await everything();
    const again = await refusalOf(answer(member, { keepGoing: 'no', rating: 1 }));
    expect(again).toMatchObject({
      code: 'functions/failed-precondition',
      details: { key: 'gameRefusals.surveyAnswered' },
    });
    expect(again.message).toMatch(/already answered/);
    expect(await everything()).toEqual(before);

    // People without a team this season (an employee, an organiser) are not asked.
    for (const outsider of [world.people.employee, organiser]) {
      expect(await refusalOf(answer(outsider))).toMatchObject({
        code: 'functions/failed-precondition',
        details: { key: 'gameRefusals.surveyNotMember' },
      });
    }
    expect(await everything()).toEqual(before);

    // Editing the season's settings leaves the survey open.
    const settings = seasonSettings({
      name: `Edited ${world.seasonId}`,
      timeZone: TIME_ZONE,
      startsAt: season.get('startsAt') as number,
      endsAt: season.get('endsAt') as number,
    });
    await organiser.call('saveSeason', { seasonId: world.seasonId, settings });
    const edited = await (await adminDb()).doc(`seasons/${world.seasonId}`).get();
    expect(edited.get('name')).toBe(settings.name);
    expect(edited.get('surveyOpen')).toBe(true);

    await answer(captain, { keepGoing: 'maybe', rating: 3, favouriteTheme: null });
    await answer(world.people.otherCaptain, { keepGoing: 'yes', rating: 4 });
  });

  it('refuses bad input with a sentence naming the field, and changes nothing', async () => {
    const before = await everything();
    const cases: [Record<string, unknown>, string][] = [
      [{ rating: 6 }, 'The rating is a whole number from 1 to 5.'],
      [{ rating: 2.5 }, 'The rating is a whole number from 1 to 5.'],
      [{ keepGoing: 'perhaps' }, 'keepGoing must be yes, maybe or no.'],
      [{ favouriteTheme: 'music' }, 'favouriteTheme: Choose one of the six themes.'],
      [{ comment: 'x'.repeat(501) }, 'A comment is at most 500 characters.'],
      [{ uid: world.people.member.uid }, 'uid'],
    ];
    for (const [overrides, message] of cases) {
      const refusal = await refusalOf(answer(fourth, overrides));
      expect(refusal.code).toBe('functions/invalid-argument');
      expect(refusal.message).toContain(message);
    }
    for (const payload of [
      { seasonId: world.seasonId, open: 'yes' },
      { seasonId: world.seasonId },
      { seasonId: world.seasonId, open: true, extra: 1 },
    ]) {
      const refusal = await refusalOf(world.people.organiser.call('setSurvey', payload));
      expect(refusal.code).toBe('functions/invalid-argument');
    }
    expect(
      (await refusalOf(world.people.organiser.call('setSurvey', { seasonId: world.seasonId })))
        .message,
    ).toContain('open must be true or false.');
    expect((await refusalOf(setSurvey(true, 'no-such-season'))).code).toBe('functions/not-found');
    expect(await everything()).toEqual(before);
  });

  it('cannot be switched on for a draft season', async () => {
    const { seasonId } = (await world.people.organiser.call('saveSeason', {
      seasonId: null,
      settings: seasonSettings(),
    })) as { seasonId: string };
    const before = await everything();
    expect(await refusalOf(setSurvey(true, seasonId))).toMatchObject({
      code: 'functions/failed-precondition',
      details: { key: 'gameRefusals.surveyDraft' },
    });
    expect(await everything()).toEqual(before);
  });

  it('refuses answers once switched off, and keeps those given', async () => {
    expect(await setSurvey(false)).toEqual({ seasonId: world.seasonId, open: false });
    const before = await everything();
    expect(await refusalOf(answer(fourth))).toMatchObject({
      code: 'functions/failed-precondition',
      details: { key: 'gameRefusals.surveyClosed' },
    });
    expect(await everything()).toEqual(before);
    const answers = await (
      await adminDb()
    )
      .collection(SURVEY_PATHS.answers)
      .where('seasonId', '==', world.seasonId)
      .get();
    expect(answers.size).toBe(3);
  });
});

describe('the season report', () => {
  let seeds: Submission[];
  let eventIds: { past: string; cancelled: string; empty: string };

  beforeAll(async () => {
    const { member, captain, otherCaptain, employee } = world.people;
    const t1 = world.teamId;
    const t2 = world.otherTeamId;
    seeds = await Promise.all([
      // Approved: reviewed in 1 h, 3 h and 5 h; one on the honour system.
      seedSubmission({
        ...{ uid: member.uid, teamId: t1, theme: 'sobriety', modality: 'act', points: 10 },
        ...{ status: 'approved', daysAgo: 0, createdAt: now - 2 * HOUR, reviewMs: 1 * HOUR },
        impact: KG(24.6, 24.6, 27),
      }),
      seedSubmission({
        ...{ uid: member.uid, teamId: t1, theme: 'respect', modality: 'understand', points: 20 },
        ...{ status: 'approved', daysAgo: 1, createdAt: now - 30 * HOUR, reviewMs: 3 * HOUR },
        impact: { unit: 'peopleTrained', low: 4, central: 4, high: 8 },
      }),
      seedSubmission({
        ...{ uid: captain.uid, teamId: t1, theme: 'diversity', modality: 'share', points: 30 },
        ...{ status: 'approved', daysAgo: 1, createdAt: now - 25 * HOUR, auto: true },
      }),
      seedSubmission({
        ...{ uid: otherCaptain.uid, teamId: t2, theme: 'sobriety', modality: 'act', points: 40 },
        ...{ status: 'approved', daysAgo: 3, createdAt: now - 70 * HOUR, reviewMs: 5 * HOUR },
        impact: KG(0.0346, 0.0528, 0.96),
      }),
      // Pending: the oldest sent five hours ago.
      seedSubmission({
        ...{ uid: otherCaptain.uid, teamId: t2, theme: 'accessibility', modality: 'act' },
        ...{ points: 50, status: 'pending', daysAgo: 0, createdAt: now - HOUR / 2 },
        impact: { unit: 'kWh', low: 1, central: 2, high: 3 },
      }),
      seedSubmission({
        ...{ uid: member.uid, teamId: t1, theme: 'engagement', modality: 'share', points: 60 },
        ...{ status: 'pending', daysAgo: 2, createdAt: now - 5 * HOUR },
      }),
      // Rejected in 2 h; withdrawn; revoked (a revocation is not a review).
      seedSubmission({
        ...{ uid: captain.uid, teamId: t1, theme: 'citizenship', modality: 'understand' },
        ...{ points: 70, status: 'rejected', daysAgo: 2, createdAt: now - 50 * HOUR },
        reviewMs: 2 * HOUR,
      }),
      seedSubmission({
        ...{ uid: member.uid, teamId: t1, theme: 'sobriety', modality: 'act', points: 80 },
        ...{ status: 'withdrawn', daysAgo: 1, createdAt: now - 26 * HOUR },
      }),
      seedSubmission({
        ...{ uid: otherCaptain.uid, teamId: t2, theme: 'respect', modality: 'share', points: 90 },
        ...{ status: 'revoked', daysAgo: 2, createdAt: now - 49 * HOUR, reviewMs: 40 * HOUR },
        impact: KG(100, 100, 100),
      }),
    ]);
    // An event held yesterday (two places held, one attended, one waiting), one cancelled with
    // a registration, and one to come that nobody registered for.
    eventIds = {
      past: await seedEvent(world.seasonId, {
        title: { fr: 'Fresque passée', en: 'Past collage' },
        startsAt: hour(-24),
        endsAt: hour(-21),
        capacity: 2,
      }),
      cancelled: await seedEvent(world.seasonId, {
        startsAt: hour(24),
        endsAt: hour(25),
        capacity: 5,
        status: 'cancelled',
      }),
      empty: await seedEvent(world.seasonId, { startsAt: hour(48), endsAt: hour(49) }),
    };
    await Promise.all([
      seedRegistration(eventIds.past, member, 'registered', true),
      seedRegistration(eventIds.past, captain, 'registered', false),
      seedRegistration(eventIds.past, otherCaptain, 'waiting', false),
      seedRegistration(eventIds.cancelled, employee, 'registered', false),
    ]);
    // The triggers turn the approved submissions into scores and the live leaderboard.
    await eventually(
      async () =>
        (await (await adminDb()).doc(`seasons/${world.seasonId}/leaderboard/live`).get()).data() as
          Leaderboard | undefined,
      (board) =>
        board?.rows.find((row) => row.teamId === world.teamId)?.total === 60 &&
        board.rows.find((row) => row.teamId === world.otherTeamId)?.total === 40 &&
        board.impact?.season.peopleTrained !== undefined &&
        board.impact.season.kgCO2e?.[0] === 24.6346 &&
        board.rows.some((row) => row.teamId === thirdTeamId),
      'the live leaderboard',
    );
  }, 60_000);

  it('counts every figure as seeded', async () => {
    const before = await everything();
    const figures = await report(world.people.organiser);
    expect(await everything()).toEqual(before);

    expect(figures).toMatchObject({
      seasonId: world.seasonId,
      state: 'open',
      timeZone: TIME_ZONE,
      participants: 4,
      activeParticipants: 3,
      teams: 3,
      companies: 2,
      submissionsByStatus: { pending: 2, approved: 4, rejected: 1, withdrawn: 1, revoked: 1 },
      actionsValidated: 4,
      points: 100,
      byTheme: { ...zeroThemes, sobriety: 2, respect: 1, diversity: 1 },
      byModality: { understand: 1, act: 2, share: 1 },
      reviewBacklog: 2,
      oldestPendingAt: seeds[5]?.createdAt,
      // Reviews took 1 h, 2 h, 3 h and 5 h: the honour system and the revocation do not count.
      medianReviewMs: 2.5 * HOUR,
      eventsHeld: 2,
      registrations: 2,
      attendance: 1,
      survey: {
        open: false,
        answers: 3,
        keepGoing: { yes: 2, maybe: 1, no: 0 },
        keepGoingShare: 2 / 3,
        averageRating: 4,
        favouriteThemes: { ...zeroThemes, sobriety: 2 },
      },
      topTeams: [
        { rank: 1, name: 'Team one', companyName: `Company ${world.seasonId}`, points: 60 },
        { rank: 2, name: 'Team two', companyName: `Company ${world.seasonId}`, points: 40 },
        { rank: 3, name: 'Team three', companyName: secondCompanyName, points: 0 },
      ],
    });
    expect(figures.generatedAt).toBeGreaterThanOrEqual(now);
    // Impact by unit, as the score path rolled it up: the pending and the revoked count nothing.
    expect(figures.impact).toEqual({
      shown: true,
      season: [KG(24.6346, 24.6528, 27.96), { unit: 'peopleTrained', low: 4, central: 4, high: 8 }],
      byCompany: [
        {
          companyName: `Company ${world.seasonId}`,
          amounts: [
            KG(24.6346, 24.6528, 27.96),
            { unit: 'peopleTrained', low: 4, central: 4, high: 8 },
          ],
        },
      ],
      withFigure: 3,
      withoutFigure: 1,
    });

    expect(figures.events).toEqual([
      {
        id: eventIds.past,
        title: { fr: 'Fresque passée', en: 'Past collage' },
        startsAt: expect.any(Number) as number,
        endsAt: expect.any(Number) as number,
        status: 'scheduled',
        capacity: 2,
        registered: 2,
        waiting: 1,
        attended: 1,
      },
      expect.objectContaining({ id: eventIds.cancelled, status: 'cancelled', registered: 1 }),
      expect.objectContaining({ id: eventIds.empty, registered: 0, waiting: 0, attended: 0 }),
    ]);

    // Every day from the start to today in Paris, each approved action on the day it was done.
    const days = [
      ...new Set(
        Array.from({ length: 80 }, (_, index) =>
          dayIn(TIME_ZONE, Math.min(figures.startsAt + index * HOUR, figures.generatedAt)),
        ),
      ),
    ];
    expect(figures.byDay.map((entry) => entry.day)).toEqual(days);
    const approvedOn = (daysAgo: number) =>
      figures.byDay.find((entry) => entry.day === dayIn(TIME_ZONE, now - daysAgo * DAY));
    expect(approvedOn(0)).toMatchObject({
      approved: 1,
      byTheme: { ...zeroThemes, sobriety: 1 },
      byModality: { understand: 0, act: 1, share: 0 },
    });
    expect(approvedOn(1)).toMatchObject({
      approved: 2,
      byTheme: { ...zeroThemes, respect: 1, diversity: 1 },
      byModality: { understand: 1, act: 0, share: 1 },
    });
    expect(approvedOn(2)).toMatchObject({ approved: 0, byTheme: zeroThemes });
    expect(approvedOn(3)).toMatchObject({ approved: 1, byModality: { act: 1 } });
    expect(figures.byDay.reduce((sum, entry) => sum + entry.approved, 0)).toBe(4);
  });

  it('is kept from everyone but organisers until the season closes, then shown to anyone signed in', async () => {
    const { member, employee, organiser, stranger } = world.people;
    for (const person of [member, employee, world.people.captain]) {
      expect(await refusalOf(report(person))).toMatchObject({
        code: 'functions/permission-denied',
        details: { key: 'gameRefusals.reportNotClosed' },
      });
    }
    expect((await refusalOf(report(stranger))).code).toBe('functions/unauthenticated');

    await organiser.call('advanceSeason', { seasonId: world.seasonId, to: 'frozen' });
    expect((await refusalOf(report(member))).code).toBe('functions/permission-denied');
    await organiser.call('advanceSeason', { seasonId: world.seasonId, to: 'closed' });

    const seen = await report(employee);
    const organisers = await report(organiser);
    expect(seen.state).toBe('closed');
    expect({ ...seen, generatedAt: 0 }).toEqual({ ...organisers, generatedAt: 0 });
    expect(seen).toMatchObject({ participants: 4, actionsValidated: 4, points: 100 });
    expect((await refusalOf(report(stranger))).code).toBe('functions/unauthenticated');
  });

  it('refuses bad input and unknown seasons', async () => {
    const { organiser } = world.people;
    for (const payload of [{}, { seasonId: '' }, { seasonId: 12 }, { seasonId: 'S', x: 1 }]) {
      const refusal = await refusalOf(organiser.call('getSeasonReport', payload));
      expect(refusal.code).toBe('functions/invalid-argument');
    }
    expect(
      (await refusalOf(organiser.call('getSeasonReport', { seasonId: '' }))).message,
    ).toContain('seasonId must be the id of a season.');
    expect((await refusalOf(report(organiser, 'no-such-season'))).code).toBe('functions/not-found');
  });
});
