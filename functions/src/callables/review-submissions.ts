// Organisers approve or reject pending submissions (up to 100 at once; a rejection needs a
// reason the author will read), or keep an auto-approved one after auditing it. Submissions
// that have moved on since the queue showed them are skipped, not failed. Each author of an
// approved or rejected submission gets a notification (a rejection with its reason); a rejection
// is also mailed, where the author has not turned that off.
import { command } from '../lib/on-call';
import { type Submission } from '../../../src/domain/game';
import { canMove } from '../../../src/domain/scoring';
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
        const to = input.decision === 'approve' ? 'approved' : 'rejected';
        if (!canMove(submission.status, to, 'organiser')) {
          skipped.push(snapshot.id);
          continue;
        }
        mt.update(ref, {
          status: to,
          reason: to === 'rejected' ? input.reason : null,
          reviewedAt: now,
          updatedAt: now,
          ...(to === 'approved' ? { approvedAt: now } : {}),
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
    return { changed: changed.length, skipped };
  });
  return { ...result, ...opsForBench(ops) };
});
