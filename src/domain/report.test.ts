import { describe, expect, it } from 'vitest';
import {
  actionFigures,
  buildSeasonReport,
  eventFigures,
  mayReadReport,
  median,
  peopleFigures,
  REPORT_TOP_TEAMS,
  reportDays,
  reviewDurations,
  reviewFigures,
  seasonReportPayloadSchema,
  surveyFigures,
  impactFigures,
  topTeams,
  type ReportSubmission,
  type SeasonReportInput,
} from './report';
import { SEASON_STATES } from './season';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

// Midnight in Paris on 1 March 2026 (UTC+1) to midnight on 1 April 2026 (UTC+2, after 29 March).
const season: SeasonReportInput['season'] = {
  id: 'S1',
  name: 'Spring',
  state: 'open',
  timeZone: 'Europe/Paris',
  startsAt: Date.UTC(2026, 1, 28, 23),
  endsAt: Date.UTC(2026, 2, 31, 22),
  showImpact: true,
};

let made = 0;
function submission(overrides: Partial<ReportSubmission> = {}): ReportSubmission {
  made += 1;
  return {
    id: `sub${made}`,
    uid: 'u1',
    theme: 'sobriety',
    modality: 'act',
    points: 10,
    day: '2026-03-02',
    status: 'approved',
    auto: false,
    createdAt: Date.UTC(2026, 2, 2, 9),
    reviewedAt: Date.UTC(2026, 2, 2, 10),
    ...overrides,
  };
}

describe('reportDays', () => {
  it('lists no day before the season starts', () => {
    expect(reportDays(season, season.startsAt - 1)).toEqual([]);
  });

  it('starts on the day the season starts in its time zone, not in UTC', () => {
    // 23:00 UTC on 28 February is already 1 March in Paris.
    expect(reportDays(season, season.startsAt)).toEqual(['2026-03-01']);
  });

  it('stops at today while the season runs', () => {
    const now = Date.UTC(2026, 2, 3, 12);
    expect(reportDays(season, now)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
  });

  it('stops at the season’s last day once it has ended, every day once, across the DST change', () => {
    const days = reportDays(season, season.endsAt + 10 * DAY);
    expect(days).toHaveLength(31);
    expect(days[0]).toBe('2026-03-01');
    expect(days.at(-1)).toBe('2026-03-31');
    expect(new Set(days).size).toBe(31);
    expect(days).toContain('2026-03-29');
  });

  it('crosses months and years by the calendar', () => {
    const winter = {
      timeZone: 'UTC',
      startsAt: Date.UTC(2025, 11, 30),
      endsAt: Date.UTC(2026, 0, 2),
    };
    expect(reportDays(winter, Date.UTC(2027, 0, 1))).toEqual([
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
    ]);
  });
});

describe('median', () => {
  it('is the middle value, the mean of the two middle values, or none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
  });
});

describe('reviewDurations', () => {
  it('counts approvals and rejections by an organiser, from sending to the decision', () => {
    const approved = submission({ createdAt: 1_000, reviewedAt: 5_000 });
    const rejected = submission({ status: 'rejected', createdAt: 2_000, reviewedAt: 3_000 });
    expect(reviewDurations([approved, rejected])).toEqual([4_000, 1_000]);
  });

  it('leaves out the honour system, attendance, revocations and what is not reviewed', () => {
    expect(
      reviewDurations([
        submission({ auto: true, reviewedAt: 9_000, createdAt: 0 }),
        submission({ id: 'event-ev1-u1', createdAt: 7, reviewedAt: 7 }),
        submission({ status: 'revoked', createdAt: 0, reviewedAt: 50_000 }),
        submission({ status: 'pending', reviewedAt: null }),
        submission({ status: 'withdrawn', reviewedAt: null }),
      ]),
    ).toEqual([]);
  });
});

