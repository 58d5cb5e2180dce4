// firestore.rules for every collection and every role: who reads each document, and that no
// client writes anything (every write goes through a callable).
import {
  assertFails,
  assertSucceeds,
  type RulesTestContext,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  documentId,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  setDoc,
  setLogLevel,
  where,
} from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/roles';
import { can, ROLES } from '../../src/domain/roles';
import { followedById } from '../../src/data/followed-by-id';
import { rulesEnvironment, clearFirestore } from '../support/emulators';

/** One person per role with respect to team t1 of the open season. */
const PEOPLE: Record<Exclude<Role, 'stranger'>, { uid: string; organiser?: boolean }> = {
  employee: { uid: 'dave' },
  member: { uid: 'bob' },
  captain: { uid: 'alice' },
  otherCaptain: { uid: 'carol' },
  organiser: { uid: 'olga', organiser: true },
};

const SEED: Record<string, Record<string, unknown>> = {
  'config/app': { currentSeasonId: 'open1', hasOrganiser: true },
  'picks/alice': { actions: { 'a-b': 1 } },
  'profiles/alice': { displayName: 'Alice', pseudonym: 'Loutre 12', showRealName: false },
  // Seeding teams and seasons runs the real triggers, which rebuild the leaderboard: a season
  // without its ranking rule, or a team without its company, would crash that rebuild inside
  // its transaction and leave the leaderboard locked for half a minute, stalling writes below.
  'seasons/open1': { name: 'Open', state: 'open', rankingRule: 'total' },
  'seasons/draft1': { name: 'Draft', state: 'draft', rankingRule: 'total' },
  'companies/c1': { name: 'Acme' },
  'teams/t1': {
    seasonId: 'open1',
    companyId: 'c1',
    name: 'Green',
    nameKey: 'green',
    members: {},
  },
  'teams/t1/private/invite': { code: 'ABCDEFGH' },
  'teams/t1/captain/nudges': { lastNudgedAt: { bob: 1 } },
  'teams/t2': { seasonId: 'open1', companyId: 'c1', name: 'Blue', nameKey: 'blue', members: {} },
  // A draft being prepared: its team and event are the organisers' own until it is published.
  'teams/t-draft': { seasonId: 'draft1', companyId: 'c1', name: 'Early', members: {} },
  'memberships/open1_alice': { uid: 'alice', teamId: 't1', seasonId: 'open1', role: 'captain' },
  'memberships/open1_bob': { uid: 'bob', teamId: 't1', seasonId: 'open1', role: 'member' },
  'memberships/open1_carol': { uid: 'carol', teamId: 't2', seasonId: 'open1', role: 'captain' },
  'organisers/olga': { email: 'olga@example.test' },
  'inviteCodes/ABCDEFGH': { teamId: 't1', seasonId: 'open1' },
  // Bob (member of t1) submitted with a photo; Carol (t2) submitted too.
  'submissions/s-bob': { seasonId: 'open1', teamId: 't1', uid: 'bob', status: 'pending' },
  'submissions/s-carol': { seasonId: 'open1', teamId: 't2', uid: 'carol', status: 'approved' },
  'proofPhotos/s-bob': { seasonId: 'open1', teamId: 't1', uid: 'bob', type: 'image/png' },
  'rateLimits/bob': { recent: [1] },
  // A weekly digest's run: the functions' own.
  'digestRuns/open1_2026-03-09': {
    seasonId: 'open1',
    week: '2026-03-09',
    cursor: null,
    done: true,
  },
  // A happening: the functions' own, told to people as notices.
  'happenings/frozen-open1': {
    kind: 'seasonFrozen',
    seasonName: 'Open',
    seasonId: 'open1',
    timeZone: 'Europe/Paris',
    at: 1,
    cursor: null,
    done: true,
  },
  'seasons/open1/leaderboard/public': { rows: [] },
  'seasons/open1/leaderboard/live': { rows: [] },
  'seasons/open1/leaderboard/state': { generation: 1 },
  'seasons/open1/leaderboard/request': { at: 1 },
  'seasons/draft1/leaderboard/public': { rows: [] },
  // The board's pages after its top, and the rebuild's cache.
  'seasons/open1/leaderboard/public/pages/1': { index: 1, rows: [], teamIds: ['t1'] },
  'seasons/open1/leaderboard/live/pages/1': { index: 1, rows: [], teamIds: ['t1'] },
  'seasons/draft1/leaderboard/public/pages/1': { index: 1, rows: [], teamIds: ['t-draft'] },
  'seasons/open1/boardCache/0': { teams: {} },
  'seasons/open1/settings/autoApproval': { actionIds: {} },
  'seasons/open1/scores/t1': { total: 10 },
  'seasons/open1/corrections/c1': { teamId: 't1', points: 5 },
  'seasons/open1/audit/a1': { kind: 'approve' },
  'seasons/open1/appliedEvents/e1': { at: 1 },
  // An event of the open season: Bob (member of t1) holds a place, Dave (no team) waits; Bob
  // has a notification.
  'events/ev1': { seasonId: 'open1', kind: 'webinar', status: 'scheduled', capacity: 1 },
  'events/ev-draft': { seasonId: 'draft1', kind: 'webinar', status: 'scheduled', capacity: 5 },
  'eventRegistrations/ev-draft_olga': {
    eventId: 'ev-draft',
    seasonId: 'draft1',
    uid: 'olga',
    status: 'registered',
  },
  'eventRegistrations/ev1_bob': {
    eventId: 'ev1',
    seasonId: 'open1',
    uid: 'bob',
    status: 'registered',
  },
  'eventRegistrations/ev1_dave': {
    eventId: 'ev1',
    seasonId: 'open1',
    uid: 'dave',
    status: 'waiting',
  },
  'notifications/cancelled-ev0-bob': {
    uid: 'bob',
    kind: 'eventCancelled',
    eventId: 'ev0',
    read: false,
  },
  // Bob's mail choices, and a mail sent to him (already sent, so the delivery trigger leaves it
  // as it is): the outbox is the functions' own.
  'mailPreferences/bob': { language: 'en', kinds: { rejection: false }, updatedAt: 1 },
  'mail/rejection_s-bob_1': {
    uid: 'bob',
    body: { kind: 'rejection', submissionId: 's-bob', title: { fr: 'A', en: 'A' }, reason: 'r' },
    timeZone: 'Europe/Paris',
    queuedAt: 1,
    status: 'sent',
    notBefore: 1,
    attempts: 1,
    sentAt: 1,
  },
  // Bob answered the open season's survey.
  'surveyAnswers/open1_bob': {
    seasonId: 'open1',
    uid: 'bob',
    keepGoing: 'yes',
    rating: 5,
    favouriteTheme: null,
    comment: '',
  },
  // Chat channels: t1's set by Alice (its captain), the season's by Olga; the URLs apart, a
  // signed webhook's signing key for the functions only, and a delivery of each to the log.
  'chatChannels/team-t1-slack': {
    scope: 'team',
    seasonId: 'open1',
    teamId: 't1',
    kind: 'slack',
    host: 'hooks.slack.com',
    setBy: 'alice',
  },
  'chatChannels/season-open1-webhook': {
    scope: 'season',
    seasonId: 'open1',
    teamId: null,
    kind: 'webhook',
    host: 'hooks.example.org',
    setBy: 'olga',
  },
  'chatChannelSecrets/team-t1-slack': {
    url: 'https://hooks.slack.com/services/T/B/X',
    setBy: 'alice',
    seasonId: 'open1',
  },
  'chatChannelSecrets/season-open1-webhook': {
    url: 'https://hooks.example.org/tfg',
    setBy: 'olga',
    seasonId: 'open1',
  },
  'chatSigningKeys/season-open1-webhook': { secret: 'whsec_0' },
  // Already sent, so the delivery trigger leaves them as they are.
  'chatDeliveries/h1__team-t1-slack': {
    channelId: 'team-t1-slack',
    scope: 'team',
    seasonId: 'open1',
    teamId: 't1',
    status: 'sent',
    at: 1,
  },
  'chatDeliveries/h1__season-open1-webhook': {
    channelId: 'season-open1-webhook',
    scope: 'season',
    seasonId: 'open1',
    teamId: null,
    status: 'sent',
    at: 1,
  },
};

