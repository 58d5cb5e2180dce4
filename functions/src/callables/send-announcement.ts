// An organiser writes to a season's people, or to one company's: recorded as a happening, which
// its fan-out turns into a notice for each of them (and a mail where they agreed).
import { HAPPENING_IDS, type Happening } from '../../../src/domain/happenings';
import { PATHS } from '../../../src/domain/paths';
import { publicName } from '../../../src/domain/team';
import { db } from '../lib/admin';
import { notFound } from '../lib/authorise';
import { readProfile, readSeason, refs } from '../lib/documents';
import { happeningRef } from '../lib/happenings';
import { command } from '../lib/on-call';
import { refusal } from '../lib/submissions';

export const sendAnnouncement = command('sendAnnouncement', async ({ actor, input }) => {
  return db.runTransaction(async (tx) => {
    const season = await readSeason(tx, input.seasonId, actor);
    if (season.state === 'draft') {
      throw refusal('announceDraft', 'A draft season has no one to tell yet: open it first.');
    }
    if (input.companyId && !(await tx.get(refs.company(input.companyId))).exists) {
      throw notFound('This company');
    }
    const profile = await readProfile(tx, actor.uid as string);
    const now = Date.now();
    const id = HAPPENING_IDS.announcement(season.id, db.collection(PATHS.happenings).doc().id);
    const happening: Happening = {
      kind: 'announcement',
      companyId: input.companyId,
      title: input.title,
      message: input.message,
      from: profile?.pseudonym ? publicName(profile) : '',
      seasonId: season.id,
      timeZone: season.timeZone,
      at: now,
      cursor: null,
      done: false,
    };
    tx.create(happeningRef(id), happening);
    return { announcementId: id };
  });
});
