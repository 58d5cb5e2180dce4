// For UI tests only: a season report as getSeasonReport answers it, small enough to read.
import type { SeasonReport } from '../domain/report';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const START = Date.UTC(2026, 2, 2, 8);

const themes = (
  sobriety: number,
  citizenship: number,
  respect: number,
  accessibility: number,
  diversity: number,
  engagement: number,
) => ({ sobriety, citizenship, respect, accessibility, diversity, engagement });

/** Season S1 "Printemps", three days in, with two events and a survey half answered. */
export function seasonReportFixture(overrides: Partial<SeasonReport> = {}): SeasonReport {
  return {
    seasonId: 'S1',
    seasonName: 'Printemps',
    state: 'open',
    timeZone: 'Europe/Paris',
    startsAt: START,
    endsAt: START + 30 * DAY,
    generatedAt: START + 3 * DAY,
    participants: 262,
    activeParticipants: 198,
    teams: 32,
    companies: 7,
    submissionsByStatus: { pending: 14, approved: 2512, rejected: 37, withdrawn: 5, revoked: 2 },
    actionsValidated: 2512,
    points: 18230,
    byTheme: themes(800, 412, 300, 500, 250, 250),
    byModality: { understand: 1100, act: 1012, share: 400 },
    byDay: [
      {
        day: '2026-03-02',
        approved: 6,
        byTheme: themes(3, 1, 0, 2, 0, 0),
        byModality: { understand: 4, act: 2, share: 0 },
      },
      {
        day: '2026-03-03',
        approved: 9,
        byTheme: themes(2, 2, 1, 1, 2, 1),
        byModality: { understand: 3, act: 4, share: 2 },
      },
      {
        day: '2026-03-04',
        approved: 0,
        byTheme: themes(0, 0, 0, 0, 0, 0),
        byModality: { understand: 0, act: 0, share: 0 },
      },
    ],
    reviewBacklog: 14,
    oldestPendingAt: START + 2 * DAY,
    medianReviewMs: (3 * 60 + 20) * 60 * 1000,
    events: [
      {
        id: 'E1',
        title: { fr: 'Fresque du numérique', en: 'Digital collage' },
        startsAt: START + 5 * DAY,
        endsAt: START + 5 * DAY + 3 * HOUR,
        status: 'scheduled',
        capacity: 20,
        registered: 18,
        waiting: 3,
        attended: 15,
      },
      {
        id: 'E2',
        title: { fr: 'Webinaire annulé', en: 'Cancelled webinar' },
        startsAt: START + 6 * DAY,
        endsAt: START + 6 * DAY + HOUR,
        status: 'cancelled',
        capacity: 100,
        registered: 0,
        waiting: 0,
        attended: 0,
      },
    ],
    eventsHeld: 1,
    registrations: 18,
    attendance: 15,
    survey: {
      open: false,
      answers: 40,
      keepGoing: { yes: 33, maybe: 5, no: 2 },
      keepGoingShare: 33 / 40,
      averageRating: 4.25,
      favouriteThemes: themes(12, 4, 3, 9, 2, 5),
    },
    topTeams: [
      { rank: 1, name: 'Les Colibris', companyName: 'Acme', points: 1200 },
      { rank: 2, name: 'Green Bytes', companyName: 'Globex', points: 1100 },
    ],
    impact: {
      shown: true,
      season: [
        { unit: 'kgCO2e', low: 1100, central: 1500, high: 1900 },
        { unit: 'peopleTrained', low: 48, central: 48, high: 96 },
      ],
      byCompany: [
        { companyName: 'Acme', amounts: [{ unit: 'kgCO2e', low: 800, central: 1000, high: 1200 }] },
        {
          companyName: 'Globex',
          amounts: [
            { unit: 'kgCO2e', low: 300, central: 500, high: 700 },
            { unit: 'peopleTrained', low: 48, central: 48, high: 96 },
          ],
        },
      ],
      withFigure: 412,
      withoutFigure: 2100,
    },
    ...overrides,
  };
}
