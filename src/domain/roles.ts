// Who may do what: one table answers every question the callables, the rules and the UI ask.

/**
 * A person's role with respect to one team (or to no team in particular):
 * - stranger: not signed in;
 * - employee: signed in, not a member of the team in question;
 * - member: a member of this team;
 * - captain: a captain (or co-captain) of this team;
 * - otherCaptain: a captain of another team, not a member of this one;
 * - organiser: runs the season (a custom claim), whatever their team.
 */
export const ROLES = [
  'stranger',
  'employee',
  'member',
  'captain',
  'otherCaptain',
  'organiser',
] as const;
export type Role = (typeof ROLES)[number];

export const CAPABILITIES = [
  'picks.edit',
  'profile.edit',
  'season.read',
  'season.manage',
  'organisers.manage',
  'organisers.bootstrap',
  'companies.manage',
  'team.create',
  'team.join',
  'team.leave',
  'team.readInvite',
  'team.manageMembers',
  'team.regenerateInvite',
  'team.handOver',
  'team.nudge',
  'submissions.submit',
  'submissions.own',
  'submissions.review',
  'submissions.readTeam',
  'submissions.react',
  'proofPhotos.readTeam',
  'scores.correct',
  'scores.reconcile',
  'game.configure',
  'events.manage',
  'events.register',
  'notifications.own',
  'mail.own',
  'season.report',
  'survey.manage',
  'survey.answer',
  'account.own',
  'announcements.send',
  'jobs.run',
  'chat.manageSeason',
  'chat.manageTeam',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

const SIGNED_IN: readonly Role[] = ['employee', 'member', 'captain', 'otherCaptain', 'organiser'];
const IN_TEAM: readonly Role[] = ['member', 'captain'];

/** The table: for each capability, the roles that hold it. */
export const PERMISSIONS: Readonly<Record<Capability, readonly Role[]>> = {
  'picks.edit': SIGNED_IN,
  'profile.edit': SIGNED_IN,
  'season.read': SIGNED_IN,
  'season.manage': ['organiser'],
  'organisers.manage': ['organiser'],
  // Claiming the role when no organiser exists yet (local emulators only): anyone signed in.
  'organisers.bootstrap': SIGNED_IN,
  'companies.manage': ['organiser'],
  // Creating or joining a team is open to anyone signed in; whether they must leave their
  // current team first is a rule of the team's state, not of their role.
  'team.create': SIGNED_IN,
  'team.join': ['employee', 'otherCaptain', 'organiser'],
  'team.leave': [...IN_TEAM, 'organiser'],
  'team.readInvite': ['captain', 'member', 'organiser'],
  'team.manageMembers': ['captain', 'organiser'],
  'team.regenerateInvite': ['captain', 'organiser'],
  'team.handOver': ['captain', 'organiser'],
  // Rallying idle members is the captains' own: organisers write announcements instead.
  'team.nudge': ['captain'],
  // Submitting needs a team too: that is a rule of the person's state, not of their role.
  'submissions.submit': SIGNED_IN,
  // Withdrawing or fixing a submission: its author only (checked against the submission).
  'submissions.own': SIGNED_IN,
  'submissions.review': ['organiser'],
  'submissions.readTeam': [...IN_TEAM, 'organiser'],
  'submissions.react': [...IN_TEAM, 'organiser'],
  // Photos are personal: besides their author, the team's captains and organisers (what the
  // rules let read proofPhotos; the rules tests ask this entry).
  'proofPhotos.readTeam': ['captain', 'organiser'],
  'scores.correct': ['organiser'],
  'scores.reconcile': ['organiser'],
  'game.configure': ['organiser'],
  // Creating, editing and cancelling events, and marking attendance.
  'events.manage': ['organiser'],
  'events.register': SIGNED_IN,
  // Reading and dismissing one's own notifications (checked against the notification).
  'notifications.own': SIGNED_IN,
  // Choosing one's own mails (which kinds, which language).
  'mail.own': SIGNED_IN,
  // The dashboard and the report of a season at any time (others read the report once closed).
  'season.report': ['organiser'],
  // Switching the end-of-season survey on or off; answering it (checked against a membership).
  'survey.manage': ['organiser'],
  'survey.answer': SIGNED_IN,
  // Downloading one's own data, deleting one's own account.
  'account.own': SIGNED_IN,
  // Writing to a season's people (or one company's), in the app and by mail where they agreed.
  'announcements.send': ['organiser'],
  // Running a scheduled job now (reminders, the daily post, the backlog, the digest).
  'jobs.run': ['organiser'],
  // The season's and the organisers' chat channels and signed webhooks.
  'chat.manageSeason': ['organiser'],
  // A team's chat channel: its captains, or an organiser.
  'chat.manageTeam': ['captain', 'organiser'],
};

/** Rule: a role may do something only when the table lists it for that capability. */
export function can(role: Role, capability: Capability): boolean {
  return PERMISSIONS[capability].includes(role);
}

export interface Actor {
  readonly uid: string | null;
  readonly organiser: boolean;
  /**
   * The address the caller's verified ID token carries, and whether Auth verified it: set by the
   * functions from the token alone (never from a payload), for the company domain rule.
   */
  readonly email?: string | null;
  readonly emailVerified?: boolean;
}

export interface TeamMembershipView {
  /** The team the actor belongs to in this season, if any, and their role in it. */
  readonly teamId: string | null;
  readonly teamRole: 'captain' | 'member' | null;
}

/**
 * Rule: an organiser is always "organiser"; otherwise a signed-out person is a "stranger", a
 * captain or member of the team in question is "captain" or "member", a captain of another team
 * is "otherCaptain", and anyone else signed in is an "employee".
 */
export function roleFor(actor: Actor, membership: TeamMembershipView, teamId?: string): Role {
  if (actor.organiser && actor.uid) return 'organiser';
  if (!actor.uid) return 'stranger';
  if (teamId && membership.teamId === teamId) {
    return membership.teamRole === 'captain' ? 'captain' : 'member';
  }
  if (membership.teamId && membership.teamRole === 'captain') return 'otherCaptain';
  return 'employee';
}
