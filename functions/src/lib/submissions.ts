// What every submission command shares: reading a submission, checking a proof against its
// action and the season's rules, spotting the same proof (or a photo that looks the same) sent by
// someone else, the rate limit, and the audit log.
import { createHash } from 'node:crypto';
import { HttpsError } from 'firebase-functions/v2/https';
import type { Action } from '../../../src/domain/action';
import type { AuditEntry, Submission } from '../../../src/domain/game';
import {
  hammingDistance,
  PHOTO_MATCH_DISTANCE,
  photoHashBands,
} from '../../../src/domain/photo-hash';
import { proofFingerprint } from '../../../src/domain/proof-fingerprint';
import { seasonSubmitRefusal, type Season } from '../../../src/domain/season';
import {
  checkDoneAt,
  dayIn,
  nextSubmissionAllowedAt,
  PHOTO_STORED_MAX_BYTES,
  proofMatches,
  REPEAT_COUNTED_STATUSES,
  repeatAllows,
  sniffImageType,
  SUBMISSION_RATE,
  type Proof,
} from '../../../src/domain/submission';
import { db } from './admin';
import { notFound } from './authorise';
import type { MeteredTransaction, Ops } from './meter';
import { photoHashOf } from './photo-hash';
import { gameRefs } from './documents';

/** A refusal the SPA translates: `details.key` names the sentence under "gameRefusals". */
export function refusal(
  key: string,
  message: string,
  values: Record<string, unknown> = {},
  code: 'failed-precondition' | 'invalid-argument' = 'failed-precondition',
): HttpsError {
  return new HttpsError(code, message, { key: `gameRefusals.${key}`, ...values });
}

const SEASON_SUBMIT_REFUSALS = {
  seasonClosed: 'The season has ended: no more submissions.',
  seasonNotOpen: 'The season is not open for submissions.',
} as const;

/** Refuses a submission, new or sent again, to a season that takes none in its state. */
export function requireSeasonTakesSubmissions(season: Pick<Season, 'state'>): void {
  const reason = seasonSubmitRefusal(season.state);
  if (reason) throw refusal(reason, SEASON_SUBMIT_REFUSALS[reason]);
}

export async function readSubmission(mt: MeteredTransaction, id: string): Promise<Submission> {
  const snapshot = await mt.get(gameRefs.submission(id));
  if (!snapshot.exists) throw notFound('This submission');
  return { ...(snapshot.data() as Omit<Submission, 'id'>), id: snapshot.id };
}

/** The photo's bytes, checked by content (never by name) against the type it claims. */
export function photoBytes(proof: Proof): Buffer | null {
  if (proof.kind !== 'photo') return null;
  const bytes = Buffer.from(proof.data, 'base64');
  const sniffed = sniffImageType(bytes);
  if (!sniffed || sniffed !== proof.type || bytes.length === 0) {
    throw refusal(
      'photoContent',
      'The photo is not a JPEG, PNG or WebP image.',
      {},
      'invalid-argument',
    );
  }
  if (bytes.length > PHOTO_STORED_MAX_BYTES) {
    throw new HttpsError(
      'invalid-argument',
      'This photo is too large even once compressed: choose a smaller one.',
    );
  }
  return bytes;
}

/** The hash two identical proofs share (a photo by its bytes), or null for no proof. */
export function proofHashOf(proof: Proof, photo: Buffer | null): string | null {
  const fingerprint = photo
    ? `photo:${createHash('sha256').update(photo).digest('hex')}`
    : proofFingerprint(proof);
  return fingerprint ? createHash('sha256').update(fingerprint).digest('hex') : null;
}

/** What a photo proof looks like: its perceptual hash, and the bands the duplicate query asks. */
export interface PhotoLook {
  readonly photoHash: string;
  readonly photoBands: string[];
}

/**
 * The look of a photo proof, from pixels decoded here (never a hash the client sends); null for
 * another proof. Decoding takes time: call it before the transaction, never inside. Refuses a
 * photo that does not decode as the type it claims, or declares too many pixels.
 */
export async function photoLookOf(proof: Proof, photo: Buffer | null): Promise<PhotoLook | null> {
  if (proof.kind !== 'photo' || !photo) return null;
  const photoHash = await photoHashOf(photo, proof.type);
  if (!photoHash) {
    throw refusal(
      'photoContent',
      'The photo cannot be read as a JPEG, PNG or WebP image.',
      {},
      'invalid-argument',
    );
  }
  return { photoHash, photoBands: photoHashBands(photoHash) };
}

