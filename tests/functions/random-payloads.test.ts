// Property tests: every callable, sent random payloads by a signed-in organiser (the most privileged
// caller), never answers `internal`, and a rejected payload changes nothing. Of 500 drawn per
// command, about 99 in 100 are refused by the command's schema, which the callable runs before
// anything else (functions/src/lib/on-call.ts): the callable is sent every payload its schema takes
// (they reach the handler) and the first REFUSED_SENT of the others (the refusal's path, end to
// end). Sending all 500 was 22,500 calls, 99 s of the emulator tests' 399 s, for the same parse.
import { documentIdPart } from '../../src/domain/document-id';
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import fc from 'fast-check';
import { doc, setDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_NAMES, COMMANDS, type CommandName } from '../../src/domain/commands';
import { dumpDatabase, rulesEnvironment, signedInCaller, type Caller } from '../support/emulators';
import { buildWorld, type World } from '../support/world';

const RUNS = 500;
/** How many payloads the schema refuses are sent all the same, per command. */
const REFUSED_SENT = 25;
// The Functions emulator starts one Node worker per call in flight to a function and keeps it
// (70 to 85 MB each): eight at once to each of 50 callables held 313 workers and 22 GB, and the
// kernel killed the Firestore emulator. Two at once keep this file to about a hundred.
const CONCURRENCY = 2;
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);

/**
 * Values shaped like the real payloads' fields, mixed with any JSON at all (what can travel to a
 * callable: the client SDK refuses undefined, functions and the like before sending).
 */
const field = fc.oneof(
  fc.jsonValue(),
  // Names every object inherits, taken for ids by a lookup that does not check own keys.
  fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype)),
  fc.string(),
  // fast-check reads no lookahead: the id's characters, without the reserved __…__ check.
  fc.stringMatching(new RegExp(`^${documentIdPart(40)}$`)),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const shaped = (keys: readonly string[]) =>
  fc.dictionary(fc.constantFrom(...keys, 'extra'), field, {
    maxKeys: keys.length + 1,
    noNullPrototype: true,
  });

/** Every command of the registry (the type leaves none out) and the keys of its payload. */
const CALLABLES: Record<CommandName, readonly string[]> = {
  pickAction: ['actionId'],
  unpickAction: ['actionId'],
  claimFirstOrganiser: [],
  setOrganiser: ['email', 'organiser'],
  saveSeason: ['seasonId', 'settings'],
  advanceSeason: ['seasonId', 'to'],
  createCompany: ['name', 'domains'],
  saveCompanyDomains: ['companyId', 'domains'],
  createTeam: ['seasonId', 'companyId', 'name'],
  joinTeam: ['code'],
  previewInvite: ['code'],
  leaveTeam: ['seasonId'],
  setTeamRole: ['teamId', 'uid', 'role'],
  removeMember: ['teamId', 'uid'],
  regenerateInvite: ['teamId'],
  handOverCaptaincy: ['teamId', 'uid'],
  saveProfile: ['displayName', 'pseudonym', 'showRealName'],
  submitAction: ['seasonId', 'actionId', 'doneAt', 'proof'],
  resubmitAction: ['submissionId', 'doneAt', 'proof'],
  withdrawSubmission: ['submissionId'],
  reviewSubmissions: ['submissionIds', 'decision', 'reason'],
  revokeSubmission: ['submissionId', 'reason'],
  correctScore: ['teamId', 'points', 'reason'],
  setAutoApproval: ['seasonId', 'actionId', 'on'],
  reconcileScores: ['seasonId'],
  reactToSubmission: ['submissionId', 'on'],
  saveEvent: [
    'eventId',
    'seasonId',
    'kind',
    'title',
    'description',
    'startsAt',
    'endsAt',
    'timeZone',
    'place',
    'onlineUrl',
    'capacity',
    'actionId',
  ],
  cancelEvent: ['eventId'],
  registerForEvent: ['eventId'],
  unregisterFromEvent: ['eventId'],
  markAttendance: ['eventId', 'uids'],
  dismissNotification: ['notificationId'],
  readAllNotifications: [],
  nudgeMembers: ['teamId', 'idleDays', 'message'],
  exportMyData: [],
  deleteMyAccount: ['confirm'],
  setSurvey: ['seasonId', 'open'],
  answerSurvey: ['seasonId', 'keepGoing', 'rating', 'favouriteTheme', 'comment'],
  getSeasonReport: ['seasonId'],
  sendAnnouncement: ['seasonId', 'companyId', 'title', 'message'],
  runScheduledJob: ['job'],
  saveMailPreferences: ['language', 'kinds'],
  saveChatChannel: ['scope', 'seasonId', 'teamId', 'kind', 'url', 'language', 'backlogAlertHours'],
  removeChatChannel: ['channelId'],
  sendTestPost: ['channelId'],
};