describe('impactFigures', () => {
  it('takes the rolled-up impact by unit, names companies, and counts actions with and without a figure', () => {
    const figures = impactFigures(
      {
        season,
        impact: {
          season: { kgCO2e: [25, 30, 35], peopleTrained: [4, 4, 8] },
          byCompany: {
            c2: { peopleTrained: [4, 4, 8] },
            c1: { kgCO2e: [25, 30, 35] },
            gone: {},
          },
        },
        submissions: [
          submission({ impact: { unit: 'kgCO2e', low: 25, central: 30, high: 35 } }),
          submission({ impact: { unit: 'peopleTrained', low: 4, central: 4, high: 8 } }),
          submission({ impact: null }),
          submission({ status: 'pending', impact: { unit: 'kWh', low: 1, central: 1, high: 1 } }),
        ],
      },
      { c1: 'Acme', c2: 'Banque' },
    );
    expect(figures).toEqual({
      shown: true,
      season: [
        { unit: 'kgCO2e', low: 25, central: 30, high: 35 },
        { unit: 'peopleTrained', low: 4, central: 4, high: 8 },
      ],
      byCompany: [
        { companyName: 'Acme', amounts: [{ unit: 'kgCO2e', low: 25, central: 30, high: 35 }] },
        {
          companyName: 'Banque',
          amounts: [{ unit: 'peopleTrained', low: 4, central: 4, high: 8 }],
        },
      ],
      withFigure: 2,
      withoutFigure: 1,
    });
  });

  it('has nothing to show before the first rebuild, and says whether the season shows impact', () => {
    const figures = impactFigures(
      { season: { ...season, showImpact: false }, submissions: [] },
      {},
    );
    expect(figures).toEqual({
      shown: false,
      season: [],
      byCompany: [],
      withFigure: 0,
      withoutFigure: 0,
    });
  });
});

