// A person who took part in a season answers its survey, once, while organisers keep it open.
import { command } from '../lib/on-call';
import {
  SURVEY_PATHS,
  surveyAnswerId,
  surveyIsOpen,
  type SurveyAnswer,
} from '../../../src/domain/survey';
import { db } from '../lib/admin';
import { membershipOf } from '../lib/authorise';
import { readSeason } from '../lib/documents';
import { refusal } from '../lib/submissions';

export const answerSurvey = command('answerSurvey', async ({ actor, input }) => {
  const uid = actor.uid as string;
  return db.runTransaction(async (tx) => {
    const ref = db.collection(SURVEY_PATHS.answers).doc(surveyAnswerId(input.seasonId, uid));
    const season = await readSeason(tx, input.seasonId, actor);
    const membership = await membershipOf(tx, input.seasonId, uid);
    const earlier = await tx.get(ref);
    if (!membership) {
      throw refusal(
        'surveyNotMember',
        'Only people who joined a team this season can answer its survey.',
      );
    }
    if (earlier.exists) {
      throw refusal(
        'surveyAnswered',
        'You have already answered this season’s survey: one answer per person.',
      );
    }
    if (!surveyIsOpen(season)) {
      throw refusal('surveyClosed', 'This season’s survey is not open.');
    }
    const answer: SurveyAnswer = {
      seasonId: input.seasonId,
      uid,
      keepGoing: input.keepGoing,
      rating: input.rating,
      favouriteTheme: input.favouriteTheme,
      comment: input.comment,
      answeredAt: Date.now(),
    };
    tx.create(ref, answer);
    return { ok: true as const };
  });
});
