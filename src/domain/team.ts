// Companies, teams, memberships and profiles: the shapes, the input schemas and the rules.
import { ownValue } from './own';
import { z } from 'zod';
import { companyDomainsSchema, type DomainRefusal } from './company-domains';
import { documentIdSchema } from './document-id';
import { typedText } from './text';

export type TeamRole = 'captain' | 'member';

export interface TeamMember {
  /** The name others see: the pseudonym, unless the person opted in to their real name. */
  readonly name: string;
  readonly role: TeamRole;
  readonly joinedAt: number;
  /**
   * The company's domain their verified address was at when they joined (domain/company-domains):
   * what shows them as the company's member. Absent otherwise.
   */
  readonly companyDomain?: string;
}

export interface Team {
  readonly id: string;
  readonly seasonId: string;
  readonly companyId: string;
  readonly companyName: string;
  readonly name: string;
  readonly members: Readonly<Record<string, TeamMember>>;
  readonly memberCount: number;
  readonly createdAt: number;
  /** The name as a search matches it (teamNameKey), for the board's search by name. */
  readonly nameKey?: string;
}

/**
 * Rule: a search by team name matches the start of the name, whatever its case, accents or
 * spacing: "Les Écolos" is found by "les eco", "LES  ECO" and "les écolos".
 */
export function teamNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('fr')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Rule: a team is full when it has as many members as the season's size cap. */
export function isTeamFull(memberCount: number, sizeCap: number): boolean {
  return memberCount >= sizeCap;
}

/** Earliest joined first; the uid breaks ties so the order never depends on storage. */
function byJoinOrder(members: Readonly<Record<string, TeamMember>>): [string, TeamMember][] {
  return Object.entries(members).sort(
    ([uidA, a], [uidB, b]) => a.joinedAt - b.joinedAt || uidA.localeCompare(uidB),
  );
}

/**
 * Rule: when a member leaves, the others stay as they were, except that when no captain is
 * left, the member who joined earliest becomes captain. Returns the members after the leave.
 */
export function membersAfterLeave(
  members: Readonly<Record<string, TeamMember>>,
  leavingUid: string,
): Record<string, TeamMember> {
  const rest = Object.fromEntries(Object.entries(members).filter(([uid]) => uid !== leavingUid));
  const hasCaptain = Object.values(rest).some((member) => member.role === 'captain');
  const earliest = byJoinOrder(rest)[0];
  if (!hasCaptain && earliest) {
    const [uid, member] = earliest;
    rest[uid] = { ...member, role: 'captain' };
  }
  return rest;
}

/** Rule: handing over makes the chosen member captain and the one handing over a plain member. */
export function membersAfterHandOver(
  members: Readonly<Record<string, TeamMember>>,
  fromUid: string,
  toUid: string,
): Record<string, TeamMember> {
  const next = { ...members };
  const from = ownValue(next, fromUid);
  const to = ownValue(next, toUid);
  // Handing over to someone outside the team, or to oneself, changes nothing.
  if (!to || fromUid === toUid) return next;
  next[toUid] = { ...to, role: 'captain' };
  if (from) next[fromUid] = { ...from, role: 'member' };
  return next;
}

/** Invite codes avoid letters and digits that read alike (0/O, 1/I/L). */
export const INVITE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITE_CODE_LENGTH = 8;
export const INVITE_CODE_PATTERN = new RegExp(`^[${INVITE_ALPHABET}]{${INVITE_CODE_LENGTH}}$`);

/** Makes an invite code from a source of random integers in [0, bound). */
export function makeInviteCode(randomInt: (bound: number) => number): string {
  let code = '';
  for (let i = 0; i < INVITE_CODE_LENGTH; i += 1) {
    code += INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)] ?? 'A';
  }
  return code;
}

/** Rule: codes are read without regard to case, spaces or dashes ("abcd-efgh" = "ABCDEFGH"). */
export function normalizeInviteCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

const PSEUDONYM_ANIMALS = [
  'Colibri',
  'Loutre',
  'Hérisson',
  'Mésange',
  'Renard',
  'Abeille',
  'Castor',
  'Chouette',
  'Lynx',
  'Martinet',
  'Salamandre',
  'Bouvreuil',
  'Écureuil',
  'Lièvre',
  'Blaireau',
  'Héron',
] as const;

/** A default pseudonym, such as "Colibri 42", from a source of random integers. */
export function makePseudonym(randomInt: (bound: number) => number): string {
  const animal = PSEUDONYM_ANIMALS[randomInt(PSEUDONYM_ANIMALS.length)] ?? 'Colibri';
  return `${animal} ${10 + randomInt(90)}`;
}

/** Rule: others see a person's pseudonym, and their display name only if they opted in. */
export function publicName(profile: {
  displayName: string;
  pseudonym: string;
  showRealName: boolean;
}): string {
  return profile.showRealName && profile.displayName ? profile.displayName : profile.pseudonym;
}

const teamName = typedText({ min: 2, max: 60, tooShort: 'validation.teamName' });

export const createCompanyPayloadSchema = z.strictObject({
  name: typedText({ min: 2, max: 80, tooShort: 'validation.companyName' }),
  /** The company's email domains (domain/company-domains); none unless given. */
  domains: companyDomainsSchema.default([]),
});

export const saveCompanyDomainsPayloadSchema = z.strictObject({
  companyId: documentIdSchema('validation.companyId', 40),
  domains: companyDomainsSchema,
});

export const createTeamPayloadSchema = z.strictObject({
  seasonId: documentIdSchema('validation.seasonId', 40),
  companyId: documentIdSchema('validation.companyId', 40),
  name: teamName,
});

export const joinTeamPayloadSchema = z.strictObject({
  code: z
    .string({ error: 'validation.inviteCode' })
    .transform(normalizeInviteCode)
    .pipe(z.string().regex(INVITE_CODE_PATTERN, { error: 'validation.inviteCode' })),
});

/** previewInvite's answer: what joining with a code would mean, shown before joining. */
export interface InvitePreview {
  readonly teamId: string;
  readonly teamName: string;
  readonly companyName: string;
  readonly seasonName: string;
  readonly memberCount: number;
  readonly full: boolean;
  /** Why the season's domain rule would refuse the caller this team, or null when it admits them. */
  readonly domainRefusal: DomainRefusal | null;
  /** The company's email domains, to name them in that refusal. */
  readonly companyDomains: readonly string[];
}

export const seasonPayloadSchema = z.strictObject({
  seasonId: documentIdSchema('validation.seasonId', 40),
});
export const teamPayloadSchema = z.strictObject({
  teamId: documentIdSchema('validation.teamId', 40),
});

export const teamMemberPayloadSchema = z.strictObject({
  teamId: documentIdSchema('validation.teamId', 40),
  uid: documentIdSchema('validation.uid', 128),
});

export const setTeamRolePayloadSchema = teamMemberPayloadSchema.extend({
  role: z.enum(['captain', 'member'], { error: 'validation.teamRole' }),
});

export const profilePayloadSchema = z.strictObject({
  displayName: typedText({ min: 0, max: 60, tooShort: 'validation.displayName' }),
  pseudonym: typedText({ min: 2, max: 40, tooShort: 'validation.pseudonym' }).refine(
    (value) => !value.includes('@'),
    { error: 'validation.pseudonymEmail' },
  ),
  showRealName: z.boolean({ error: 'validation.showRealName' }),
});

export const setOrganiserPayloadSchema = z.strictObject({
  email: z.email({ error: 'validation.email' }),
  organiser: z.boolean({ error: 'validation.organiserFlag' }),
});
