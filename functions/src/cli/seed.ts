// Writing a season straight into Firestore and Auth with the Admin SDK, in the shapes the
// callables write: for the demo data of `npm start -- --demo` and for `npm run bench`.
import { getAuth } from 'firebase-admin/auth';
import type { Action } from '../../../src/domain/action';
import { newSubmission, type Submission } from '../../../src/domain/game';
import type { SubmissionStatus } from '../../../src/domain/scoring';
import {
  resolveSeason,
  seasonSettingsSchema,
  type SeasonSettingsInput,
} from '../../../src/domain/season';
import { randomFrom } from '../../../src/domain/seeded-random';
import {
  makeInviteCode,
  makePseudonym,
  teamNameKey,
  type TeamMember,
} from '../../../src/domain/team';
import { db } from '../lib/admin';
import { refs } from '../lib/documents';
import { applyOrganiserRole } from '../lib/organisers';

/** A source of random integers in [0, bound): seeded for reproducible data. */
export type RandomInt = (bound: number) => number;

/** Seeded random integers (seeded-random.ts), so the same seed gives the same season. */
export function seededRandom(seed: number): RandomInt {
  const next = randomFrom(seed);
  return (bound) => Math.floor(next() * bound);
}

/** Creates (or finds) an email/password account; returns its uid. */
export async function ensureAccount(email: string, password: string): Promise<string> {
  const auth = getAuth();
  try {
    return (await auth.getUserByEmail(email)).uid;
  } catch {
    return (await auth.createUser({ email, password, emailVerified: true })).uid;
  }
}

export async function makeOrganiser(email: string, password: string): Promise<string> {
  const uid = await ensureAccount(email, password);
  await applyOrganiserRole(uid, true, 'seed');
  return uid;
}

/** An open season, made current. */
export async function openSeason(id: string, settings: SeasonSettingsInput): Promise<void> {
  const season = resolveSeason(id, seasonSettingsSchema.parse(settings), 'open');
  const now = Date.now();
  await refs.season(id).set({ ...season, createdAt: now, updatedAt: now });
  await refs.appConfig().set({ currentSeasonId: id }, { merge: true });
}

export async function addCompany(id: string, name: string): Promise<void> {
  await refs.company(id).set({ name, key: name.toLocaleLowerCase('fr'), createdAt: Date.now() });
}

export interface SeededTeam {
  readonly id: string;
  readonly name: string;
  readonly companyId: string;
  readonly members: readonly string[];
  /** Each member's public name (their pseudonym). */
  readonly names: Readonly<Record<string, string>>;
}

/** A team with its members (the first is captain), memberships, profiles and invite code. */
export async function addTeam(input: {
  seasonId: string;
  id: string;
  name: string;
  companyId: string;
  companyName: string;
  memberUids: readonly string[];
  random: RandomInt;
}): Promise<SeededTeam> {
  const now = Date.now();
  const batch = db.batch();
  const members: Record<string, TeamMember> = {};
  input.memberUids.forEach((uid, index) => {
    const pseudonym = makePseudonym(input.random);
    const role = index === 0 ? 'captain' : 'member';
    members[uid] = { name: pseudonym, role, joinedAt: now + index };
    batch.set(
      refs.profile(uid),
      { displayName: '', pseudonym, showRealName: false, organiser: false },
      { merge: true },
    );
    batch.set(refs.membership(input.seasonId, uid), {
      seasonId: input.seasonId,
      teamId: input.id,
      uid,
      role,
      joinedAt: now + index,
    });
  });
  const code = makeInviteCode(input.random);
  batch.set(refs.team(input.id), {
    seasonId: input.seasonId,
    companyId: input.companyId,
    companyName: input.companyName,
    name: input.name,
    key: input.name.toLocaleLowerCase('fr'),
    nameKey: teamNameKey(input.name),
    members,
    memberCount: input.memberUids.length,
    createdAt: now,
    updatedAt: now,
  });
  batch.set(refs.inviteCode(code), { teamId: input.id, seasonId: input.seasonId });
  batch.set(refs.teamInvite(input.id), { code, updatedAt: now });
  await batch.commit();
  return {
    id: input.id,
    name: input.name,
    companyId: input.companyId,
    members: input.memberUids,
    names: Object.fromEntries(Object.entries(members).map(([uid, member]) => [uid, member.name])),
  };
}

const TINY_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** A submission document as submitAction would write it, in any state. */
export function submissionDocument(input: {
  seasonId: string;
  team: SeededTeam & { companyId: string };
  uid: string;
  authorName: string;
  action: Action;
  doneAt: number;
  status: SubmissionStatus;
  timeZone: string;
  text?: string;
  reason?: string | null;
}): Omit<Submission, 'id'> {
  const now = Date.now();
  const proof: Submission['proof'] =
    input.action.proof === 'text'
      ? { kind: 'text', text: input.text ?? 'Fait, avec toute l’équipe.' }
      : input.action.proof === 'link'
        ? { kind: 'link', url: `https://example.org/${input.action.id}/${input.uid}` }
        : input.action.proof === 'photo'
          ? { kind: 'photo', type: 'image/png', bytes: 70 }
          : { kind: 'none' };
  const reviewed = input.status !== 'pending' && input.status !== 'withdrawn';
  return newSubmission(
    {
      // Seeded seasons list catalogue actions only.
      season: { id: input.seasonId, timeZone: input.timeZone, customActions: [] },
      team: input.team,
      uid: input.uid,
      authorName: input.authorName,
      action: input.action,
      doneAt: input.doneAt,
      proof,
      now,
    },
    {
      status: input.status,
      reason: input.reason ?? null,
      createdAt: input.doneAt,
      reviewedAt: reviewed ? now : null,
      approvedAt: input.status === 'approved' || input.status === 'revoked' ? now : null,
    },
  );
}

/** Writes submissions (and the photo of each photo proof) in batches; returns their ids. */
export async function writeSubmissions(
  submissions: readonly Omit<Submission, 'id'>[],
): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < submissions.length; start += 200) {
    const batch = db.batch();
    for (const submission of submissions.slice(start, start + 200)) {
      const ref = db.collection('submissions').doc();
      ids.push(ref.id);
      batch.set(ref, submission);
      if (submission.proof.kind === 'photo') {
        batch.set(db.collection('proofPhotos').doc(ref.id), {
          seasonId: submission.seasonId,
          teamId: submission.teamId,
          uid: submission.uid,
          type: 'image/png',
          data: TINY_PNG,
        });
      }
    }
    await batch.commit();
  }
  return ids;
}
