// An organiser creates a season, or edits one whose state still allows it.
import { command } from '../lib/on-call';
import { SEASON_STATE_RULES, resolveSeason } from '../../../src/domain/season';
import { db } from '../lib/admin';
import { precondition } from '../lib/authorise';
import { readSeason, refs } from '../lib/documents';

export const saveSeason = command(
  'saveSeason',
  async ({ actor, input: { seasonId, settings } }) => {
    return db.runTransaction(async (tx) => {
      if (seasonId) {
        const current = await readSeason(tx, seasonId, actor);
        if (!SEASON_STATE_RULES[current.state].editSettings) {
          throw precondition(`A ${current.state} season can no longer be edited.`);
        }
        const season = resolveSeason(seasonId, settings, current.state);
        // Editing the settings leaves the survey as setSurvey left it.
        const survey = current.surveyOpen === undefined ? {} : { surveyOpen: current.surveyOpen };
        tx.set(refs.season(seasonId), { ...season, ...survey, updatedAt: Date.now() });
        return { seasonId };
      }
      const ref = db.collection('seasons').doc();
      const season = resolveSeason(ref.id, settings, 'draft');
      // A new season is a draft: it becomes the one the app shows when an organiser opens it.
      tx.set(ref, { ...season, createdAt: Date.now(), updatedAt: Date.now() });
      return { seasonId: ref.id };
    });
  },
);
