// Recording a happening once, and fanning it out: a notice for each person it concerns (and a
// mail where they agreed), and the posts of the chat channels (lib/posts). Fan-out to a whole season goes a
// page at a time, each page and the cursor that records it in one transaction, so a crash resumes
// where it stopped and a page is never told twice.
import { FieldPath, type DocumentSnapshot, type Query } from 'firebase-admin/firestore';
import { EVENT_PATHS } from '../../../src/domain/paths';
import {
  HAPPENING_IDS,
  HAPPENING_KINDS,
  audienceOf,
  mailOf,
  noticeIdOf,
  noticeOf,
  type Audience,
  type Happening,
  type HappeningBody,
} from '../../../src/domain/happenings';
import { PATHS } from '../../../src/domain/paths';
import type { ThemeId } from '../../../src/domain/themes';
import { mailAllowed, type MailPreferences } from '../../../src/domain/mail';
import { db } from './admin';
import { mailPreferencesRef, queueMail } from './mail';
import { queuePostsForHappening } from './posts';
import { metered, noOps } from './meter';
import { writeNotification } from './notifications';

export const happeningRef = (id: string) => db.collection(PATHS.happenings).doc(id);

/** Firestore's answer to a create over an existing document. */
const ALREADY_EXISTS = 6;

/**
 * Records a happening under its id unless one is there already; true when this call wrote it.
 * Its creation starts the fan-out (triggers/on-happening-created.ts).
 */
export async function recordHappening(
  id: string,
  seasonId: string,
  timeZone: string,
  body: HappeningBody,
  at: number = Date.now(),
): Promise<boolean> {
  if (!seasonId || typeof timeZone !== 'string' || !Number.isFinite(at)) {
    // A season stored without its time zone (seeded by hand): nothing worth telling is lost.
    console.error(`Happening ${id} not recorded: its season or time zone is missing.`);
    return false;
  }
  const happening: Happening = { ...body, seasonId, timeZone, at, cursor: null, done: false };
  try {
    await happeningRef(id).create(happening);
    return true;
  } catch (error) {
    if ((error as { code?: number }).code === ALREADY_EXISTS) return false;
    throw error;
  }
}

/** Whether a stored happening has what its fan-out needs (a known kind, its season, its time). */
function isTellable(happening: Happening): boolean {
  return (
    HAPPENING_KINDS.includes(happening.kind) &&
    typeof happening.seasonId === 'string' &&
    happening.seasonId.length > 0 &&
    typeof happening.at === 'number' &&
    Number.isFinite(happening.at)
  );
}

/** People told per page: a notice and a mail each stay under a transaction's 500 writes. */
export const FAN_OUT_PAGE = 200;

/** A page of recipients: uid and the team they hear it as a member of. */
interface Recipient {
  readonly uid: string;
  readonly teamId: string | null;
}

/**
 * The query whose documents, in id order, name the audience; null when it is not paged. Equality
 * filters ordered by document id need no composite index (scripts/firestore-indexes.test.ts).
 */
function audienceQuery(seasonId: string, audience: Audience): Query | null {
  switch (audience.kind) {
    case 'season':
      return db.collection(PATHS.memberships).where('seasonId', '==', seasonId);
    case 'registered':
      return db
        .collection(EVENT_PATHS.registrations)
        .where('eventId', '==', audience.eventId)
        .where('status', '==', 'registered');
    case 'company':
      return db
        .collection(PATHS.teams)
        .where('seasonId', '==', seasonId)
        .where('companyId', '==', audience.companyId);
    case 'organisers':
      return db.collection(PATHS.organisers);
    case 'teams':
    case 'nobody':
      return null;
  }
}

/** The people a page of the audience's documents names. */
function recipientsOf(audience: Audience, document: DocumentSnapshot): Recipient[] {
  switch (audience.kind) {
    case 'season':
      return [{ uid: String(document.get('uid')), teamId: String(document.get('teamId')) }];
    case 'registered':
      return [{ uid: String(document.get('uid')), teamId: null }];
    case 'organisers':
      return [{ uid: document.id, teamId: null }];
    case 'company':
    case 'teams': {
      const members = (document.get('members') ?? {}) as Record<string, unknown>;
      return Object.keys(members).map((uid) => ({ uid, teamId: document.id }));
    }
    case 'nobody':
      return [];
  }
}

/** Each person once, in the first team they were found in. */
function unique(recipients: readonly Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return recipients.filter(({ uid }) => !seen.has(uid) && seen.add(uid));
}

/**
 * Tells the next page of a happening's audience and moves its cursor; returns whether the
 * fan-out is done. The page is read outside the transaction (the emulator locks a whole
 * collection for a query made in one), and the transaction writes only if the cursor is still
 * where the page began, so two runs never tell the same page twice. A team audience is one page.
 */
