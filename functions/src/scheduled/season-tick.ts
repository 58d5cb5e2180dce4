// Every five minutes, seasons move on their dates. Scheduled functions never fire in the
// emulator: the handler is exported and tested directly, and organisers can move seasons by hand.
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { stateOnDates, type Season } from '../../../src/domain/season';
import { db } from '../lib/admin';
import { refs } from '../lib/documents';

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

export const seasonTick = onSchedule('every 5 minutes', async () => {
  await applySeasonDates(Date.now());
});
