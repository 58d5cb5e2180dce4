// The company domain rule, for every callable that admits someone to a team (createTeam, joinTeam)
// and for previewInvite, which says it in advance: read from the verified ID token only. Forged
// custom claims, developer claims and payload fields change nothing, and a refusal writes nothing.
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { doc, getDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvitePreview, Team } from '../../src/domain/team';
import {
  callerWithAddress,
  callerWithCustomToken,
  dumpDatabase,
  refusalOf,
  rulesEnvironment,
  signedInCaller,
  type Caller,
  type TokenCaller,
} from '../support/emulators';
import { seasonSettings } from '../support/world';

let env: RulesTestEnvironment;
let organiser: Caller;
/** A season that requires a company address, and one that does not. */
let required: string;
let open: string;
/** Acme lists acme.com and acme.fr; Nowhere lists no domain. */
let acme: string;
let nowhere: string;
/** A team of Acme in each season, made by a verified Acme captain: its invite code. */
let requiredCode: string;
let openCode: string;
const callers: Caller[] = [];

let people = 0;
/** A fresh address at `domain`, so each test has a person of its own. */
const address = (domain: string) => `person-${Date.now()}-${(people += 1)}@${domain}`;

async function person(
  domain: string,
  emailVerified: boolean,
  claims?: Record<string, unknown>,
): Promise<TokenCaller> {
  const caller = await callerWithAddress({
    email: address(domain),
    emailVerified,
    ...(claims ? { claims } : {}),
  });
  callers.push(caller);
  return caller;
}

async function read(path: string): Promise<Record<string, unknown> | undefined> {
  let data: Record<string, unknown> | undefined;
  await env.withSecurityRulesDisabled(async (context) => {
    data = (await getDoc(doc(context.firestore(), path))).data();
  });
  return data;
}

async function season(companyDomainRequired: boolean): Promise<string> {
  const { seasonId } = (await organiser.call('saveSeason', {
    seasonId: null,
    settings: seasonSettings({ companyDomainRequired }),
  })) as { seasonId: string };
  await organiser.call('advanceSeason', { seasonId, to: 'open' });
  return seasonId;
}

beforeAll(async () => {
  env = await rulesEnvironment();
  organiser = await signedInCaller({ organiser: true });
  callers.push(organiser);
  [required, open] = await Promise.all([season(true), season(false)]);
  ({ companyId: acme } = (await organiser.call('createCompany', {
    name: `Acme ${Date.now()}`,
    domains: [' ACME.com', '@acme.fr'],
  })) as { companyId: string });
  ({ companyId: nowhere } = (await organiser.call('createCompany', {
    name: `Nowhere ${Date.now()}`,
  })) as { companyId: string });
  const captain = await person('acme.fr', true);
  ({ code: requiredCode } = (await captain.call('createTeam', {
    seasonId: required,
    companyId: acme,
    name: 'Acme one',
  })) as { code: string });
  ({ code: openCode } = (await captain.call('createTeam', {
    seasonId: open,
    companyId: acme,
    name: 'Acme open',
  })) as { code: string });
}, 120_000);

afterAll(async () => {
  await Promise.all(callers.map((caller) => caller.close()));
  await env.cleanup();
});

let teams = 0;
const newTeam = (seasonId: string, companyId = acme) => ({
  seasonId,
  companyId,
  name: `Team ${Date.now()} ${(teams += 1)}`,
});

/** The two ways in: create a team of a company in a season, or join the team of an invite code. */
const ADMISSIONS = [
  { callable: 'createTeam' as const, payload: (seasonId: string) => newTeam(seasonId) },
  {
    callable: 'joinTeam' as const,
    payload: (seasonId: string) => ({ code: seasonId === required ? requiredCode : openCode }),
  },
];

/** The member entry the call gave `caller` in the team it answered. */
async function entryOf(answer: unknown, caller: Caller) {
  const team = (await read(`teams/${(answer as { teamId: string }).teamId}`)) as Team | undefined;
  return team?.members[caller.uid];
}

/** Expects the call to be refused for `reason` with a sentence naming the domains, writing nothing. */
async function expectRefused(call: () => Promise<unknown>, reason: string) {
  const before = await dumpDatabase();
  const refusal = await refusalOf(call());
  expect(refusal.code).toBe('functions/failed-precondition');
  expect(refusal.details).toMatchObject({ key: `domainRefusals.${reason}` });
  if (reason !== 'noDomainsListed') {
    expect(refusal.message).toContain('acme.com, acme.fr');
    expect(refusal.details).toMatchObject({ domains: 'acme.com, acme.fr' });
  }
  expect(await dumpDatabase()).toEqual(before);
}

