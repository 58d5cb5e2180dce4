// A season's report: read whole with the admin SDK and put into figures by the domain's pure
// buildSeasonReport. Organisers see it at any time (the dashboard), everyone once it is closed.
import { HttpsError } from 'firebase-functions/v2/https';
import type { DocumentData, QuerySnapshot } from 'firebase-admin/firestore';
import { command } from '../lib/on-call';
import { EVENT_PATHS } from '../../../src/domain/events';
import { GAME_PATHS } from '../../../src/domain/game';
import { PATHS } from '../../../src/domain/paths';
import {
  buildSeasonReport,
  mayReadReport,
  type SeasonReport,
  type SeasonReportInput,
} from '../../../src/domain/report';
import type { Season } from '../../../src/domain/season';
import { SURVEY_PATHS } from '../../../src/domain/survey';
import { db } from '../lib/admin';
import { notFound, roleOf } from '../lib/authorise';
import { refs } from '../lib/documents';
import { readWholeBoard } from '../lib/whole-board';

/** The documents of one season in a top-level collection, with only the fields the report uses. */
function ofSeason(collection: string, seasonId: string, fields: readonly string[]) {
  return db
    .collection(collection)
    .where('seasonId', '==', seasonId)
    .select(...fields)
    .get();
}

function rows<T>(snapshot: QuerySnapshot<DocumentData>): T[] {
  return snapshot.docs.map((document) => ({ ...document.data(), id: document.id }) as T);
}

export const getSeasonReport = command(
  'getSeasonReport',
  async ({ actor, input: { seasonId } }): Promise<SeasonReport> => {
    const role = roleOf(actor, null);
    const seasonSnapshot = await refs.season(seasonId).get();
    if (!seasonSnapshot.exists) throw notFound('This season');
    const season = { ...(seasonSnapshot.data() as Omit<Season, 'id'>), id: seasonId };
    if (!mayReadReport(role, season.state)) {
      throw new HttpsError(
        'permission-denied',
        'The season’s report is published when it closes: until then only organisers see it.',
        { key: 'gameRefusals.reportNotClosed' },
      );
    }
    const [memberships, teams, submissions, events, registrations, answers, board] =
      await Promise.all([
        ofSeason(PATHS.memberships, seasonId, ['uid']),
        ofSeason(PATHS.teams, seasonId, ['companyId', 'companyName']),
        ofSeason(GAME_PATHS.submissions, seasonId, [
          'uid',
          'theme',
          'modality',
          'points',
          'impact',
          'day',
          'status',
          'auto',
          'createdAt',
          'reviewedAt',
        ]),
        ofSeason(EVENT_PATHS.events, seasonId, [
          'title',
          'startsAt',
          'endsAt',
          'status',
          'capacity',
        ]),
        ofSeason(EVENT_PATHS.registrations, seasonId, ['eventId', 'status', 'attended']),
        ofSeason(SURVEY_PATHS.answers, seasonId, ['keepGoing', 'rating', 'favouriteTheme']),
        readWholeBoard(seasonId, 'live'),
      ]);
    const teamRows = rows<SeasonReportInput['teams'][number]>(teams);
    const companyIds = [...new Set(teamRows.map((team) => team.companyId))];
    const companies =
      companyIds.length > 0
        ? await db.getAll(...companyIds.map((companyId) => refs.company(companyId)))
        : [];
    const leaderboard = board;
    return buildSeasonReport({
      season,
      memberships: rows(memberships),
      teams: teamRows,
      companies: {
        ...(leaderboard?.companies ?? {}),
        ...Object.fromEntries(
          companies
            .filter((company) => company.exists)
            .map((company) => [company.id, String(company.get('name') ?? '')]),
        ),
      },
      submissions: rows(submissions),
      events: rows(events),
      registrations: rows(registrations),
      surveyAnswers: rows(answers),
      leaderboard: leaderboard?.rows ?? [],
      impact: leaderboard?.impact,
      now: Date.now(),
    });
  },
);