async function tellNextPage(id: string, pageSize: number): Promise<boolean> {
  const snapshot = await happeningRef(id).get();
  const happening = snapshot.data() as Happening | undefined;
  if (!happening || happening.done) return true;
  if (!isTellable(happening)) {
    // Not one the functions wrote: told to no one, and never read again.
    await snapshot.ref.update({ done: true, invalid: true });
    return true;
  }
  const audience = audienceOf(happening);
  const cursor = happening.cursor ?? null;
  let documents: DocumentSnapshot[] = [];
  let last = true;
  if (audience.kind === 'teams') {
    documents = (
      await db.getAll(...audience.teamIds.map((teamId) => db.collection(PATHS.teams).doc(teamId)))
    ).filter((document) => document.exists);
  } else {
    const query = audienceQuery(happening.seasonId, audience);
    if (query) {
      let page = query.orderBy(FieldPath.documentId()).limit(pageSize);
      if (cursor) page = page.startAfter(cursor);
      const result = await page.get();
      documents = result.docs;
      last = result.size < pageSize;
    }
  }
  const recipients = unique(documents.flatMap((document) => recipientsOf(audience, document)));
  // Mails only to those who agreed to that kind (checked again when each mail leaves).
  const mail = mailOf(id, happening);
  const mailTo = new Set<string>();
  if (mail && recipients.length > 0) {
    const choices = await db.getAll(...recipients.map(({ uid }) => mailPreferencesRef(uid)));
    recipients.forEach(({ uid }, index) => {
      const preferences = choices[index]?.data() as MailPreferences | undefined;
      if (mailAllowed(preferences, mail.body.kind)) mailTo.add(uid);
    });
  }
  return db.runTransaction(async (tx) => {
    const mt = metered(tx, noOps());
    const fresh = (await mt.get(snapshot.ref)).data() as Happening | undefined;
    if (!fresh || fresh.done) return true;
    if ((fresh.cursor ?? null) !== cursor) return false;
    for (const recipient of recipients) {
      const notice = noticeOf(happening, recipient.teamId);
      if (notice) {
        writeNotification(mt, noticeIdOf(id, recipient.uid), recipient.uid, happening.at, notice);
      }
      if (mail && mailTo.has(recipient.uid)) {
        queueMail(
          mt,
          noticeIdOf(id, recipient.uid),
          recipient.uid,
          mail.body,
          happening.at,
          happening.timeZone,
          mail.expiresAt,
        );
      }
    }
    mt.update(snapshot.ref, { cursor: documents.at(-1)?.id ?? cursor, done: last });
    return last;
  });
}

/** Tells a happening's whole audience, a page at a time, from wherever its cursor stands. */
export async function fanOut(id: string, pageSize = FAN_OUT_PAGE): Promise<void> {
  // A company's page counts teams of up to 200 people (the largest size cap): one at a time.
  const snapshot = await happeningRef(id).get();
  const happening = snapshot.data() as Happening | undefined;
  if (!happening || happening.done) return;
  const size = audienceOf(happening).kind === 'company' ? 1 : pageSize;
  // The chat channels' posts, once (each delivery's id names the happening and the channel).
  await queuePostsForHappening(id, happening);
  while (!(await tellNextPage(id, size))) {
    // Each page commits before the next is read: a crash resumes at the cursor.
  }
}

/** Fan-outs left unfinished (a crash, a timeout) older than `graceMs`: finished now. */
export async function finishFanOuts(now: number, graceMs = 2 * 60 * 1000): Promise<number> {
  const unfinished = await db
    .collection(PATHS.happenings)
    .where('done', '==', false)
    .select('at')
    .get();
  let finished = 0;
  for (const document of unfinished.docs) {
    if (Number(document.get('at')) > now - graceMs) continue;
    await fanOut(document.id);
    finished += 1;
  }
  return finished;
}

/** Records a team's first action in each theme it just scored in (a replay records nothing new). */
export async function recordFirstThemes(
  seasonId: string,
  firsts: readonly { readonly teamId: string; readonly theme: ThemeId }[],
  at: number,
): Promise<void> {
  if (firsts.length === 0) return;
  const [season, ...teams] = await db.getAll(
    db.collection(PATHS.seasons).doc(seasonId),
    ...firsts.map((first) => db.collection(PATHS.teams).doc(first.teamId)),
  );
  const timeZone = String(season?.get('timeZone') ?? 'Europe/Paris');
  await Promise.all(
    firsts.map((first, index) =>
      recordHappening(
        HAPPENING_IDS.firstThemeAction(seasonId, first.teamId, first.theme),
        seasonId,
        timeZone,
        {
          kind: 'firstThemeAction',
          teamId: first.teamId,
          teamName: String(teams[index]?.get('name') ?? ''),
          theme: first.theme,
        },
        at,
      ),
    ),
  );
}
