// Every five minutes, seasons move on their dates, and a running season's board that missed a
// change is marked for a rebuild (markBoardIfBehind). Scheduled functions never fire in the
// emulator: the handler is exported and tested directly, and organisers can move seasons by hand.
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { stateOnDates, type Season } from '../../../src/domain/season';
import { db } from '../lib/admin';
import { refs } from '../lib/documents';
import { markBoardIfBehind } from '../lib/scores';

/** Applies every season's date transitions as of `now`; returns the seasons it moved. */
export async function applySeasonDates(now: number): Promise<{ id: string; to: string }[]> {
  const snapshot = await db.collection('seasons').where('state', 'in', ['open', 'frozen']).get();
  const moved: { id: string; to: string }[] = [];
  for (const document of snapshot.docs) {
    await db.runTransaction(async (tx) => {
      const fresh = await tx.get(document.ref);
      const season = fresh.data() as Season;
      const to = stateOnDates(season.state, season, now);
      if (to === season.state) return;
      tx.update(refs.season(document.id), { state: to, updatedAt: now });
      moved.push({ id: document.id, to });
    });
  }
  return moved;
}

/** Marks for a rebuild the boards of open and frozen seasons that missed a change. */
export async function healBoards(now: number): Promise<string[]> {
  const snapshot = await db.collection('seasons').where('state', 'in', ['open', 'frozen']).get();
  const marked: string[] = [];
  for (const document of snapshot.docs) {
    if (await markBoardIfBehind(document.id, now)) marked.push(document.id);
  }
  return marked;
}

/**
 * The five-minute tick: seasons move on their dates, then boards that missed a change are asked
 * for again. `npm start` and organisers run it as the `seasonDates` job (scheduled/jobs.ts).
 */
export async function tickSeasons(
  now: number,
): Promise<{ moved: { id: string; to: string }[]; boardsAskedAgain: number }> {
  const moved = await applySeasonDates(now);
  const marked = await healBoards(now);
  if (marked.length > 0) console.warn(`Boards marked again for a rebuild: ${marked.join(', ')}`);
  return { moved, boardsAskedAgain: marked.length };
}

export const seasonTick = onSchedule('every 5 minutes', async () => {
  await tickSeasons(Date.now());
});
