// An organiser moves a season to its next state by hand (draft -> open -> frozen -> closed).
import { command } from '../lib/on-call';
import { nextState } from '../../../src/domain/season';
import { db } from '../lib/admin';
import { precondition } from '../lib/authorise';
import { readSeason, refs } from '../lib/documents';

export const advanceSeason = command(
  'advanceSeason',
  async ({ actor, input: { seasonId, to } }) => {
    return db.runTransaction(async (tx) => {
      const season = await readSeason(tx, seasonId, actor);
      if (season.state === to) return { seasonId, state: to };
      if (nextState(season.state) !== to) {
        throw precondition(
          `A ${season.state} season can only move to ${nextState(season.state) ?? 'nothing'}.`,
        );
      }
      tx.update(refs.season(seasonId), { state: to, updatedAt: Date.now() });
      // Opening a season makes it the one the app shows.
      if (to === 'open') tx.set(refs.appConfig(), { currentSeasonId: seasonId }, { merge: true });
      return { seasonId, state: to };
    });
  },
);
