// A person's data rights: the copy of everything stored about them (exportMyData), the deletion
// of their account (deleteMyAccount), and the purge of proof photos after a season. The shapes
// and the pure rules; the functions do the reading and writing.
import type { MailPreferences } from './mail';
import { ownValue } from './own';
import { z } from 'zod';
import type { EventRegistration } from './events';
import type { Notification } from './notifications';
import type { AuditEntry, StoredProof, Submission } from './game';
import type { Membership, Profile } from './paths';
import { emptyPayloadSchema } from './schemas';
import { DEFAULT_PHOTO_RETENTION_DAYS, type DeletionPolicy, type SeasonState } from './season';
import type { SurveyAnswer } from './survey';
import { membersAfterLeave, type TeamMember } from './team';

const DAY = 24 * 60 * 60 * 1000;

/** exportMyData takes nothing. */
export const exportMyDataPayloadSchema = emptyPayloadSchema;

/** deleteMyAccount: the person says so explicitly; anything else changes nothing. */
export const deleteAccountPayloadSchema = z.strictObject({
  confirm: z.literal(true, { error: 'validation.confirmDeletion' }),
});

/** What deleteMyAccount did to the person's approved submissions, over every season. */
export interface DeleteAccountResult {
  /** Approved submissions whose points stay with the team, anonymised (policy `keep`). */
  readonly submissionsKept: number;
  /** Approved submissions deleted, their points taken off the team's score (policy `remove`). */
  readonly submissionsRemoved: number;
}

/** Everything stored about one person, as exportMyData answers it (times in ms since 1970). */
export interface MyDataExport {
  readonly exportedAt: number;
  readonly account: {
    readonly uid: string;
    readonly email: string | null;
    readonly createdAt: number | null;
  };
  readonly profile: Profile | null;
  /** Their entry in the organisers list, when they are an organiser. */
  readonly organiser: { readonly email: string; readonly grantedAt: number } | null;
  readonly memberships: readonly (Membership & {
    readonly teamName: string | null;
    /** The name their team shows for them. */
    readonly name: string | null;
  })[];
  /** Picked actions: when each was picked. */
  readonly picks: Readonly<Record<string, number>>;
  /**
   * Their submissions, each with its photo as a data URL while the photo is kept; reactions they
   * received are counted (who reacted is the reacting person's data).
   */
  readonly submissions: readonly (Omit<Submission, 'reactions'> & {
    readonly photo: string | null;
    readonly reactionsReceived: number;
  })[];
  readonly eventRegistrations: readonly EventRegistration[];
  readonly notifications: readonly (Notification & { readonly id: string })[];
  readonly surveyAnswers: readonly SurveyAnswer[];
  /** Ids of the submissions they reacted to. */
  readonly reactionsGiven: readonly string[];
  /** Their mail choices (language, one switch per kind), once they made any. */
  readonly mailPreferences: MailPreferences | null;
  /** Their points and approved submissions as each team's score counts them. */
  readonly scores: readonly {
    readonly seasonId: string;
    readonly teamId: string;
    readonly points: number;
    readonly approved: number;
  }[];
  /** Their recent submission times, kept for the rate limit. */
  readonly rateLimit: { readonly recent: readonly number[] } | null;
  /** What they did as an organiser: audit entries and score corrections they made. */
  readonly audit: readonly (AuditEntry & { readonly seasonId: string })[];
  readonly corrections: readonly Readonly<Record<string, unknown>>[];
}

/** The name shown for a deleted account wherever a name stays (a kept submission, a team place). */
export const DELETED_ACCOUNT_NAME = 'Anonyme';

/** Ids that stand for a deleted account start so: never an Auth uid, which has no hyphen. */
export const DELETED_ACCOUNT_PREFIX = 'deleted-';

export function isDeletedAccount(uid: string): boolean {
  return uid.startsWith(DELETED_ACCOUNT_PREFIX);
}

/** Rule: a season that says nothing about deletions (older seasons) keeps the points. */
export function deletionPolicyOf(season: { readonly deletionPolicy?: DeletionPolicy }) {
  return season.deletionPolicy ?? 'keep';
}

/** Rule: a kept proof loses what the person wrote or showed; a photo is marked as gone. */
export function anonymisedProof(proof: StoredProof): StoredProof {
  switch (proof.kind) {
    case 'none':
      return proof;
    case 'text':
      return { kind: 'text', text: '' };
    case 'link':
      return { kind: 'link', url: '' };
    case 'photo':
      return { kind: 'photo', type: proof.type, bytes: proof.bytes, purged: true };
  }
}

/**
 * Rule: a deleted account's submission that stays is anonymised: the author becomes the season's
 * anonymous id and name, the proof, its hashes (a photo's look too) and the reviewer's reason go; a pending one is
 * withdrawn (nobody can answer its review any more). Its status otherwise, and so its points,
 * stay. Returns the fields to write.
 */
export function anonymisedSubmission(
  submission: Pick<Submission, 'status' | 'proof'>,
  anonymousUid: string,
) {
  return {
    uid: anonymousUid,
    authorName: DELETED_ACCOUNT_NAME,
    proof: anonymisedProof(submission.proof),
    proofHash: null,
    photoHash: null,
    photoBands: [],
    reason: null,
    status: submission.status === 'pending' ? ('withdrawn' as const) : submission.status,
  };
}

/**
 * A document id that holds the person's uid (an attendance submission's, `event-<id>-<uid>`) with
 * the uid replaced; null when the id does not hold it.
 */
export function rekeyedId(id: string, uid: string, replacement: string): string | null {
  return uid && id.includes(uid) ? id.split(uid).join(replacement) : null;
}

/**
 * Rule: a deleted account leaves its team as a leaving member would (a sole captain hands over to
 * the longest-standing member). Once teams may no longer change, an anonymous member keeps its
 * place instead, so team sizes, and the rankings that divide by them, stay as published.
 */
export function membersAfterDeletion(
  members: Readonly<Record<string, TeamMember>>,
  uid: string,
  anonymousUid: string,
  keepPlace: boolean,
): Record<string, TeamMember> {
  const leaving = ownValue(members, uid);
  const next = membersAfterLeave(members, uid);
  if (keepPlace && leaving) {
    next[anonymousUid] = { name: DELETED_ACCOUNT_NAME, role: 'member', joinedAt: leaving.joinedAt };
  }
  return next;
}

/** What a season holds for the photo purge. */
export interface PhotoRetention {
  readonly state: SeasonState;
  readonly endsAt: number;
  readonly photoRetentionDays?: number;
  readonly photosPurgedAt?: number | null;
}

/** When a season's proof photos are due to go: its end plus its retention (the default if unset). */
export function photosPurgeAt(season: Pick<PhotoRetention, 'endsAt' | 'photoRetentionDays'>) {
  return season.endsAt + (season.photoRetentionDays ?? DEFAULT_PHOTO_RETENTION_DAYS) * DAY;
}

/** Rule: a closed season's proof photos are purged once its retention has passed, once. */
export function photoPurgeDue(season: PhotoRetention, now: number): boolean {
  return season.state === 'closed' && !season.photosPurgedAt && photosPurgeAt(season) <= now;
}

/** A stored photo (base64) as a data URL a browser can show or save. */
export function photoDataUrl(type: string, base64: string): string {
  return `data:${type};base64,${base64}`;
}
