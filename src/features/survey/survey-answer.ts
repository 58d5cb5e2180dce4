// The signed-in person's answer to the current season's survey, followed while shown: the
// survey page and the notice that leads to it both need to know whether it exists.
import { useLiveDocument, type Live } from '../../components/use-live';
import type { DocumentSnapshot } from '../../data/backend';
import { SURVEY_PATHS, surveyAnswerId } from '../../domain/paths';
import type { SurveyAnswer } from '../../domain/survey';

const asSurveyAnswer = (document: DocumentSnapshot): SurveyAnswer =>
  document.data as unknown as SurveyAnswer;

/** null ids: nothing to follow (signed out, no season). */
export function useSurveyAnswer(
  seasonId: string | null,
  uid: string | null,
): Live<SurveyAnswer | null> {
  const path = seasonId && uid ? `${SURVEY_PATHS.answers}/${surveyAnswerId(seasonId, uid)}` : null;
  return useLiveDocument(path, asSurveyAnswer);
}