/** Commands a random payload could satisfy for real: payloads their schema takes are left out. */
const WOULD_SUCCEED: ReadonlySet<CommandName> = new Set<CommandName>([
  'saveSeason',
  'createCompany',
  'saveProfile',
  'setOrganiser',
  // Both would answer: the export, and the deletion of the organiser sending the payloads.
  'exportMyData',
  // Marking one's own notifications read.
  'readAllNotifications',
  'deleteMyAccount',
  'sendAnnouncement',
  'runScheduledJob',
  // The sender's own mail choices.
  'saveMailPreferences',
]);

const REFUSALS = [
  'functions/invalid-argument',
  'functions/not-found',
  'functions/failed-precondition',
  'functions/permission-denied',
];

let env: RulesTestEnvironment;
let world: World;
let caller: Caller;

beforeAll(async () => {
  env = await rulesEnvironment();
  world = await buildWorld();
  // An organiser exists, so claimFirstOrganiser must refuse whatever it is sent.
  await env.withSecurityRulesDisabled(async (context) => {
    await setDoc(doc(context.firestore(), 'config/app'), { hasOrganiser: true }, { merge: true });
  });
  caller = await signedInCaller({ organiser: true });
  console.log(`random payloads: seed ${SEED} (set FUZZ_SEED to replay)`);
}, 120_000);

afterAll(async () => {
  await caller.close();
  await world.close();
  await env.cleanup();
});

describe.each(COMMAND_NAMES.map((name) => [name, CALLABLES[name]] as const))('%s', (name, keys) => {
  it(`refuses random payloads cleanly and changes nothing (of ${RUNS}, every one its schema takes)`, async () => {
    const { payload: schema } = COMMANDS[name];
    const drawn = fc.sample(
      fc
        .oneof(fc.jsonValue(), shaped(keys))
        // Plain JSON as a browser would send it (no null-prototype objects).
        .map((payload) => JSON.parse(JSON.stringify(payload)) as unknown),
      { numRuns: RUNS, seed: SEED },
    );
    const taken = drawn.filter((payload) => schema.safeParse(payload).success);
    const refused = drawn.filter((payload) => !schema.safeParse(payload).success);
    // A payload the schema takes would succeed for real for these: the organiser saving a season.
    const payloads = [...(WOULD_SUCCEED.has(name) ? [] : taken), ...refused.slice(0, REFUSED_SENT)];
    const before = await dumpDatabase();
    const codes = new Map<string, number>();
    for (let start = 0; start < payloads.length; start += CONCURRENCY) {
      const batch = payloads.slice(start, start + CONCURRENCY);
      const results = await Promise.all(
        batch.map((payload) =>
          caller.call(name, payload).then(
            () => 'ok',
            (error: { code?: string; message?: string }) =>
              error.code ?? `no code (${error.message ?? String(error)})`,
          ),
        ),
      );
      for (const [index, code] of results.entries()) {
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (!REFUSALS.includes(code)) {
          throw new Error(
            `${name}(${JSON.stringify(batch[index])}) answered ${code} (FUZZ_SEED=${SEED})`,
          );
        }
      }
    }
    expect([...codes.values()].reduce((a, b) => a + b, 0)).toBe(payloads.length);
    expect(await dumpDatabase(), `changed by a refused payload (FUZZ_SEED=${SEED})`).toEqual(
      before,
    );
  }, 120_000);
});
