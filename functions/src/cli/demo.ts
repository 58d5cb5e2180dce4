// `npm start -- --demo`: fills empty emulators with a living season, so a newcomer sees a
// leaderboard, a review queue and dashboards at once. Scores are not written here: the
// functions' trigger computes them from the submissions, as in a real season.
import { CATALOGUE } from '../../../src/domain/catalogue';
import type { Submission } from '../../../src/domain/game';
import type { SubmissionStatus } from '../../../src/domain/scoring';
import { REPEAT_COUNTED_STATUSES, repeatAllows } from '../../../src/domain/submission';
import { gameRefs, refs } from '../lib/documents';
import {
  addCompany,
  addTeam,
  ensureAccount,
  makeOrganiser,
  openSeason,
  seededRandom,
  submissionDocument,
  writeSubmissions,
  type SeededTeam,
} from './seed';

const DAY = 24 * 60 * 60 * 1000;
export const DEMO_PASSWORD = 'demo-password-2026';
export const DEMO_ORGANISER = 'organisatrice@demo.test';

const COMPANIES = ['Octave Énergie', 'Atelier Numérique', 'Banque Solidaire'];
const TEAM_NAMES = [
  'Les Sobriétaires',
  'Clic Vert',
  'Octets Légers',
  'Les Accessibles',
  'Code Citoyen',
  'Données Sobres',
  'Les Inclusifs',
  'Pixels Engagés',
  'Bits Durables',
  'Les Éco-Lambdas',
  'Zéro Superflu',
  'Tous Connectés',
];

const REJECTIONS = [
  'La preuve ne montre pas l’action : ajoutez une capture du réglage.',
  'Ce lien ne mène pas à votre publication.',
  'Cette action a déjà été validée pour cette période.',
];

/** Weighted states of the demo's submissions: mostly approved, a real queue, some refusals. */
function pickStatus(random: (bound: number) => number): SubmissionStatus {
  const roll = random(100);
  if (roll < 62) return 'approved';
  if (roll < 84) return 'pending';
  if (roll < 93) return 'rejected';
  if (roll < 97) return 'withdrawn';
  return 'revoked';
}

export async function seedDemo(): Promise<string[]> {
  const config = await refs.appConfig().get();
  if (config.get('currentSeasonId')) {
    throw new Error('This data already holds a season: the demo only fills empty data.');
  }
  const random = seededRandom(2026);
  const now = Date.now();
  await makeOrganiser(DEMO_ORGANISER, DEMO_PASSWORD);
  const seasonId = 'demo-season';
  const timeZone = 'Europe/Paris';
  const startsAt = now - 12 * DAY;
  await openSeason(seasonId, {
    name: 'Défi Tech for Good — démo',
    timeZone,
    startsAt,
    endsAt: now + 18 * DAY,
    logBackDays: 3,
  });
  for (const [index, name] of COMPANIES.entries()) await addCompany(`company-${index + 1}`, name);

  // A hundred members in twelve teams of eight or nine, across three companies.
  const teams: SeededTeam[] = [];
  let person = 0;
  for (const [index, name] of TEAM_NAMES.entries()) {
    const size = index < 4 ? 9 : 8;
    const uids: string[] = [];
    for (let i = 0; i < size; i += 1) {
      person += 1;
      const email = `membre${String(person).padStart(3, '0')}@demo.test`;
      uids.push(await ensureAccount(email, DEMO_PASSWORD));
    }
    const companyIndex = index % COMPANIES.length;
    teams.push(
      await addTeam({
        seasonId,
        id: `team-${String(index + 1).padStart(2, '0')}`,
        name,
        companyId: `company-${companyIndex + 1}`,
        companyName: COMPANIES[companyIndex] ?? '',
        memberUids: uids,
        random,
      }),
    );
  }

  // A few hundred submissions over the twelve days so far, in every state; some members idle.
  // Each one passes the repeat rule every path that creates a submission asks (repeatAllows),
  // and one of an action already seen (a rejected try, a daily habit) is drawn more than once.
  const submissions: Omit<Submission, 'id'>[] = [];
  const counted = new Map<string, { doneAt: number }[]>();
  for (const team of teams) {
    const active = team.members.slice(0, team.members.length - 2 - random(3));
    const count = 14 + random(26);
    for (let i = 0; i < count; i += 1) {
      const uid = active[random(active.length)] ?? team.members[0] ?? '';
      const action = CATALOGUE[random(CATALOGUE.length)];
      if (!action) continue;
      const key = `${action.scope === 'team' ? team.id : uid}:${action.id}`;
      const earlier = counted.get(key) ?? [];
      const doneAt = startsAt + random(Math.floor((now - startsAt) / 1000)) * 1000;
      if (!repeatAllows(action.repeat, earlier, doneAt, timeZone)) continue;
      const status = pickStatus(random);
      if (REPEAT_COUNTED_STATUSES.has(status)) counted.set(key, [...earlier, { doneAt }]);
      submissions.push(
        submissionDocument({
          seasonId,
          team,
          uid,
          authorName: team.names[uid] ?? '',
          action,
          doneAt,
          status,
          timeZone,
          reason:
            status === 'rejected' || status === 'revoked'
              ? (REJECTIONS[random(REJECTIONS.length)] ?? null)
              : null,
        }),
      );
    }
  }
  await writeSubmissions(submissions);
  // Two actions on the honour system, so the audit sample has something to offer.
  const honour = CATALOGUE.filter((action) => action.proof === 'none').slice(0, 2);
  await gameRefs.autoApproval(seasonId).set({
    actionIds: Object.fromEntries(honour.map((action) => [action.id, true])),
  });
  const counts = new Map<string, number>();
  for (const submission of submissions) {
    counts.set(submission.status, (counts.get(submission.status) ?? 0) + 1);
  }
  return [
    `Demo season "${seasonId}": ${COMPANIES.length} companies, ${teams.length} teams, ${person} members, ${submissions.length} submissions (${[...counts].map(([status, n]) => `${n} ${status}`).join(', ')}).`,
    `Organiser: ${DEMO_ORGANISER} / ${DEMO_PASSWORD}`,
    `Captain: membre001@demo.test / ${DEMO_PASSWORD} — members: membre002@demo.test … membre${String(person).padStart(3, '0')}@demo.test, same password.`,
  ];
}