const SIGNED_IN: readonly Role[] = ['employee', 'member', 'captain', 'otherCaptain', 'organiser'];

/** Who may read each seeded document. */
const READERS: Record<string, readonly Role[]> = {
  'config/app': SIGNED_IN,
  'picks/alice': ['captain'],
  'profiles/alice': ['captain', 'organiser'],
  'seasons/open1': SIGNED_IN,
  'seasons/draft1': ['organiser'],
  'companies/c1': SIGNED_IN,
  'teams/t1': SIGNED_IN,
  'teams/t1/private/invite': ['member', 'captain', 'organiser'],
  // When each member was last nudged: captains and organisers, not the members themselves.
  'teams/t1/captain/nudges': ['captain', 'organiser'],
  'teams/t2': SIGNED_IN,
  'teams/t-draft': ['organiser'],
  'memberships/open1_alice': ['captain', 'organiser'],
  'memberships/open1_bob': ['member', 'organiser'],
  'memberships/open1_carol': ['otherCaptain', 'organiser'],
  'organisers/olga': ['organiser'],
  'inviteCodes/ABCDEFGH': [],
  'submissions/s-bob': ['member', 'captain', 'organiser'],
  'submissions/s-carol': ['otherCaptain', 'organiser'],
  // A photo: its author (bob), and whom the table lets read a team's photos (the team's
  // captain, organisers); not a plain team-mate.
  'proofPhotos/s-bob': ['member', ...ROLES.filter((role) => can(role, 'proofPhotos.readTeam'))],
  'rateLimits/bob': [],
  'happenings/frozen-open1': [],
  'digestRuns/open1_2026-03-09': [],
  'mailPreferences/bob': ['member'],
  'mail/rejection_s-bob_1': [],
  'seasons/open1/leaderboard/public': SIGNED_IN,
  'seasons/open1/leaderboard/live': ['organiser'],
  'seasons/open1/leaderboard/state': ['organiser'],
  'seasons/open1/leaderboard/request': ['organiser'],
  'seasons/draft1/leaderboard/public': ['organiser'],
  'seasons/open1/leaderboard/public/pages/1': SIGNED_IN,
  'seasons/open1/leaderboard/live/pages/1': ['organiser'],
  'seasons/draft1/leaderboard/public/pages/1': ['organiser'],
  'seasons/open1/boardCache/0': [],
  'seasons/open1/settings/autoApproval': SIGNED_IN,
  'seasons/open1/scores/t1': ['organiser'],
  'seasons/open1/corrections/c1': ['organiser'],
  'seasons/open1/audit/a1': ['organiser'],
  'seasons/open1/appliedEvents/e1': [],
  'events/ev1': SIGNED_IN,
  'events/ev-draft': ['organiser'],
  'eventRegistrations/ev-draft_olga': ['organiser'],
  'eventRegistrations/ev1_bob': ['member', 'organiser'],
  'eventRegistrations/ev1_dave': ['employee', 'organiser'],
  // Personal: not even organisers.
  'notifications/cancelled-ev0-bob': ['member'],
  'surveyAnswers/open1_bob': ['member', 'organiser'],
  // A team channel's summary and log: its captains and organisers; the URL: whoever set it and
  // organisers; the signing key: nobody.
  'chatChannels/team-t1-slack': ['captain', 'organiser'],
  'chatChannels/season-open1-webhook': ['organiser'],
  'chatChannelSecrets/team-t1-slack': ['captain', 'organiser'],
  'chatChannelSecrets/season-open1-webhook': ['organiser'],
  'chatSigningKeys/season-open1-webhook': [],
  'chatDeliveries/h1__team-t1-slack': ['captain', 'organiser'],
  'chatDeliveries/h1__season-open1-webhook': ['organiser'],
};

