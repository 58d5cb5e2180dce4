// Once a day, proof photos of seasons closed longer than their retention are deleted, and each
// photo proof is marked as purged. Scheduled functions never fire in the emulator: the handler
// is exported and tested directly.
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { photoPurgeDue, type PhotoRetention } from '../../../src/domain/account';
import { GAME_PATHS } from '../../../src/domain/game';
import { PATHS } from '../../../src/domain/paths';
import { db } from '../lib/admin';
import { gameRefs, refs } from '../lib/documents';

/** Photos handled per batch: each deletes a photo and marks its submission (2 writes of 500). */
const PHOTOS_PER_BATCH = 200;

/** Deletes one season's photos, a batch at a time; returns how many it deleted. */
async function purgeSeason(seasonId: string): Promise<number> {
  let purged = 0;
  for (;;) {
    // Ids only: a page of photos would otherwise bring their bytes into memory.
    const page = await db
      .collection(GAME_PATHS.proofPhotos)
      .where('seasonId', '==', seasonId)
      .select()
      .limit(PHOTOS_PER_BATCH)
      .get();
    if (page.empty) return purged;
    const submissions = await db.getAll(
      ...page.docs.map((photo) => gameRefs.submission(photo.id)),
      { fieldMask: ['proof'] },
    );
    const batch = db.batch();
    page.docs.forEach((photo, index) => {
      batch.delete(photo.ref);
      const submission = submissions[index];
      if (submission?.exists && submission.get('proof.kind') === 'photo') {
        batch.update(submission.ref, { 'proof.purged': true });
      }
    });
    await batch.commit();
    purged += page.size;
  }
}

/**
 * Purges the photos of every closed season whose end plus its retention days has passed as of
 * `now` and that was not purged yet, then marks the season (`photosPurgedAt`). Returns how many
 * seasons and photos it purged: a second run finds nothing to do.
 */
export async function purgeExpiredProofPhotos(
  now: number,
): Promise<{ seasons: number; photos: number }> {
  const closed = await db.collection(PATHS.seasons).where('state', '==', 'closed').get();
  let seasons = 0;
  let photos = 0;
  for (const season of closed.docs) {
    if (!photoPurgeDue(season.data() as PhotoRetention, now)) continue;
    photos += await purgeSeason(season.id);
    await refs.season(season.id).update({ photosPurgedAt: now });
    seasons += 1;
  }
  return { seasons, photos };
}

export const purgeProofPhotos = onSchedule(
  { schedule: 'every 24 hours', timeoutSeconds: 540 },
  async () => {
    await purgeExpiredProofPhotos(Date.now());
  },
);