describe.each(ADMISSIONS)('$callable, in a season that requires a company address', (way) => {
  it('admits a verified address at a listed domain, shown as the company’s member', async () => {
    const ada = await person('ACME.com', true);
    const answer = await ada.call(way.callable, way.payload(required));
    expect(await entryOf(answer, ada)).toMatchObject({ companyDomain: 'acme.com' });
    expect(await read(`memberships/${required}_${ada.uid}`)).toBeDefined();
  });

  it('refuses an unverified address at a listed domain, saying to verify it', async () => {
    const ada = await person('acme.com', false);
    await expectRefused(() => ada.call(way.callable, way.payload(required)), 'noVerifiedAddress');
  });

  it('refuses a verified address at another domain or at an unlisted subdomain', async () => {
    for (const domain of ['example.test', 'fr.acme.com', 'acme.com.example.test']) {
      const bob = await person(domain, true);
      await expectRefused(() => bob.call(way.callable, way.payload(required)), 'otherDomain');
    }
  });

  it('ignores custom claims that forge a verified company address', async () => {
    const forger = await person('example.test', true, {
      email: 'x@acme.com',
      email_verified: true,
    });
    // Auth writes the account's own address over a custom claim of the same name.
    expect(await forger.tokenClaims()).toMatchObject({
      email: forger.email,
      email_verified: true,
    });
    await expectRefused(() => forger.call(way.callable, way.payload(required)), 'otherDomain');

    const unverified = await person('acme.com', false, { email_verified: true });
    expect(await unverified.tokenClaims()).toMatchObject({ email_verified: false });
    await expectRefused(
      () => unverified.call(way.callable, way.payload(required)),
      'noVerifiedAddress',
    );
  });

  it('ignores developer claims of a custom token, for an account with no address', async () => {
    const forger = await callerWithCustomToken({ email: 'x@acme.com', email_verified: true });
    callers.push(forger);
    const claims = await forger.tokenClaims();
    expect(claims.email).toBeUndefined();
    expect(claims.email_verified).toBeUndefined();
    await expectRefused(() => forger.call(way.callable, way.payload(required)), 'otherDomain');
  });

  it('refuses an address given in the payload, as any field the command does not take', async () => {
    const bob = await person('example.test', true);
    const before = await dumpDatabase();
    const refusal = await refusalOf(
      bob.call(way.callable, {
        ...way.payload(required),
        email: 'x@acme.com',
        emailVerified: true,
      }),
    );
    expect(refusal.code).toBe('functions/invalid-argument');
    expect(await dumpDatabase()).toEqual(before);
  });
});

describe('createTeam, in a season that requires a company address', () => {
  it('refuses everyone a team of a company with no domain listed', async () => {
    const ada = await person('acme.com', true);
    await expectRefused(
      () => ada.call('createTeam', newTeam(required, nowhere)),
      'noDomainsListed',
    );
  });
});

describe.each(ADMISSIONS)('$callable, in a season without the rule', (way) => {
  it('admits anyone, and shows as the company’s member only a verified company address', async () => {
    const bob = await person('example.test', false);
    expect(await entryOf(await bob.call(way.callable, way.payload(open)), bob)).not.toHaveProperty(
      'companyDomain',
    );
    const unverified = await person('acme.com', false);
    const answer = await unverified.call(way.callable, way.payload(open));
    expect(await entryOf(answer, unverified)).not.toHaveProperty('companyDomain');
    const ada = await person('acme.fr', true);
    expect(await entryOf(await ada.call(way.callable, way.payload(open)), ada)).toMatchObject({
      companyDomain: 'acme.fr',
    });
  });
});

describe('previewInvite', () => {
  it('says in advance what joinTeam will say, and writes nothing', async () => {
    const preview = async (caller: Caller, code: string) =>
      (await caller.call('previewInvite', { code })) as InvitePreview;
    const ada = await person('acme.com', true);
    const unverified = await person('acme.com', false);
    const bob = await person('example.test', true);
    const before = await dumpDatabase();
    expect(await preview(ada, requiredCode)).toMatchObject({
      domainRefusal: null,
      companyDomains: ['acme.com', 'acme.fr'],
    });
    expect((await preview(unverified, requiredCode)).domainRefusal).toBe('noVerifiedAddress');
    expect((await preview(bob, requiredCode)).domainRefusal).toBe('otherDomain');
    expect((await preview(bob, openCode)).domainRefusal).toBeNull();
    expect(await dumpDatabase()).toEqual(before);
  });
});

describe('saveCompanyDomains', () => {
  it('replaces a company’s domains, normalised, and the rule follows the new list', async () => {
    const { companyId } = (await organiser.call('createCompany', {
      name: `Zeta ${Date.now()}`,
    })) as { companyId: string };
    const bob = await person('zeta.example', true);
    expect((await refusalOf(bob.call('createTeam', newTeam(required, companyId)))).details).toEqual(
      expect.objectContaining({ key: 'domainRefusals.noDomainsListed' }),
    );
    expect(
      await organiser.call('saveCompanyDomains', {
        companyId,
        domains: ['Zeta.example', 'zeta.example', '@zeta.test'],
      }),
    ).toEqual({ companyId, domains: ['zeta.example', 'zeta.test'] });
    expect(await read(`companies/${companyId}`)).toMatchObject({
      domains: ['zeta.example', 'zeta.test'],
    });
    const answer = await bob.call('createTeam', newTeam(required, companyId));
    expect(await entryOf(answer, bob)).toMatchObject({ companyDomain: 'zeta.example' });
  });

  it('refuses a bad domain, more than 20, or an unknown company, writing nothing', async () => {
    const before = await dumpDatabase();
    for (const [payload, code] of [
      [{ companyId: acme, domains: ['acme'] }, 'invalid-argument'],
      [{ companyId: acme, domains: ['a@acme.com'] }, 'invalid-argument'],
      [
        { companyId: acme, domains: Array.from({ length: 21 }, (_, i) => `a${i}.com`) },
        'invalid-argument',
      ],
      [{ companyId: 'no-such-company', domains: ['acme.com'] }, 'not-found'],
    ] as const) {
      expect((await refusalOf(organiser.call('saveCompanyDomains', payload))).code).toBe(
        `functions/${code}`,
      );
    }
    expect(await dumpDatabase()).toEqual(before);
  });
});
