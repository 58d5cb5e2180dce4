// Organisers approve or reject pending submissions (up to 100 at once; a rejection needs a
// reason the author will read), or keep an auto-approved one after auditing it. Submissions
// that have moved on since the queue showed them are skipped, not failed. Each author of an
// approved or rejected submission gets a notification (a rejection with its reason); a rejection
// is also mailed, where the author has not turned that off. The scores move in the review's own
// transaction and the board is rebuilt before it answers (decision 020).
import { command } from '../lib/on-call';
import { type Submission } from '../../../src/domain/game';
import { canMove, deltasForWrite, type ScoreDelta } from '../../../src/domain/scoring';
import { recordFirstThemes } from '../lib/happenings';
import {
  closeScoreBook,
  enterInBook,
  markBoardChanged,
  readScoreBooks,
  rebuildForReview,
  SCORED_WRITE,
  scoredOf,
  scoredWriteId,
} from '../lib/scores';
import { db } from '../lib/admin';
import { metered, noOps, opsForBench } from '../lib/meter';
import { NOTIFICATION_PATHS } from '../../../src/domain/paths';
import type { Season } from '../../../src/domain/season';
import { actionTitleOf } from '../../../src/domain/team-insights';
import { refs } from '../lib/documents';
import { DEFAULT_TIME_ZONE, rejectionMailId } from '../../../src/domain/mail';
import { queueMail } from '../lib/mail';
import { writeNotification } from '../lib/notifications';
import { gameRefs } from '../lib/documents';
import { writeAudit } from '../lib/submissions';

export const reviewSubmissions = command('reviewSubmissions', async ({ actor, input }) => {
  const ids = [...new Set(input.submissionIds)];
  const ops = noOps();
  const result = await db.runTransaction(async (tx) => {
    const mt = metered(tx, ops);
    const now = Date.now();
    const snapshots = await Promise.all(ids.map((id) => mt.get(gameRefs.submission(id))));
    // The seasons' own actions name what the notifications tell their authors about.
    const seasonIds = [
      ...new Set(snapshots.flatMap((snapshot) => snapshot.get('seasonId') ?? [])),
    ] as string[];
    const seasons = new Map(
      (seasonIds.length > 0 ? await mt.getAll(...seasonIds.map((id) => refs.season(id))) : []).map(
        (snapshot) => [snapshot.id, snapshot.data() as Season | undefined],
      ),
    );
    // What each submission becomes, decided before anything is written (a transaction reads
    // first): the scores of the teams an approval or rejection moves are read with the rest.
    const moves = new Map<string, { to: 'approved' | 'rejected'; deltas: ScoreDelta[] }>();
    const teamsBySeason = new Map<string, Set<string>>();
    if (input.decision !== 'keep') {
      const to = input.decision === 'approve' ? 'approved' : 'rejected';
      for (const snapshot of snapshots) {
        const before = snapshot.data();
        const submission = before as Submission | undefined;
        if (!submission || !canMove(submission.status, to, 'organiser')) continue;
        const deltas = deltasForWrite(
          scoredOf(snapshot.id, before),
          scoredOf(snapshot.id, { ...before, ...movedFields(to, input.reason, now) }),
        );
        moves.set(snapshot.id, { to, deltas });
        if (deltas.length === 0) continue;
        const teams = teamsBySeason.get(submission.seasonId) ?? new Set<string>();
        for (const delta of deltas) teams.add(delta.teamId);
        teamsBySeason.set(submission.seasonId, teams);
      }
    }
    const books = await readScoreBooks(mt, teamsBySeason);
    const changed: string[] = [];
    const skipped: string[] = [];
    for (const snapshot of snapshots) {
      const submission = snapshot.data() as Submission | undefined;
      if (!submission) {
        skipped.push(snapshot.id);
        continue;
      }
      const ref = gameRefs.submission(snapshot.id);
      if (input.decision === 'keep') {
        if (submission.status !== 'approved' || !submission.auto || submission.audited) {
          skipped.push(snapshot.id);
          continue;
        }
        mt.update(ref, { audited: true, reviewedAt: now, updatedAt: now });
      } else {
        const move = moves.get(snapshot.id);
        if (!move) {
          skipped.push(snapshot.id);
          continue;
        }
        const { to, deltas } = move;
        // The score change is applied here, in the review's transaction, under a mark the write
        // names: the board can move before the review answers, and the trigger adds nothing.
        const book = books.get(submission.seasonId);
        const scored =
          book && deltas.length > 0
            ? { eventId: scoredWriteId(snapshot.id), deltas, note: { submissionId: snapshot.id } }
            : null;
        if (book && scored) enterInBook(book, scored, now);
        mt.update(ref, {
          ...movedFields(to, input.reason, now),
          ...(scored ? { [SCORED_WRITE]: scored.eventId } : {}),
        });
        const season = seasons.get(submission.seasonId) ?? null;
        const title = actionTitleOf(season, submission.actionId);
        const about = {
          submissionId: snapshot.id,
          actionId: submission.actionId,
          title: title ?? { fr: submission.actionId, en: submission.actionId },
        };
        writeNotification(
          mt,
          NOTIFICATION_PATHS.reviewedId(snapshot.id, to, now),
          submission.uid,
          now,
          to === 'approved'
            ? { kind: 'submissionApproved', ...about, points: submission.points }
            : { kind: 'submissionRejected', ...about, reason: input.reason ?? '' },
        );
        if (to === 'rejected') {
          queueMail(
            mt,
            rejectionMailId(snapshot.id, now),
            submission.uid,
            {
              kind: 'rejection',
              submissionId: snapshot.id,
              title: about.title,
              reason: input.reason ?? '',
            },
            now,
            season?.timeZone ?? DEFAULT_TIME_ZONE,
          );
        }
      }
      changed.push(snapshot.id);
      writeAudit(mt, submission.seasonId, {
        kind: input.decision,
        by: actor.uid as string,
        submissionId: snapshot.id,
        teamId: submission.teamId,
        actionId: submission.actionId,
        points: submission.points,
        reason: input.reason,
      });
    }
    const scoredSeasons = [...books.values()].map((book) => ({
      seasonId: book.seasonId,
      scored: book.events.length > 0,
      firsts: closeScoreBook(mt, book, now),
    }));
    return { changed: changed.length, skipped, scoredSeasons, now };
  });
  // After the commit: the teams' first points in a theme are news, the board is marked, and
  // rebuilt here when this review marked it first (a failure is logged: the review is done; a
  // board left behind is marked again by the season tick, markBoardIfBehind).
  for (const { seasonId, firsts, scored } of result.scoredSeasons) {
    await recordFirstThemes(seasonId, firsts, result.now).catch((error: unknown) => {
      console.error(`A first action in a theme of ${seasonId} was not recorded:`, error);
    });
    if (!scored) continue;
    await markBoardChanged(seasonId)
      .then((first) => (first ? rebuildForReview(seasonId) : null))
      .catch((error: unknown) => {
        console.error(`The leaderboard of ${seasonId} was not rebuilt after a review:`, error);
      });
  }
  return { changed: result.changed, skipped: result.skipped, ...opsForBench(ops) };
});

/** What a review writes on a submission it moves to `to`. */
function movedFields(to: 'approved' | 'rejected', reason: string | null, now: number) {
  return {
    status: to,
    reason: to === 'rejected' ? reason : null,
    reviewedAt: now,
    updatedAt: now,
    ...(to === 'approved' ? { approvedAt: now } : {}),
  };
}
