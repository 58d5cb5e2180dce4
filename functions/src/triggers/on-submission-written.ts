// Every write to a submission changes the scores by what it counts for after the write minus
// what it counted for before, once per event id (or under the mark a review left when it scored
// the write itself, decision 020), and asks for a rebuild.
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { deltasForWrite } from '../../../src/domain/scoring';
import { db } from '../lib/admin';
import { metered, noOps, type Ops } from '../lib/meter';
import { recordFirstThemes } from '../lib/happenings';
import { gameRefs } from '../lib/documents';
import { applyScoreEvent, microsOf, microsOfIso, scoredByWriter, scoredOf } from '../lib/scores';

/**
 * The trigger's work, exported so tests can replay an event: applies the write's score change
 * unless this event id was applied already, or a reconciliation counted the write (committed at
 * `committedAt`, in µs) before it arrived. Returns what it did and what it cost.
 */
export async function applySubmissionWrite(
  eventId: string,
  submissionId: string,
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
  committedAt?: number,
): Promise<{ applied: boolean; seasonId: string | null; ops: Ops }> {
  const ops = noOps();
  const seasonId = String((after ?? before)?.seasonId ?? '');
  const deltas = deltasForWrite(scoredOf(submissionId, before), scoredOf(submissionId, after));
  if (!seasonId || deltas.length === 0) {
    return { applied: false, seasonId: seasonId || null, ops };
  }
  // A write its writer scored in the same transaction (a review) left a mark: then nothing more.
  const scoredMark = scoredByWriter(submissionId, before, after);
  if (scoredMark) {
    const mark = await gameRefs.applied(seasonId, scoredMark).get();
    ops.reads += 1;
    if (mark.exists) return { applied: false, seasonId, ops };
  }
  const now = Date.now();
  // A submission replaced with its author's account had the author's uid in its id: its marks
  // name the id that replaces it, so no mark keeps the uid (deleteMyAccount).
  const noted = String(before?.erasedAs ?? after?.erasedAs ?? submissionId);
  const result = await db.runTransaction((tx) =>
    applyScoreEvent(
      metered(tx, ops),
      seasonId,
      scoredMark ?? eventId,
      deltas,
      now,
      { submissionId: noted },
      committedAt,
    ),
  );
  // A team's first points in a theme are news (told after the scores commit: a crash in between
  // loses that one notice, never a point).
  await recordFirstThemes(seasonId, result.firsts, now).catch((error: unknown) => {
    console.error(`A first action in a theme of ${seasonId} was not recorded:`, error);
  });
  return { applied: result.applied, seasonId, ops };
}

export const onSubmissionWritten = onDocumentWritten(
  'submissions/{submissionId}',
  async (event) => {
    const after = event.data?.after;
    await applySubmissionWrite(
      event.id,
      event.params.submissionId,
      event.data?.before.data(),
      after?.data(),
      // A write's commit time is the new version's update time; a deletion has no new version,
      // and the event's time is when it was committed.
      after?.exists && after.updateTime ? microsOf(after.updateTime) : microsOfIso(event.time),
    );
  },
);