/** Stored on the submission: the proof without a photo's bytes (those go to proofPhotos). */
export function storedProof(proof: Proof, photo: Buffer | null): Submission['proof'] {
  if (proof.kind === 'photo') return { kind: 'photo', type: proof.type, bytes: photo?.length ?? 0 };
  return proof;
}

/**
 * Checks a submission of `action` done at `doneAt` with `proof` against the season's rules:
 * proof kind, date window, repeat rule (over the person's, or for team actions the team's,
 * pending and approved submissions other than `excludeId`). Throws the refusal, else returns
 * the day it was done. The earlier submissions are read outside the transaction; call
 * `takeSubmissionTurn` first, which keeps crossing sends apart.
 */
export async function checkSubmission(
  mt: MeteredTransaction,
  input: {
    season: Season;
    action: Action;
    uid: string;
    teamId: string;
    doneAt: number;
    proof: Proof;
    now: number;
    excludeId?: string;
  },
): Promise<string> {
  const { season, action, proof } = input;
  if (!proofMatches(action.proof, proof)) {
    throw refusal(
      'proofKind',
      `This action asks for a proof of kind "${action.proof}".`,
      { kind: action.proof },
      'invalid-argument',
    );
  }
  const dateRefusal = checkDoneAt(input.doneAt, input.now, season);
  if (dateRefusal) {
    const words = {
      future: 'The date is in the future.',
      beforeSeason: 'The date is before the season started.',
      tooOld: `This is further back than the season allows (${season.logBackDays} ${season.logBackDays === 1 ? 'day' : 'days'}).`,
      seasonClosed: 'The season has ended: no more submissions.',
    } as const;
    throw refusal(dateRefusal, words[dateRefusal], {
      count: season.logBackDays,
      days: season.logBackDays,
    });
  }
  if (!(await repeatAllowed(mt, input))) {
    const rule = action.repeat;
    const key =
      rule.kind === 'once' ? 'repeatOnce' : rule.kind === 'upTo' ? 'repeatUpTo' : 'repeatDaily';
    const times = rule.kind === 'upTo' ? rule.times : 1;
    throw refusal(
      key,
      `This action has already been logged as often as it counts (${rule.kind}).`,
      { count: times, times },
    );
  }
  return dayIn(season.timeZone, input.doneAt);
}

/**
 * The repeat rule, as every path that creates or approves a submission asks it (submit, resubmit,
 * attendance): whether one more of `action` done at `doneAt` counts, given the person's (or, for a
 * team action, the team's) pending and approved submissions other than `excludeId`. The earlier
 * submissions are read outside the transaction: take the turn (`takeSubmissionTurn`) first.
 */
export async function repeatAllowed(
  mt: MeteredTransaction,
  input: {
    season: Pick<Season, 'id' | 'timeZone'>;
    action: Pick<Action, 'id' | 'scope' | 'repeat'>;
    uid: string;
    teamId: string;
    doneAt: number;
    excludeId?: string;
  },
): Promise<boolean> {
  const { season, action } = input;
  const byWho =
    action.scope === 'team'
      ? db.collection('submissions').where('teamId', '==', input.teamId)
      : db.collection('submissions').where('uid', '==', input.uid);
  const earlier = await byWho
    .where('seasonId', '==', season.id)
    .where('actionId', '==', action.id)
    .get();
  mt.ops.reads += Math.max(1, earlier.size);
  const counted = earlier.docs
    .filter((document) => document.id !== input.excludeId)
    .filter((document) => REPEAT_COUNTED_STATUSES.has(String(document.get('status'))))
    .map((document) => ({ doneAt: Number(document.get('doneAt')) }));
  return repeatAllows(action.repeat, counted, input.doneAt, season.timeZone);
}

/**
 * Another person's submission in the season with the same proof, if any; for a photo, failing the
 * same bytes, the one whose photo looks the most alike (within PHOTO_MATCH_DISTANCE bits; the
 * earlier sent among equals). Only a flag for the organisers, so it is read outside the
 * transaction: a query in a transaction holds its locks until the commit (the Firestore emulator
 * locks the whole collection), and concurrent submissions would queue behind one another for a
 * hint.
 */