let env: RulesTestEnvironment;

type Db = ReturnType<RulesTestContext['firestore']>;
/**
 * One client per role for the whole file: a client made per check loaded Firestore's protos again
 * each time, 23 s of the file's 36 s of CPU (the reads still go to the emulator, not to a cache).
 */
const dbs = new Map<Role, Db>();

function dbFor(role: Role): Db {
  const made = dbs.get(role);
  if (made) return made;
  const person = role === 'stranger' ? null : PEOPLE[role];
  const context = person
    ? env.authenticatedContext(person.uid, person.organiser ? { organiser: true } : {})
    : env.unauthenticatedContext();
  const db = context.firestore();
  dbs.set(role, db);
  return db;
}

beforeAll(async () => {
  setLogLevel('silent');
  env = await rulesEnvironment();
  await clearFirestore();
  await env.withSecurityRulesDisabled(async (context) => {
    for (const [path, data] of Object.entries(SEED))
      await setDoc(doc(context.firestore(), path), data);
  });
});

afterAll(async () => {
  await env.cleanup();
});

describe.each(Object.keys(SEED))('%s', (path) => {
  it.each(ROLES)('read by %s as the table says', async (role) => {
    const read = getDoc(doc(dbFor(role), path));
    await ((READERS[path] ?? []).includes(role) ? assertSucceeds(read) : assertFails(read));
  });

  it.each(ROLES)('never written by %s', async (role) => {
    const db = dbFor(role);
    await assertFails(setDoc(doc(db, path), { tampered: true }));
    await assertFails(setDoc(doc(db, path), { tampered: true }, { merge: true }));
    await assertFails(deleteDoc(doc(db, path)));
  });
});

