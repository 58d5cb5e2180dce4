// What a season costs on Firebase, from the operations the code counts: the board's documents and
// rebuilds simulated with the functions' pure rules (national.ts), the other commands' reads and
// writes as the emulated part of this bench counts them (lib/meter.ts), and the habits of people
// stated below. Prices are list prices at the time of writing: check the price pages.
import { simulateBoard } from './national';

/** Firestore in europe-west1 and Cloud Functions, in US dollars. */
const PRICE = {
  readsPer100k: 0.03,
  writesPer100k: 0.09,
  invocationsPerMillion: 0.4,
  egressPerGiB: 0.12,
};
/** Free each day (reads, writes) or each month (invocations, egress), per project. */
const FREE = { readsPerDay: 50_000, writesPerDay: 20_000, invocations: 2_000_000, egressGiB: 10 };
const DAYS = 30;

/** What one command costs, as the emulated part of `npm run bench` counts it. */
const COUNTED = {
  submission: { reads: 7, writes: 2, invocations: 2 },
  /**
   * The review's share of one approval in a bulk review (the submission and its team's score
   * read; the submission, notification, audit entry, score and mark written), then its score
   * trigger, which reads the mark and writes nothing.
   */
  approval: { reads: 2 + 1, writes: 5, invocations: 1 },
  /** A person's opening of the app: config, profile, season, membership, team, picks. */
  session: { reads: 6 },
};

/** How people use the app, each day of the season (stated, not measured). */
const HABITS = {
  /** Every person opens the app, the leaderboard and the team page once a day. */
  opensPerDay: 1,
  /** The board is rewritten this many times while a person has it on screen. */
  rewritesSeenPerView: 2,
  /** A proof in four is a photo (a third write: its bytes). */
  photoShare: 0.25,
  /** One submission in ten is not approved (rejected or withdrawn). */
  submissionsPerValidation: 1.1,
  /** What one document the team page and the session read weighs on the wire, about. */
  documentBytes: 1_000,
};

interface Edition {
  readonly name: string;
  readonly people: number;
  readonly teams: number;
  readonly validations: number;
  /** Approvals a rebuild counts at once: one each at worst for a small season, a bulk review's. */
  readonly burst: number;
  readonly companies: number;
}

export const EDITIONS: readonly Edition[] = [
  { name: 'reference', people: 262, teams: 32, validations: 2_500, burst: 1, companies: 8 },
  { name: 'company', people: 20_000, teams: 1_000, validations: 200_000, burst: 50, companies: 1 },
  {
    name: 'national',
    people: 100_000,
    teams: 10_000,
    validations: 1_500_000,
    burst: 100,
    companies: 1_000,
  },
];

/** Team and company names of an ordinary length (the size test covers the longest allowed). */
const ordinaryName = (_: number, prefix: string) => `Équipe ${prefix} des écogestes`;

const money = (dollars: number) => `$${dollars < 10 ? dollars.toFixed(2) : dollars.toFixed(0)}`;
const count = (value: number) =>
  value >= 1e6
    ? `${(value / 1e6).toFixed(1)} M`
    : value >= 1e3
      ? `${(value / 1e3).toFixed(0)} k`
      : value.toFixed(0);

