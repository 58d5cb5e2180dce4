import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INVITE_ALPHABET,
  INVITE_CODE_LENGTH,
  INVITE_CODE_PATTERN,
  createCompanyPayloadSchema,
  createTeamPayloadSchema,
  joinTeamPayloadSchema,
  makeInviteCode,
  makePseudonym,
  membersAfterHandOver,
  membersAfterLeave,
  normalizeInviteCode,
  profilePayloadSchema,
  publicName,
  seasonPayloadSchema,
  setOrganiserPayloadSchema,
  setTeamRolePayloadSchema,
  teamMemberPayloadSchema,
  teamPayloadSchema,
  type TeamMember,
  type TeamRole,
} from './team';

const person = (role: TeamRole, joinedAt: number, name = 'Colibri 42'): TeamMember => ({
  name,
  role,
  joinedAt,
});

describe('membersAfterLeave', () => {
  it('removes the one leaving and keeps the others as they were', () => {
    const members = {
      cap: person('captain', 1, 'Lynx 10'),
      ann: person('member', 2, 'Loutre 11'),
      bob: person('member', 3, 'Castor 12'),
    };
    expect(membersAfterLeave(members, 'bob')).toEqual({ cap: members.cap, ann: members.ann });
  });

  it('makes the earliest-joined member captain when the last captain leaves', () => {
    const members = {
      cap: person('captain', 1),
      late: person('member', 30),
      early: person('member', 20),
      middle: person('member', 25),
    };
    expect(membersAfterLeave(members, 'cap')).toEqual({
      late: members.late,
      early: { ...members.early, role: 'captain' },
      middle: members.middle,
    });
  });

  it('breaks a tie on join time by uid', () => {
    const members = {
      cap: person('captain', 1),
      zoe: person('member', 5),
      amy: person('member', 5),
      max: person('member', 5),
    };
    const after = membersAfterLeave(members, 'cap');
    expect(after.amy?.role).toBe('captain');
    expect(after.zoe?.role).toBe('member');
    expect(after.max?.role).toBe('member');
  });

  it('promotes nobody when a co-captain remains', () => {
    const members = {
      cap: person('captain', 1),
      early: person('member', 2),
      co: person('captain', 3),
    };
    expect(membersAfterLeave(members, 'cap')).toEqual({ early: members.early, co: members.co });
  });

  it('leaves nobody when the only member leaves, and nothing from an empty team', () => {
    expect(membersAfterLeave({ cap: person('captain', 1) }, 'cap')).toEqual({});
    expect(membersAfterLeave({}, 'anyone')).toEqual({});
  });

  it('leaves at least one captain and removes the one leaving, whoever leaves', () => {
    const memberArb = fc.record({
      name: fc.string(),
      role: fc.constantFrom<TeamRole>('captain', 'member'),
      joinedAt: fc.integer({ min: 0, max: 20 }),
    });
    const teamArb = fc
      .dictionary(fc.string({ minLength: 1, maxLength: 6 }), memberArb, {
        minKeys: 2,
        maxKeys: 8,
        noNullPrototype: true,
      })
      .chain((members) => fc.tuple(fc.constant(members), fc.constantFrom(...Object.keys(members))));
    fc.assert(
      fc.property(teamArb, ([members, leavingUid]) => {
        const after = membersAfterLeave(members, leavingUid);
        expect(Object.keys(after)).not.toContain(leavingUid);
        expect(Object.keys(after).sort()).toEqual(
          Object.keys(members)
            .filter((uid) => uid !== leavingUid)
            .sort(),
        );
        const captains = Object.values(after).filter((member) => member.role === 'captain');
        expect(captains.length).toBeGreaterThanOrEqual(1);
        // Nobody but a single promoted member changes.
        const changed = Object.keys(after).filter((uid) => after[uid] !== members[uid]);
        expect(changed.length).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('membersAfterHandOver', () => {
  it('makes the chosen member captain and the giver a plain member, leaving others alone', () => {
    const members = {
      cap: person('captain', 1),
      ann: person('member', 2),
      bob: person('member', 3),
      co: person('captain', 4),
    };
    expect(membersAfterHandOver(members, 'cap', 'ann')).toEqual({
      cap: { ...members.cap, role: 'member' },
      ann: { ...members.ann, role: 'captain' },
      bob: members.bob,
      co: members.co,
    });
  });

  it('does not change the members passed in', () => {
    const members = { cap: person('captain', 1), ann: person('member', 2) };
    membersAfterHandOver(members, 'cap', 'ann');
    expect(members.cap.role).toBe('captain');
    expect(members.ann.role).toBe('member');
  });
});

describe('makeInviteCode', () => {
  it('always makes a code matching INVITE_CODE_PATTERN', () => {
    fc.assert(
      fc.property(fc.infiniteStream(fc.nat()), (stream) => {
        const values = stream[Symbol.iterator]();
        const code = makeInviteCode((bound) => (values.next().value ?? 0) % bound);
        expect(code).toHaveLength(INVITE_CODE_LENGTH);
        expect(code).toMatch(INVITE_CODE_PATTERN);
      }),
    );
  });

  it('uses every character of the alphabet', () => {
    let counter = 0;
    const sequence = (bound: number) => counter++ % bound;
    const codes = Array.from(
      { length: Math.ceil(INVITE_ALPHABET.length / INVITE_CODE_LENGTH) },
      () => makeInviteCode(sequence),
    );
    expect(codes[0]).toBe(INVITE_ALPHABET.slice(0, INVITE_CODE_LENGTH));
    expect(new Set(codes.join(''))).toEqual(new Set(INVITE_ALPHABET));
  });

  it('leaves out characters that read alike', () => {
    for (const ambiguous of ['0', 'O', '1', 'I', 'L']) {
      expect(INVITE_ALPHABET).not.toContain(ambiguous);
    }
  });
});

describe('normalizeInviteCode', () => {
  it('reads codes without regard to case, spaces or dashes', () => {
    expect(normalizeInviteCode('abcd-efgh ')).toBe('ABCDEFGH');
    expect(normalizeInviteCode(' ab cd\tEF-gh')).toBe('ABCDEFGH');
    expect(normalizeInviteCode('ABCDEFGH')).toBe('ABCDEFGH');
  });
});

describe('joinTeamPayloadSchema', () => {
  it('accepts a lower-case dashed code and gives it back normalized', () => {
    expect(joinTeamPayloadSchema.parse({ code: 'abcd-efgh' })).toEqual({ code: 'ABCDEFGH' });
  });

  it('rejects a code with characters outside the alphabet', () => {
    const result = joinTeamPayloadSchema.safeParse({ code: 'O0O0O0O0' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['validation.inviteCode']);
  });

  it('rejects a code of the wrong length', () => {
    expect(joinTeamPayloadSchema.safeParse({ code: 'ABCDEFG' }).success).toBe(false);
    expect(joinTeamPayloadSchema.safeParse({ code: 'ABCDEFGHJ' }).success).toBe(false);
  });
});

describe('makePseudonym', () => {
  it('gives an animal and a number from 10 to 99', () => {
    expect(makePseudonym(() => 0)).toBe('Colibri 10');
    fc.assert(
      fc.property(fc.infiniteStream(fc.nat()), (stream) => {
        const values = stream[Symbol.iterator]();
        const pseudonym = makePseudonym((bound) => (values.next().value ?? 0) % bound);
        const match = /^(\p{L}+) (\d+)$/u.exec(pseudonym);
        expect(match).not.toBeNull();
        const number = Number(match?.[2]);
        expect(number).toBeGreaterThanOrEqual(10);
        expect(number).toBeLessThanOrEqual(99);
      }),
    );
  });

  it('reaches 99 with the largest random value', () => {
    expect(makePseudonym((bound) => bound - 1)).toMatch(/^\p{L}+ 99$/u);
  });
});

describe('publicName', () => {
  it('shows the pseudonym by default', () => {
    expect(
      publicName({ displayName: 'Alice Martin', pseudonym: 'Lynx 12', showRealName: false }),
    ).toBe('Lynx 12');
  });

  it('shows the display name when the person opted in', () => {
    expect(
      publicName({ displayName: 'Alice Martin', pseudonym: 'Lynx 12', showRealName: true }),
    ).toBe('Alice Martin');
  });

  it('shows the pseudonym when the person opted in but has no display name', () => {
    expect(publicName({ displayName: '', pseudonym: 'Lynx 12', showRealName: true })).toBe(
      'Lynx 12',
    );
  });
});

describe('profilePayloadSchema', () => {
  const profile = { displayName: 'Alice', pseudonym: 'Lynx 12', showRealName: false };

  it('accepts a pseudonym without an email address', () => {
    expect(profilePayloadSchema.parse(profile)).toEqual(profile);
  });

  it('rejects a pseudonym containing "@"', () => {
    const result = profilePayloadSchema.safeParse({ ...profile, pseudonym: 'alice@example.com' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'validation.pseudonymEmail',
    ]);
  });
});

describe('payload schemas', () => {
  it.each([
    ['createCompanyPayloadSchema', createCompanyPayloadSchema, { name: 'Acme' }],
    [
      'createTeamPayloadSchema',
      createTeamPayloadSchema,
      { seasonId: 's1', companyId: 'c1', name: 'Green team' },
    ],
    ['joinTeamPayloadSchema', joinTeamPayloadSchema, { code: 'ABCDEFGH' }],
    ['seasonPayloadSchema', seasonPayloadSchema, { seasonId: 's1' }],
    ['teamPayloadSchema', teamPayloadSchema, { teamId: 't1' }],
    ['teamMemberPayloadSchema', teamMemberPayloadSchema, { teamId: 't1', uid: 'u1' }],
    [
      'setTeamRolePayloadSchema',
      setTeamRolePayloadSchema,
      { teamId: 't1', uid: 'u1', role: 'captain' },
    ],
    [
      'profilePayloadSchema',
      profilePayloadSchema,
      { displayName: 'Alice', pseudonym: 'Lynx 12', showRealName: true },
    ],
    [
      'setOrganiserPayloadSchema',
      setOrganiserPayloadSchema,
      { email: 'alice@example.com', organiser: true },
    ],
  ] as const)('%s accepts a valid payload and rejects an unknown extra key', (_, schema, valid) => {
    expect(schema.safeParse(valid).success).toBe(true);
    const result = schema.safeParse({ ...valid, extra: 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.code)).toEqual(['unrecognized_keys']);
  });
});

describe('membersAfterHandOver, outside the team', () => {
  it('changes nothing when the chosen person is not a member', () => {
    const members = {
      a: { name: 'A', role: 'captain' as const, joinedAt: 1 },
      b: { name: 'B', role: 'member' as const, joinedAt: 2 },
    };
    expect(membersAfterHandOver(members, 'a', 'stranger')).toEqual(members);
  });
});