/**
 * The documents the app follows (watchDocument, the picks, the connection): those that may be
 * created while followed go as a query on their id (src/data/followed-by-id.ts), which the rules
 * must answer as they answer a read of the document.
 */
const FOLLOWED = [
  'config/app',
  'picks/alice',
  'profiles/alice',
  'memberships/open1_alice',
  'memberships/open1_bob',
  'teams/t1/private/invite',
  'teams/t1/captain/nudges',
  'mailPreferences/bob',
  'surveyAnswers/open1_bob',
  'seasons/open1/leaderboard/public',
  'seasons/open1/leaderboard/live',
  'seasons/draft1/leaderboard/public',
  'seasons/open1/leaderboard/public/pages/1',
  'seasons/open1/leaderboard/live/pages/1',
  'seasons/draft1/leaderboard/public/pages/1',
  'seasons/open1/settings/autoApproval',
];

describe.each(FOLLOWED)('%s, followed as a query on its id', (path) => {
  it.each(ROLES)('by %s as the table says', async (role) => {
    expect(followedById(path)).toBe(true);
    const id = path.split('/').pop() as string;
    const parent = path.slice(0, -id.length - 1);
    const read = getDocs(query(collection(dbFor(role), parent), where(documentId(), '==', id)));
    await ((READERS[path] ?? []).includes(role) ? assertSucceeds(read) : assertFails(read));
  });
});

it('follows by reference the documents whose rule reads their own fields', () => {
  for (const path of ['seasons/open1', 'teams/t1', 'proofPhotos/s-bob', 'events/ev1']) {
    expect(followedById(path)).toBe(false);
  }
});

it('keeps a photo from a plain team-mate who may read the submission it proves', async () => {
  // Alice (t1's captain) sent a photo; Bob is a plain member of her team.
  await env.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore();
    const mine = { seasonId: 'open1', teamId: 't1', uid: 'alice' };
    await setDoc(doc(db, 'submissions/s-alice'), { ...mine, status: 'approved' });
    await setDoc(doc(db, 'proofPhotos/s-alice'), { ...mine, type: 'image/png' });
  });
  await assertSucceeds(getDoc(doc(dbFor('member'), 'submissions/s-alice')));
  expect(can('member', 'proofPhotos.readTeam')).toBe(false);
  await assertFails(getDoc(doc(dbFor('member'), 'proofPhotos/s-alice')));
  // Its author reads it; anyone else as the table says.
  await assertSucceeds(getDoc(doc(dbFor('captain'), 'proofPhotos/s-alice')));
  for (const role of ROLES.filter((other) => other !== 'captain')) {
    const read = getDoc(doc(dbFor(role), 'proofPhotos/s-alice'));
    await (can(role, 'proofPhotos.readTeam') ? assertSucceeds(read) : assertFails(read));
  }
});

describe('queries the screens run on submissions', () => {
  const submissions = (role: Role, ...filters: [string, string][]) =>
    getDocs(
      query(
        collection(dbFor(role), 'submissions'),
        ...filters.map(([field, value]) => where(field, '==', value)),
      ),
    );

  it('lets a person list their own submissions, and nobody else’s', async () => {
    await assertSucceeds(submissions('member', ['uid', 'bob'], ['seasonId', 'open1']));
    await assertFails(submissions('employee', ['uid', 'bob'], ['seasonId', 'open1']));
  });

  it('lets the members of a team list its submissions (the feed), not other teams', async () => {
    await assertSucceeds(submissions('member', ['teamId', 't1']));
    await assertSucceeds(submissions('captain', ['teamId', 't1']));
    await assertFails(submissions('otherCaptain', ['teamId', 't1']));
    await assertFails(submissions('employee', ['teamId', 't1']));
  });

  it('lets the members of a team list its feed’s page, newest approved first, not other teams', async () => {
    const page = (role: Role) =>
      getDocs(
        query(
          collection(dbFor(role), 'submissions'),
          where('teamId', '==', 't1'),
          where('status', '==', 'approved'),
          orderBy('approvedAt', 'desc'),
          limit(50),
        ),
      );
    await assertSucceeds(page('member'));
    await assertSucceeds(page('captain'));
    await assertFails(page('otherCaptain'));
    await assertFails(page('employee'));
  });

  it('lets only organisers list a season’s queue', async () => {
    await assertSucceeds(submissions('organiser', ['seasonId', 'open1'], ['status', 'pending']));
    for (const role of ['member', 'captain', 'otherCaptain', 'employee', 'stranger'] as const) {
      await assertFails(submissions(role, ['seasonId', 'open1'], ['status', 'pending']));
    }
  });
});

