// What makes a submission acceptable: the date it was done, the proof its action asks for, how
// often it may be logged, and how fast one person may submit. Pure rules, stated one per function.
import { z } from 'zod';
import type { ProofKind, RepeatRule } from './action';
import { typedText } from './text';

const DAY = 24 * 60 * 60 * 1000;

export const TEXT_PROOF_MAX = 1000;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const PHOTO_CHOSEN_MAX_BYTES = 10 * 1024 * 1024;
/** A stored (resized, compressed) photo stays well under Firestore's 1 MiB document limit. */
export const PHOTO_STORED_MAX_BYTES = 600 * 1024;

export type DateRefusal = 'future' | 'beforeSeason' | 'tooOld' | 'seasonClosed';

/**
 * Rule: an action may be logged as done at any moment from the season's start, up to now, and no
 * more than the season's log-back days ago; nothing is accepted once the season has ended.
 */
export function checkDoneAt(
  doneAt: number,
  now: number,
  season: { startsAt: number; endsAt: number; logBackDays: number },
): DateRefusal | null {
  if (now >= season.endsAt) return 'seasonClosed';
  if (doneAt > now) return 'future';
  if (doneAt < season.startsAt) return 'beforeSeason';
  if (doneAt < now - season.logBackDays * DAY) return 'tooOld';
  return null;
}

/** The day (YYYY-MM-DD) a moment falls on in a time zone, for "once a day" actions. */
export function dayIn(timeZone: string, at: number): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** The statuses that use up a turn of an action's repeat rule (see repeatAllows). */
export const REPEAT_COUNTED_STATUSES: ReadonlySet<string> = new Set(['pending', 'approved']);

/**
 * Rule: an action done "once" counts one time per season, "up to N" at most N times, and "once a
 * day" at most once per calendar day in the season's time zone; withdrawn, rejected and revoked
 * submissions do not use up a turn.
 */
export function repeatAllows(
  rule: RepeatRule,
  earlier: readonly { doneAt: number }[],
  doneAt: number,
  timeZone: string,
): boolean {
  switch (rule.kind) {
    case 'once':
      return earlier.length === 0;
    case 'upTo':
      return earlier.length < rule.times;
    case 'daily': {
      const day = dayIn(timeZone, doneAt);
      return earlier.every((previous) => dayIn(timeZone, previous.doneAt) !== day);
    }
  }
}

export const SUBMISSION_RATE = { count: 20, windowMs: 15 * 60 * 1000 } as const;

/**
 * Rule: a person may send at most 20 submissions in any 15 minutes; past that, they may try again
 * when the oldest of those 20 is 15 minutes old. Returns null when allowed, else that moment.
 */
export function nextSubmissionAllowedAt(
  recent: readonly number[],
  now: number,
  limit: { count: number; windowMs: number } = SUBMISSION_RATE,
): number | null {
  const inWindow = recent.filter((at) => at > now - limit.windowMs).sort((a, b) => b - a);
  if (inWindow.length < limit.count) return null;
  const oldestCounted = inWindow[limit.count - 1] ?? now;
  return oldestCounted + limit.windowMs;
}

/** Rule: a link proof is an absolute http or https address. */
export function isAllowedLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const proofSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('none') }),
    z.strictObject({
      kind: z.literal('text'),
      text: typedText({
        min: 3,
        max: TEXT_PROOF_MAX,
        tooShort: 'validation.proofText',
        tooLong: 'validation.proofTextTooLong',
      }),
    }),
    z.strictObject({
      kind: z.literal('link'),
      url: z
        .string({ error: 'validation.proofLink' })
        .trim()
        .max(2000, { error: 'validation.proofLink' })
        .refine(isAllowedLink, { error: 'validation.proofLink' }),
    }),
    z.strictObject({
      kind: z.literal('photo'),
      type: z.enum(PHOTO_TYPES, { error: 'validation.proofPhotoType' }),
      /** Base64 of the compressed image. */
      data: z
        .string({ error: 'validation.proofPhoto' })
        .max(Math.ceil((PHOTO_STORED_MAX_BYTES * 4) / 3), { error: 'validation.proofPhotoSize' }),
    }),
  ],
  { error: 'validation.proofKind' },
);
export type Proof = z.infer<typeof proofSchema>;

/** Rule: a proof must be of the kind its action asks for. */
export function proofMatches(asked: ProofKind, proof: Proof): boolean {
  return asked === proof.kind;
}

/** The first bytes of each allowed image type, so a file is judged by its content, not its name. */
export function sniffImageType(bytes: Uint8Array): (typeof PHOTO_TYPES)[number] | null {
  const starts = (...values: number[]) => values.every((value, i) => bytes[i] === value);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  const riff = starts(0x52, 0x49, 0x46, 0x46);
  const webp = bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50;
  if (riff && webp) return 'image/webp';
  return null;
}