export function benchCost(): string[] {
  const lines = [
    `season cost for ${DAYS} days (${HABITS.opensPerDay} opening of the app, the board and the team page per person a day; each view sees ${HABITS.rewritesSeenPerView} rewrites):`,
    `  ${'edition'.padEnd(10)} ${'reads'.padStart(8)} ${'writes'.padStart(8)} ${'calls'.padStart(8)} ${'egress'.padStart(9)} ${'board view'.padStart(10)} ${'rebuild'.padStart(16)} ${'a month'.padStart(8)}`,
  ];
  const breakdown: string[] = [];
  for (const edition of EDITIONS) {
    const board = simulateBoard({
      teams: edition.teams,
      membersPerTeam: Math.round(edition.people / edition.teams),
      companies: edition.companies,
      burst: edition.burst,
      name: ordinaryName,
    });
    const submissions = edition.validations * HABITS.submissionsPerValidation;
    const rebuilds = edition.validations / edition.burst;
    const personDays = edition.people * DAYS * HABITS.opensPerDay;
    const perTeam = edition.validations / edition.teams;
    const beyondTop = Math.max(0, edition.teams - 100) / edition.teams;
    const averagePage =
      board.pageBytes.reduce((total, bytes) => total + bytes, 0) /
      Math.max(1, board.pageBytes.length);
    // The team page: a member reads at most 50 approved actions, a captain every submission of
    // the team (on average half of the season's are there on a given day).
    const teamPageReads =
      personDays * Math.min(50, perTeam / 2) +
      edition.teams * DAYS * HABITS.opensPerDay * (perTeam / 2) * HABITS.submissionsPerValidation;
    const boardReads = personDays * (1 + HABITS.rewritesSeenPerView + beyondTop);
    const reads =
      submissions * COUNTED.submission.reads +
      edition.validations * COUNTED.approval.reads +
      rebuilds * board.rebuild.reads +
      personDays * COUNTED.session.reads +
      boardReads +
      teamPageReads;
    const writes =
      submissions * (COUNTED.submission.writes + HABITS.photoShare) +
      edition.validations * COUNTED.approval.writes +
      rebuilds * board.rebuild.writes;
    const invocations =
      submissions * COUNTED.submission.invocations +
      edition.validations * COUNTED.approval.invocations +
      // The trigger of a rebuild's request (the review that asked rebuilt it, or it does).
      rebuilds;
    const egressBytes =
      personDays *
        ((1 + HABITS.rewritesSeenPerView) * board.topBytes +
          beyondTop * averagePage +
          COUNTED.session.reads * HABITS.documentBytes) +
      teamPageReads * HABITS.documentBytes;
    const egressGiB = egressBytes / 2 ** 30;
    const dollars =
      (Math.max(0, reads - FREE.readsPerDay * DAYS) / 1e5) * PRICE.readsPer100k +
      (Math.max(0, writes - FREE.writesPerDay * DAYS) / 1e5) * PRICE.writesPer100k +
      (Math.max(0, invocations - FREE.invocations) / 1e6) * PRICE.invocationsPerMillion +
      Math.max(0, egressGiB - FREE.egressGiB) * PRICE.egressPerGiB;
    const boardEgress =
      personDays * ((1 + HABITS.rewritesSeenPerView) * board.topBytes + beyondTop * averagePage);
    breakdown.push(
      `  ${edition.name}: reads — rebuilds ${count(rebuilds * board.rebuild.reads)}, board views ${count(boardReads)}, team pages ${count(teamPageReads)}, sessions ${count(personDays * COUNTED.session.reads)}, commands ${count(submissions * COUNTED.submission.reads + edition.validations * COUNTED.approval.reads)}; writes — rebuilds ${count(rebuilds * board.rebuild.writes)}, commands ${count(writes - rebuilds * board.rebuild.writes)}; egress — the board ${(boardEgress / 2 ** 30).toFixed(1)} GiB, the rest ${((egressBytes - boardEgress) / 2 ** 30).toFixed(1)} GiB`,
    );
    lines.push(
      `  ${edition.name.padEnd(10)} ${count(reads).padStart(8)} ${count(writes).padStart(8)} ${count(invocations).padStart(8)} ${`${egressGiB.toFixed(1)} GiB`.padStart(9)} ${`${(board.topBytes / 1024).toFixed(0)} KB`.padStart(10)} ${`${board.rebuild.reads} r + ${board.rebuild.writes} w`.padStart(16)} ${money(dollars).padStart(8)}`,
    );
  }
  lines.push(
    ...breakdown,
    `  (prices: reads $${PRICE.readsPer100k} and writes $${PRICE.writesPer100k} per 100,000, $${PRICE.invocationsPerMillion} per million calls, $${PRICE.egressPerGiB} per GiB out; free: ${count(FREE.readsPerDay)} reads and ${count(FREE.writesPerDay)} writes a day, ${count(FREE.invocations)} calls and ${FREE.egressGiB} GiB a month)`,
  );
  return lines;
}