describe('queries the chat-channel screens run', () => {
  const log = (role: Role, ...filters: [string, string][]) =>
    getDocs(
      query(
        collection(dbFor(role), 'chatDeliveries'),
        ...filters.map(([field, value]) => where(field, '==', value)),
      ),
    );

  it('lets a team’s captains list its channel’s delivery log, nobody else but organisers', async () => {
    const team: [string, string][] = [
      ['channelId', 'team-t1-slack'],
      ['scope', 'team'],
      ['teamId', 't1'],
    ];
    await assertSucceeds(log('captain', ...team));
    await assertSucceeds(log('organiser', ...team));
    for (const role of ['member', 'otherCaptain', 'employee', 'stranger'] as const) {
      await assertFails(log(role, ...team));
    }
    await assertSucceeds(log('organiser', ['channelId', 'season-open1-webhook']));
    await assertFails(log('captain', ['channelId', 'season-open1-webhook']));
  });

  it('lets a team’s captains list its channels, and organisers the season’s', async () => {
    const channels = (role: Role, ...filters: [string, string][]) =>
      getDocs(
        query(
          collection(dbFor(role), 'chatChannels'),
          ...filters.map(([field, value]) => where(field, '==', value)),
        ),
      );
    const team: [string, string][] = [
      ['scope', 'team'],
      ['teamId', 't1'],
    ];
    await assertSucceeds(channels('captain', ...team));
    for (const role of ['member', 'otherCaptain', 'employee', 'stranger'] as const) {
      await assertFails(channels(role, ...team));
    }
    const season: [string, string][] = [
      ['seasonId', 'open1'],
      ['scope', 'season'],
    ];
    await assertSucceeds(channels('organiser', ...season));
    await assertFails(channels('captain', ...season));
  });
});

describe('queries the event screens run', () => {
  const list = (role: Role, name: string, ...filters: [string, string][]) =>
    getDocs(
      query(
        collection(dbFor(role), name),
        ...filters.map(([field, value]) => where(field, '==', value)),
      ),
    );

  it('lets anyone signed in list a season’s events, not a stranger', async () => {
    for (const role of SIGNED_IN) await assertSucceeds(list(role, 'events', ['seasonId', 'open1']));
    await assertFails(list('stranger', 'events', ['seasonId', 'open1']));
  });

  it('lets only organisers list a draft season’s events and teams', async () => {
    for (const collection of ['events', 'teams']) {
      await assertSucceeds(list('organiser', collection, ['seasonId', 'draft1']));
      for (const role of ['member', 'captain', 'otherCaptain', 'employee', 'stranger'] as const) {
        await assertFails(list(role, collection, ['seasonId', 'draft1']));
      }
    }
    // Listing teams of a published season still works for anyone signed in.
    for (const role of SIGNED_IN) await assertSucceeds(list(role, 'teams', ['seasonId', 'open1']));
    await assertFails(list('stranger', 'events', ['seasonId', 'open1']));
  });

  it('lets a person list their own registrations, and nobody else’s', async () => {
    await assertSucceeds(list('member', 'eventRegistrations', ['uid', 'bob']));
    await assertSucceeds(list('member', 'eventRegistrations', ['uid', 'bob'], ['eventId', 'ev1']));
    await assertSucceeds(list('employee', 'eventRegistrations', ['uid', 'dave']));
    await assertFails(list('employee', 'eventRegistrations', ['uid', 'bob']));
    await assertFails(list('stranger', 'eventRegistrations', ['uid', 'bob']));
  });

  it('lets only organisers list everyone registered for an event', async () => {
    await assertSucceeds(list('organiser', 'eventRegistrations', ['eventId', 'ev1']));
    for (const role of ['member', 'captain', 'otherCaptain', 'employee', 'stranger'] as const) {
      await assertFails(list(role, 'eventRegistrations', ['eventId', 'ev1']));
    }
  });

  it('lets a person list their own notifications, and nobody else, organisers included', async () => {
    await assertSucceeds(list('member', 'notifications', ['uid', 'bob']));
    for (const role of ['captain', 'otherCaptain', 'employee', 'organiser', 'stranger'] as const) {
      await assertFails(list(role, 'notifications', ['uid', 'bob']));
    }
  });
});