describe('topTeams', () => {
  it('keeps the first ten by rank, with their company’s name', () => {
    const rows = Array.from({ length: 12 }, (_, index) => ({
      rank: 12 - index,
      name: `Team ${12 - index}`,
      companyId: index % 2 === 0 ? 'c1' : 'gone',
      total: 100 - (12 - index),
    }));
    const top = topTeams(rows, { c1: 'Acme' });
    expect(top).toHaveLength(REPORT_TOP_TEAMS);
    expect(top.map((team) => team.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // A company not listed has no name to show.
    expect(top[0]).toEqual({ rank: 1, name: 'Team 1', companyName: '', points: 99 });
    expect(top.find((team) => team.rank === 2)?.companyName).toBe('Acme');
  });
});

describe('surveyFigures', () => {
  it('counts each answer once: keep going, the share of yes, the mean rating, favourite themes', () => {
    const figures = surveyFigures({ surveyOpen: true }, [
      { keepGoing: 'yes', rating: 5, favouriteTheme: 'sobriety' },
      { keepGoing: 'yes', rating: 4, favouriteTheme: 'sobriety' },
      { keepGoing: 'maybe', rating: 3, favouriteTheme: null },
      { keepGoing: 'no', rating: 2, favouriteTheme: 'diversity' },
    ]);
    expect(figures).toEqual({
      open: true,
      answers: 4,
      keepGoing: { yes: 2, maybe: 1, no: 1 },
      keepGoingShare: 0.5,
      averageRating: 3.5,
      favouriteThemes: {
        sobriety: 2,
        citizenship: 0,
        respect: 0,
        accessibility: 0,
        diversity: 1,
        engagement: 0,
      },
    });
  });

  it('has no share nor rating without answers, and is closed unless switched on', () => {
    const figures = surveyFigures({}, []);
    expect(figures).toMatchObject({
      open: false,
      answers: 0,
      keepGoingShare: null,
      averageRating: null,
    });
  });
});

describe('eventFigures', () => {
  const title = { fr: 'Fresque', en: 'Collage' };
  const events: SeasonReportInput['events'] = [
    { id: 'late', title, startsAt: 300, endsAt: 350, status: 'scheduled', capacity: 2 },
    { id: 'early', title, startsAt: 100, endsAt: 150, status: 'scheduled', capacity: 10 },
    { id: 'off', title, startsAt: 200, endsAt: 250, status: 'cancelled', capacity: 5 },
  ];
  const registrations: SeasonReportInput['registrations'] = [
    { eventId: 'late', status: 'registered', attended: true },
    { eventId: 'late', status: 'registered', attended: false },
    { eventId: 'late', status: 'waiting', attended: false },
    { eventId: 'early', status: 'registered', attended: true },
    { eventId: 'off', status: 'registered', attended: false },
    { eventId: 'off', status: 'registered', attended: true },
  ];

  it('counts each event’s places, waiting list and attendance from its registrations, by start', () => {
    const figures = eventFigures(events, registrations);
    expect(
      figures.events.map((event) => [event.id, event.registered, event.waiting, event.attended]),
    ).toEqual([
      ['early', 1, 0, 1],
      ['off', 2, 0, 1],
      ['late', 2, 1, 1],
    ]);
  });

  it('totals only the events that were not cancelled', () => {
    expect(eventFigures(events, registrations)).toMatchObject({
      eventsHeld: 2,
      registrations: 3,
      attendance: 2,
    });
  });
});

describe('peopleFigures', () => {
  it('counts memberships, people with an approved submission, teams and companies taking part', () => {
    expect(
      peopleFigures({
        memberships: [{ uid: 'u1' }, { uid: 'u2' }, { uid: 'u3' }],
        teams: [
          { id: 't1', companyId: 'c1', companyName: 'Acme' },
          { id: 't2', companyId: 'c1', companyName: 'Acme' },
          { id: 't3', companyId: 'c2', companyName: 'Globex' },
        ],
        submissions: [
          submission({ uid: 'u1' }),
          submission({ uid: 'u1' }),
          submission({ uid: 'u2', status: 'pending' }),
          submission({ uid: 'u3', status: 'revoked' }),
        ],
      }),
    ).toEqual({ participants: 3, activeParticipants: 1, teams: 3, companies: 2 });
  });
});

describe('actionFigures', () => {
  const days = ['2026-03-01', '2026-03-02'];

  it('counts every status once, and validated actions and points from approved ones only', () => {
    const figures = actionFigures(
      [
        submission({ points: 10 }),
        submission({ points: 30, theme: 'diversity', modality: 'share' }),
        submission({ status: 'pending', points: 500 }),
        submission({ status: 'rejected', points: 500 }),
        submission({ status: 'withdrawn', points: 500 }),
        submission({ status: 'revoked', points: 500 }),
      ],
      days,
    );
    expect(figures.submissionsByStatus).toEqual({
      pending: 1,
      approved: 2,
      rejected: 1,
      withdrawn: 1,
      revoked: 1,
    });
    expect(figures.actionsValidated).toBe(2);
    expect(figures.points).toBe(40);
    expect(figures.byTheme).toMatchObject({ sobriety: 1, diversity: 1, respect: 0 });
    expect(figures.byModality).toEqual({ understand: 0, act: 1, share: 1 });
  });

  it('counts an approved action on the day it was done, and lists every day even when empty', () => {
    const figures = actionFigures(
      [
        submission({ day: '2026-03-02', theme: 'respect', modality: 'understand' }),
        submission({ day: '2026-03-02', status: 'pending' }),
        // Outside the report's days: in the totals, not in a day.
        submission({ day: '2026-04-02' }),
      ],
      days,
    );
    expect(figures.byDay).toEqual([
      {
        day: '2026-03-01',
        approved: 0,
        byTheme: {
          sobriety: 0,
          citizenship: 0,
          respect: 0,
          accessibility: 0,
          diversity: 0,
          engagement: 0,
        },
        byModality: { understand: 0, act: 0, share: 0 },
      },
      {
        day: '2026-03-02',
        approved: 1,
        byTheme: {
          sobriety: 0,
          citizenship: 0,
          respect: 1,
          accessibility: 0,
          diversity: 0,
          engagement: 0,
        },
        byModality: { understand: 1, act: 0, share: 0 },
      },
    ]);
    expect(figures.actionsValidated).toBe(2);
  });
});

describe('reviewFigures', () => {
  it('gives the pending backlog, the oldest sent, and the median review time', () => {
    expect(
      reviewFigures([
        submission({ status: 'pending', createdAt: 500, reviewedAt: null }),
        submission({ status: 'pending', createdAt: 200, reviewedAt: null }),
        submission({ createdAt: 0, reviewedAt: 1_000 }),
        submission({ status: 'rejected', createdAt: 0, reviewedAt: 3_000 }),
      ]),
    ).toEqual({ reviewBacklog: 2, oldestPendingAt: 200, medianReviewMs: 2_000 });
  });

  it('has no oldest and no median when nothing waits and nothing was reviewed', () => {
    expect(reviewFigures([])).toEqual({
      reviewBacklog: 0,
      oldestPendingAt: null,
      medianReviewMs: null,
    });
  });
});

describe('buildSeasonReport', () => {
  it('puts every figure together for the season as it stands at now', () => {
    const now = Date.UTC(2026, 2, 2, 12);
    const report = buildSeasonReport({
      season: { ...season, surveyOpen: true },
      memberships: [{ uid: 'u1' }, { uid: 'u2' }],
      teams: [{ id: 't1', companyId: 'c1', companyName: 'Acme (old name)' }],
      companies: {},
      submissions: [submission({ points: 20 })],
      events: [],
      registrations: [],
      surveyAnswers: [{ keepGoing: 'no', rating: 1, favouriteTheme: null }],
      leaderboard: [{ rank: 1, name: 'Green', companyId: 'c1', total: 20 }],
      now,
    });
    expect(report).toMatchObject({
      seasonId: 'S1',
      seasonName: 'Spring',
      state: 'open',
      timeZone: 'Europe/Paris',
      startsAt: season.startsAt,
      endsAt: season.endsAt,
      generatedAt: now,
      participants: 2,
      activeParticipants: 1,
      teams: 1,
      companies: 1,
      actionsValidated: 1,
      points: 20,
      reviewBacklog: 0,
      medianReviewMs: HOUR,
      eventsHeld: 0,
      survey: { open: true, answers: 1, keepGoingShare: 0 },
      // The team's copy of its company's name stands in for a company not listed.
      topTeams: [{ rank: 1, name: 'Green', companyName: 'Acme (old name)', points: 20 }],
    });
    expect(report.byDay.map((day) => [day.day, day.approved])).toEqual([
      ['2026-03-01', 0],
      ['2026-03-02', 1],
    ]);
  });
});

describe('seasonReportPayloadSchema', () => {
  it('takes one season id and nothing else', () => {
    expect(seasonReportPayloadSchema.parse({ seasonId: 'S1' })).toEqual({ seasonId: 'S1' });
    expect(seasonReportPayloadSchema.safeParse({ seasonId: '' }).error?.issues[0]?.message).toBe(
      'validation.seasonId',
    );
    expect(seasonReportPayloadSchema.safeParse({ seasonId: 'S1', x: 1 }).success).toBe(false);
  });
});

describe('mayReadReport', () => {
  it('lets organisers read it at any time, anyone else signed in once the season is closed', () => {
    for (const state of SEASON_STATES) expect(mayReadReport('organiser', state)).toBe(true);
    for (const role of ['employee', 'member', 'captain', 'otherCaptain'] as const) {
      expect(mayReadReport(role, 'closed')).toBe(true);
      for (const state of ['draft', 'open', 'frozen'] as const) {
        expect(mayReadReport(role, state)).toBe(false);
      }
    }
    for (const state of SEASON_STATES) expect(mayReadReport('stranger', state)).toBe(false);
  });
});
