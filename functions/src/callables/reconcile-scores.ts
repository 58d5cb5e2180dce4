// Organisers rebuild every team score of a season from its approved submissions and its
// corrections (the same pure rule the tests prove equal to the incremental result), fix the
// stored scores that differ, and rebuild the leaderboard. It may run while approvals land: it
// records up to when it counted, and the score trigger leaves out what it counted.
import { FieldValue } from 'firebase-admin/firestore';
import { command } from '../lib/on-call';
import { GAME_PATHS, type StoredTeamScore } from '../../../src/domain/game';
import { EMPTY_SCORE, rebuildScores, type Correction } from '../../../src/domain/scoring';
import { db } from '../lib/admin';
import { notFound } from '../lib/authorise';
import { refs } from '../lib/documents';
import { metered, noOps } from '../lib/meter';
import { gameRefs } from '../lib/documents';
import { microsOf, rebuildLeaderboard, scoredOf } from '../lib/scores';
import { writeAudit } from '../lib/submissions';

/** The parts of a stored score the rebuild decides (reachedAt is history, kept as stored). */
const comparable = (score: Partial<StoredTeamScore> | undefined) =>
  JSON.stringify(
    {
      total: score?.total ?? 0,
      byTheme: score?.byTheme ?? {},
      byModality: score?.byModality ?? {},
      byDay: score?.byDay ?? {},
      members: score?.members ?? {},
      activeMembers: score?.activeMembers ?? 0,
      approvedCount: score?.approvedCount ?? 0,
      impact: score?.impact ?? {},
    },
    (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
        : value,
  );

/** Rebuilds a season's scores; returns how many teams it checked and how many it fixed. */
export async function reconcileSeason(
  seasonId: string,
  by: string,
): Promise<{ teams: number; fixed: number }> {
  const result = await db.runTransaction(async (tx) => {
    const mt = metered(tx, noOps());
    const season = await mt.get(refs.season(seasonId));
    if (!season.exists) throw notFound('This season');
    const stateRef = gameRefs.leaderboard(seasonId, 'state');
    const [approved, corrections, stored, state] = await Promise.all([
      mt.query(
        db
          .collection(GAME_PATHS.submissions)
          .where('seasonId', '==', seasonId)
          .where('status', '==', 'approved'),
      ),
      mt.query(db.collection(GAME_PATHS.corrections(seasonId))),
      mt.query(db.collection(GAME_PATHS.scores(seasonId))),
      mt.get(stateRef),
    ]);
    // Every submission write committed up to this read is in the rebuild: a trigger that arrives
    // later for one of them must not add it again (applyScoreEvent).
    const countedUpTo = Math.max(
      microsOf(approved.readTime),
      Number(state.get('countedUpTo') ?? -1),
    );
    mt.set(stateRef, { countedUpTo }, { merge: true });
    const rebuilt = rebuildScores(
      approved.docs.flatMap((document) => scoredOf(document.id, document.data()) ?? []),
      corrections.docs.map((document): Correction => ({
        id: document.id,
        teamId: String(document.get('teamId')),
        points: Number(document.get('points')),
      })),
    );
    const storedById = new Map(stored.docs.map((document) => [document.id, document]));
    const teamIds = new Set([...rebuilt.keys(), ...storedById.keys()]);
    let fixed = 0;
    for (const teamId of teamIds) {
      const truth = rebuilt.get(teamId);
      const current = storedById.get(teamId)?.data() as StoredTeamScore | undefined;
      if (comparable(truth) === comparable(current)) continue;
      fixed += 1;
      mt.set(gameRefs.score(seasonId, teamId), {
        ...(truth ?? EMPTY_SCORE),
        teamId,
        reachedAt: current?.reachedAt ?? Date.now(),
        changedAt: FieldValue.serverTimestamp(),
      });
    }
    writeAudit(mt, seasonId, {
      kind: 'reconcile',
      by,
      submissionId: null,
      teamId: null,
      actionId: null,
      points: null,
      reason: `${fixed} of ${teamIds.size} team scores fixed`,
    });
    return { teams: teamIds.size, fixed };
  });
  // A reconciliation rebuilds the board from every team and score, not from what moved.
  await rebuildLeaderboard(seasonId, { full: true });
  return result;
}

export const reconcileScores = command('reconcileScores', async ({ actor, input }) => {
  return reconcileSeason(input.seasonId, actor.uid as string);
});