describe('queries the leaderboard screens run', () => {
  const pageOf = (role: Role, seasonId: string, which: 'public' | 'live', teamId: string) =>
    getDocs(
      query(
        collection(dbFor(role), `seasons/${seasonId}/leaderboard/${which}/pages`),
        where('teamIds', 'array-contains', teamId),
        limit(1),
      ),
    );

  it('lets anyone signed in find their team’s page of the public board, organisers the live one', async () => {
    for (const role of SIGNED_IN) {
      const found = await assertSucceeds(pageOf(role, 'open1', 'public', 't1'));
      expect(found.docs.map((page) => page.id)).toEqual(['1']);
    }
    await assertFails(pageOf('stranger', 'open1', 'public', 't1'));
    await assertSucceeds(pageOf('organiser', 'open1', 'live', 't1'));
    await assertFails(pageOf('member', 'open1', 'live', 't1'));
    await assertSucceeds(pageOf('organiser', 'draft1', 'public', 't-draft'));
    await assertFails(pageOf('member', 'draft1', 'public', 't-draft'));
  });

  it('lets anyone signed in search a published season’s teams by the start of their name', async () => {
    const search = (role: Role, seasonId: string, prefix: string) =>
      getDocs(
        query(
          collection(dbFor(role), 'teams'),
          where('seasonId', '==', seasonId),
          where('nameKey', '>=', prefix),
          where('nameKey', '<', `${prefix}\uf8ff`),
          orderBy('nameKey'),
          limit(10),
        ),
      );
    for (const role of SIGNED_IN) {
      const found = await assertSucceeds(search(role, 'open1', 'gr'));
      expect(found.docs.map((team) => team.id)).toEqual(['t1']);
    }
    await assertFails(search('stranger', 'open1', 'gr'));
    await assertFails(search('member', 'draft1', 'ea'));
  });
});

describe('documents that do not exist yet', () => {
  it('a person may listen for their own membership before it exists, nobody else may', async () => {
    await assertSucceeds(getDoc(doc(dbFor('employee'), 'memberships/open1_dave')));
    await assertFails(getDoc(doc(dbFor('member'), 'memberships/open1_dave')));
    await assertFails(getDoc(doc(dbFor('employee'), 'memberships/open1_dave_x')));
    await assertFails(getDoc(doc(dbFor('stranger'), 'memberships/open1_dave')));
  });

  it('a person may listen for their own survey answer before it exists, nobody else may', async () => {
    await assertSucceeds(getDoc(doc(dbFor('employee'), 'surveyAnswers/open1_dave')));
    await assertSucceeds(getDoc(doc(dbFor('organiser'), 'surveyAnswers/open1_dave')));
    await assertFails(getDoc(doc(dbFor('member'), 'surveyAnswers/open1_dave')));
    await assertFails(getDoc(doc(dbFor('employee'), 'surveyAnswers/open1_dave_x')));
    await assertFails(getDoc(doc(dbFor('stranger'), 'surveyAnswers/open1_dave')));
  });
});

describe('new documents', () => {
  it.each(ROLES)('cannot be created by %s in any collection', async (role) => {
    const db = dbFor(role);
    const uid = role === 'stranger' ? 'nobody' : PEOPLE[role].uid;
    for (const path of [
      `picks/${uid}`,
      `profiles/${uid}`,
      'seasons/new',
      'companies/new',
      'teams/new',
      `memberships/open1_${uid}`,
      `organisers/${uid}`,
      'inviteCodes/ZZZZZZZZ',
      'config/app',
      'submissions/new',
      'proofPhotos/new',
      `rateLimits/${uid}`,
      'seasons/open1/leaderboard/public',
      'seasons/open1/leaderboard/public/pages/1',
      'seasons/open1/boardCache/0',
      'seasons/open1/scores/t9',
      'seasons/open1/audit/new',
      'events/new',
      `eventRegistrations/ev1_${uid}`,
      `notifications/cancelled-ev1-${uid}`,
      `surveyAnswers/open1_${uid}`,
    ]) {
      await assertFails(setDoc(doc(db, path), { anything: 1 }));
    }
  });
});
