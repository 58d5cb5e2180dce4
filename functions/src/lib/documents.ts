// Where the documents are (refs, gameRefs), and typed reads of the ones the callables work on.
import type { Transaction } from 'firebase-admin/firestore';
import { GAME_PATHS, PATHS, type AppConfig, type Profile } from '../../../src/domain/paths';
import type { Actor } from '../../../src/domain/roles';
import { seasonVisibleTo, type Season } from '../../../src/domain/season';
import type { Team } from '../../../src/domain/team';
import { db } from './admin';
import { notFound } from './authorise';

export const refs = {
  appConfig: () => db.doc(PATHS.appConfig),
  season: (id: string) => db.collection(PATHS.seasons).doc(id),
  company: (id: string) => db.collection(PATHS.companies).doc(id),
  team: (id: string) => db.collection(PATHS.teams).doc(id),
  teamInvite: (teamId: string) => db.doc(PATHS.teamInvite(teamId)),
  teamNudges: (teamId: string) => db.doc(PATHS.teamNudges(teamId)),
  inviteCode: (code: string) => db.collection(PATHS.inviteCodes).doc(code),
  membership: (seasonId: string, uid: string) =>
    db.collection(PATHS.memberships).doc(PATHS.membershipId(seasonId, uid)),
  profile: (uid: string) => db.collection(PATHS.profiles).doc(uid),
  organiser: (uid: string) => db.collection(PATHS.organisers).doc(uid),
};

/** The game's documents: submissions and their photos, scores, the leaderboard, the audit. */
export const gameRefs = {
  submission: (id: string) => db.collection(GAME_PATHS.submissions).doc(id),
  proofPhoto: (id: string) => db.collection(GAME_PATHS.proofPhotos).doc(id),
  rateLimit: (uid: string) => db.collection(GAME_PATHS.rateLimits).doc(uid),
  teamTurn: (seasonId: string, teamId: string) =>
    db.collection(GAME_PATHS.teamTurns(seasonId)).doc(teamId),
  score: (seasonId: string, teamId: string) =>
    db.collection(GAME_PATHS.scores(seasonId)).doc(teamId),
  applied: (seasonId: string, eventId: string) =>
    db.collection(GAME_PATHS.appliedEvents(seasonId)).doc(eventId),
  leaderboard: (seasonId: string, which: 'public' | 'live' | 'state' | 'request' | 'dailyRanks') =>
    db.doc(GAME_PATHS.leaderboard(seasonId, which)),
  leaderboardPage: (seasonId: string, which: 'public' | 'live', index: number) =>
    db.collection(GAME_PATHS.leaderboardPages(seasonId, which)).doc(String(index)),
  boardCacheChunk: (seasonId: string, index: number) =>
    db.collection(GAME_PATHS.boardCache(seasonId)).doc(String(index)),
  audit: (seasonId: string) => db.collection(GAME_PATHS.audit(seasonId)).doc(),
  correction: (seasonId: string) => db.collection(GAME_PATHS.corrections(seasonId)).doc(),
  autoApproval: (seasonId: string) => db.doc(GAME_PATHS.autoApproval(seasonId)),
};

export async function readAppConfig(tx: Transaction): Promise<AppConfig> {
  const snapshot = await tx.get(refs.appConfig());
  const data = snapshot.data() as Partial<AppConfig> | undefined;
  return {
    currentSeasonId: data?.currentSeasonId ?? null,
    hasOrganiser: data?.hasOrganiser ?? false,
  };
}

/** The season as `actor` may see it: a draft is not-found to all but organisers, as it is in the rules. */
export async function readSeason(
  tx: Transaction,
  seasonId: string,
  actor: Pick<Actor, 'organiser'>,
): Promise<Season> {
  const snapshot = await tx.get(refs.season(seasonId));
  if (!snapshot.exists) throw notFound('This season');
  const season = { ...(snapshot.data() as Omit<Season, 'id'>), id: snapshot.id };
  if (!seasonVisibleTo(season, actor)) throw notFound('This season');
  return season;
}

export async function readTeam(tx: Transaction, teamId: string): Promise<Team> {
  const snapshot = await tx.get(refs.team(teamId));
  if (!snapshot.exists) throw notFound('This team');
  return { ...(snapshot.data() as Omit<Team, 'id'>), id: snapshot.id };
}

export async function readProfile(tx: Transaction, uid: string): Promise<Profile | null> {
  const snapshot = await tx.get(refs.profile(uid));
  return snapshot.exists ? (snapshot.data() as Profile) : null;
}
