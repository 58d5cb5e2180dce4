// For the captain's dashboard and team feed tests: a season, a team of three, its submissions in
// every status, and the leaderboard, written to the fake backend as the functions would.
import { openSeasonDocument } from '../../components/render-for-test';
import type { FakeBackend } from '../../data/fake-backend';
import { GAME_PATHS, type Leaderboard, type Submission } from '../../domain/game';
import { dayIn } from '../../domain/submission';

const DAY = 24 * 60 * 60 * 1000;
export const NOW = Date.now();

export const CUSTOM_ACTION = {
  id: 'custom-plant-trees',
  theme: 'engagement',
  modality: 'act',
  effort: 'small',
  scope: 'team',
  proof: 'none',
  repeat: { kind: 'once' },
  title: { fr: 'Planter des arbres avec l’équipe', en: 'Plant trees with the team' },
  howTo: { fr: ['Planter', 'Montrer'], en: ['Plant', 'Show'] },
};

const SEASON = openSeasonDocument({ customActions: [CUSTOM_ACTION] }, NOW);
/** The season's time zone, the calendar of its days. */
export const SEASON_TIME_ZONE = SEASON.timeZone as string;

/** One of SUBMISSIONS moved to `weeks` weeks ago, with its day on the season's calendar. */
export function weeksAgo(name: string, weeks: number): Omit<Submission, 'id'> {
  const data = SUBMISSIONS[name];
  if (!data) throw new Error(`The fixtures have no submission ${name}.`);
  const doneAt = NOW - weeks * 7 * DAY;
  return { ...data, doneAt, day: dayIn(SEASON_TIME_ZONE, doneAt) };
}

export function submission(extra: Partial<Omit<Submission, 'id'>>): Omit<Submission, 'id'> {
  return {
    seasonId: 'S1',
    teamId: 'T1',
    teamName: 'Les Colibris',
    companyId: 'C1',
    uid: 'uid-2',
    authorName: 'Bob Martin',
    actionId: 'sob-team-digital-fresco',
    theme: 'sobriety',
    modality: 'understand',
    points: 10,
    scope: 'individual',
    doneAt: NOW - 5 * DAY,
    day: '2026-03-10',
    proof: { kind: 'none' },
    proofHash: null,
    duplicateOf: null,
    status: 'approved',
    reason: null,
    auto: false,
    audited: false,
    createdAt: NOW - 5 * DAY,
    updatedAt: NOW - 4 * DAY,
    reviewedAt: NOW - 4 * DAY,
    approvedAt: NOW - 4 * DAY,
    reactions: {},
    ...extra,
  };
}

/** The team's submissions: three approved (sobriety, respect, engagement), one pending, one rejected. */
export const SUBMISSIONS: Record<string, Omit<Submission, 'id'>> = {
  fresco: submission({ approvedAt: NOW - 4 * DAY }),
  password: submission({
    uid: 'uid-1',
    authorName: 'Colibri 42',
    actionId: 'res-use-password-manager',
    theme: 'respect',
    modality: 'act',
    points: 10,
    doneAt: Date.UTC(2026, 2, 12, 10),
    approvedAt: NOW - 2 * DAY,
  }),
  trees: submission({
    uid: 'uid-1',
    authorName: 'Colibri 42',
    actionId: CUSTOM_ACTION.id,
    theme: 'engagement',
    modality: 'act',
    points: 5,
    approvedAt: NOW - 1 * DAY,
    reactions: { 'uid-2': true },
  }),
  alt: submission({
    actionId: 'acc-alt-text-on-images',
    theme: 'accessibility',
    modality: 'act',
    points: 5,
    status: 'pending',
    reviewedAt: null,
    approvedAt: null,
    createdAt: Date.UTC(2026, 2, 14, 9),
  }),
  jobAd: submission({
    uid: 'uid-1',
    authorName: 'Colibri 42',
    actionId: 'div-rewrite-job-ad',
    theme: 'diversity',
    modality: 'act',
    points: 10,
    status: 'rejected',
    approvedAt: null,
    reason: 'Pas de lien',
  }),
};

export function writeSubmission(backend: FakeBackend, id: string, data: Omit<Submission, 'id'>) {
  backend.setDocument(`${GAME_PATHS.submissions}/${id}`, { ...data });
}

/**
 * Alice (uid-1) captains "Les Colibris"; Bob (uid-2) and Castor 12 (uid-3, who has sent
 * nothing) are members. Another team's submission is there too, and must never show.
 */
export function seedTeam(backend: FakeBackend, submissions = SUBMISSIONS) {
  backend.setDocument('config/app', { currentSeasonId: 'S1', hasOrganiser: true });
  backend.setDocument('seasons/S1', SEASON);
  backend.setDocument('teams/T1', {
    seasonId: 'S1',
    companyId: 'C1',
    companyName: 'Acme',
    name: 'Les Colibris',
    members: {
      'uid-1': { name: 'Colibri 42', role: 'captain', joinedAt: NOW - 5 * DAY },
      'uid-2': { name: 'Bob Martin', role: 'member', joinedAt: NOW - 4 * DAY },
      'uid-3': { name: 'Castor 12', role: 'member', joinedAt: NOW - 3 * DAY },
    },
    memberCount: 3,
    createdAt: NOW - 5 * DAY,
  });
  for (const [uid, role] of [
    ['uid-1', 'captain'],
    ['uid-2', 'member'],
  ] as const) {
    backend.setDocument(`memberships/S1_${uid}`, {
      seasonId: 'S1',
      teamId: 'T1',
      uid,
      role,
      joinedAt: NOW,
    });
  }
  for (const [id, data] of Object.entries(submissions)) writeSubmission(backend, id, data);
  writeSubmission(
    backend,
    'elsewhere',
    submission({
      teamId: 'T9',
      uid: 'uid-9',
      authorName: 'Loutre 77',
      approvedAt: NOW,
    }),
  );
}

export const LEADERBOARD: Leaderboard = {
  seasonId: 'S1',
  rankingRule: 'total',
  status: 'live',
  generation: 1,
  updatedAt: NOW,
  companies: { C1: 'Acme' },
  rows: [
    ['T2', 'Les Castors', 1, 60],
    ['T1', 'Les Colibris', 2, 25],
    ['T3', 'Les Hérissons', 3, 25],
  ].map(([teamId, name, rank, total]) => ({
    teamId: String(teamId),
    name: String(name),
    companyId: 'C1',
    rank: Number(rank),
    total: Number(total),
    memberCount: 3,
    activeMembers: 2,
    average: Number(total) / 2,
    participation: 2 / 3,
    byTheme: {},
    reachedAt: Number(rank),
  })),
  teamCount: 3,
  pageCount: 0,
  companyRollUp: [
    { companyId: 'C1', companyName: 'Acme', teams: 3, total: 110, averagePerTeam: 110 / 3 },
  ],
  companyCount: 1,
  topByDay: {},
};

export function seedLeaderboard(backend: FakeBackend) {
  backend.setDocument(GAME_PATHS.leaderboard('S1', 'public'), { ...LEADERBOARD });
}