export async function duplicateOf(
  ops: Ops,
  seasonId: string,
  uid: string,
  proofHash: string | null,
  look: PhotoLook | null = null,
): Promise<string | null> {
  if (!proofHash) return null;
  const same = await db
    .collection('submissions')
    .where('seasonId', '==', seasonId)
    .where('proofHash', '==', proofHash)
    .limit(10)
    .get();
  ops.reads += Math.max(1, same.size);
  const exact = same.docs.find((document) => document.get('uid') !== uid)?.id ?? null;
  if (exact || !look) return exact;
  return lookAlikeOf(ops, seasonId, uid, look);
}

/**
 * Another person's photo in the season that looks like `look`, the closest first. Two hashes
 * within the threshold share a band (photoHashBands), so one query on the bands finds the
 * candidates, and their distance decides.
 */
async function lookAlikeOf(
  ops: Ops,
  seasonId: string,
  uid: string,
  look: PhotoLook,
): Promise<string | null> {
  const candidates = await db
    .collection('submissions')
    .where('seasonId', '==', seasonId)
    .where('photoBands', 'array-contains-any', look.photoBands)
    .limit(20)
    .get();
  ops.reads += Math.max(1, candidates.size);
  const alike = candidates.docs
    .flatMap((document) => {
      const photoHash: unknown = document.get('photoHash');
      if (document.get('uid') === uid || typeof photoHash !== 'string') return [];
      const distance = hammingDistance(look.photoHash, photoHash);
      return [{ id: document.id, distance, createdAt: Number(document.get('createdAt')) }];
    })
    .filter((candidate) => candidate.distance <= PHOTO_MATCH_DISTANCE)
    .sort((a, b) => a.distance - b.distance || a.createdAt - b.createdAt);
  return alike[0]?.id ?? null;
}

/**
 * The rate limit: throws `resource-exhausted` with the moment to try again, else records this
 * submission's time. Reads before it writes, as transactions require: call it before writing,
 * and before `checkSubmission`.
 *
 * It is also what keeps the repeat rule exact when sends cross: `checkSubmission` counts the
 * earlier submissions with a query outside the transaction (a query inside one holds its locks
 * until the commit, and the Firestore emulator locks the whole collection, so concurrent
 * submissions deadlocked). Every submission transaction of a person reads and writes their
 * rate-limit document, so two of their sends cannot both commit: the second one runs again and
 * its count sees the first. A team action counts the team's submissions, so its sends also
 * read and write the team's turn document (`teamAction`).
 *
 * Attendance, marked by an organiser, takes the same turn with `{ limited: false }`: it is neither
 * refused by the person's rate nor counted in it, yet it cannot cross one of their own sends.
 */
export async function takeSubmissionTurn(
  mt: MeteredTransaction,
  uid: string,
  now: number,
  teamAction: { seasonId: string; teamId: string } | null,
  { limited = true }: { limited?: boolean } = {},
): Promise<() => void> {
  const ref = gameRefs.rateLimit(uid);
  const recent = ((await mt.get(ref)).get('recent') as number[] | undefined) ?? [];
  const retryAt = limited ? nextSubmissionAllowedAt(recent, now) : null;
  if (retryAt !== null) {
    throw new HttpsError(
      'resource-exhausted',
      `Too many submissions in a short time: try again at ${new Date(retryAt).toISOString()}.`,
      { retryAt },
    );
  }
  const teamRef = teamAction ? gameRefs.teamTurn(teamAction.seasonId, teamAction.teamId) : null;
  if (teamRef) await mt.get(teamRef);
  // The rule reads only the newest `count` sends within the window: the rest need not be kept.
  const kept = recent
    .filter((at) => at > now - SUBMISSION_RATE.windowMs)
    .slice(-SUBMISSION_RATE.count);
  return () => {
    mt.set(ref, { recent: limited ? [...kept, now] : kept });
    if (teamRef) mt.set(teamRef, { at: now });
  };
}

/** Writes one entry of the season's audit log. */
export function writeAudit(
  mt: MeteredTransaction,
  seasonId: string,
  entry: Omit<AuditEntry, 'at'> & { at?: number },
): void {
  mt.set(gameRefs.audit(seasonId), { at: Date.now(), ...entry });
}

/** Keeps a photo proof's bytes apart from its submission, readable by fewer people. */
export function writeProofPhoto(
  mt: MeteredTransaction,
  submissionId: string,
  owner: { seasonId: string; teamId: string; uid: string },
  proof: Extract<Proof, { kind: 'photo' }>,
): void {
  mt.set(gameRefs.proofPhoto(submissionId), { ...owner, type: proof.type, data: proof.data });
}
