// For the review page's UI tests only: a current season with two teams, an organiser signed in,
// and submissions built from a few overrides.
import { ALICE, seedOrganiser, openSeasonDocument } from '../../components/render-for-test';
import type { FakeBackend } from '../../data/fake-backend';
import type { Action } from '../../domain/action';
import { CATALOGUE } from '../../domain/catalogue';
import { GAME_PATHS, type Submission } from '../../domain/game';

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;
export const NOW = Date.now();

const firstOf = (theme: Action['theme']): Action => {
  const action = CATALOGUE.find((candidate) => candidate.theme === theme);
  if (!action) throw new Error(`No catalogue action of theme ${theme}.`);
  return action;
};
export const SOBRIETY_ACTION = firstOf('sobriety');
export const DIVERSITY_ACTION = firstOf('diversity');
/** A submission of the second team, in the second company, on the diversity theme. */
export const HERON = {
  authorName: 'Héron 23',
  actionId: DIVERSITY_ACTION.id,
  teamId: 'T2',
  teamName: 'Les Loutres',
  companyId: 'C2',
} as const;

export const SEASON = openSeasonDocument({}, NOW);

/** Alice (uid-1) organises season S1; teams T1 (Acme) and T2 (Bureau Vert) play in it. */
export function seedReview(backend: FakeBackend, season: Record<string, unknown> = SEASON) {
  seedOrganiser(backend);
  backend.setDocument('config/app', { currentSeasonId: 'S1', hasOrganiser: true });
  backend.setDocument('seasons/S1', season);
  backend.setDocument('organisers/uid-1', { email: ALICE.email });
  backend.setDocument('companies/C1', { name: 'Acme' });
  backend.setDocument('companies/C2', { name: 'Bureau Vert' });
  const team = (id: string, name: string, companyId: string, companyName: string) =>
    backend.setDocument(`teams/${id}`, {
      seasonId: 'S1',
      companyId,
      companyName,
      name,
      members: {},
      memberCount: 3,
      createdAt: NOW - 9 * DAY,
    });
  team('T1', 'Les Colibris', 'C1', 'Acme');
  team('T2', 'Les Loutres', 'C2', 'Bureau Vert');
}

type Fields = Omit<Submission, 'id'>;

/** A pending text-proof submission of Les Colibris, sent an hour ago, with these changes. */
export function submissionData(overrides: Partial<Fields> = {}): Record<string, unknown> {
  const action = CATALOGUE.find((candidate) => candidate.id === overrides.actionId);
  const base: Fields = {
    seasonId: 'S1',
    teamId: 'T1',
    teamName: 'Les Colibris',
    companyId: 'C1',
    uid: 'uid-3',
    authorName: 'Mésange 17',
    actionId: SOBRIETY_ACTION.id,
    theme: action?.theme ?? SOBRIETY_ACTION.theme,
    modality: action?.modality ?? SOBRIETY_ACTION.modality,
    points: action?.points ?? SOBRIETY_ACTION.points,
    scope: 'individual',
    doneAt: NOW - 2 * HOUR,
    day: '2026-04-01',
    proof: { kind: 'text', text: 'Fait en atelier avec l’équipe.' },
    proofHash: null,
    duplicateOf: null,
    status: 'pending',
    reason: null,
    auto: false,
    audited: false,
    createdAt: NOW - HOUR,
    updatedAt: NOW - HOUR,
    reviewedAt: null,
    approvedAt: null,
    reactions: {},
  };
  return { ...base, ...overrides };
}

export function seedSubmission(backend: FakeBackend, id: string, overrides: Partial<Fields> = {}) {
  backend.setDocument(`${GAME_PATHS.submissions}/${id}`, submissionData(overrides));
}

/** "« Title » de Author", as the review page names a submission in French. */
export function whose(action: Action, author: string): string {
  return `« ${action.title.fr} » de ${author}`;
}
