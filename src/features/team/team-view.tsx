// The team the person belongs to: who is in it, how to invite others and, for captains, how
// to lead it. What each person may do is asked of can(), never read from the role's name.
import type { CommandName, CommandPayload } from '../../domain/commands';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/confirm-button';
import { CopyButton } from '../../components/copy-button';
import { Field } from '../../components/field';
import { FormAlert, useFormAlert } from '../../components/form-alert';
import { commandFailureText, useCommand } from '../../components/use-command';
import { StreakLine } from '../../components/streak-line';
import type { Membership } from '../../domain/paths';
import { can, roleFor } from '../../domain/roles';
import { counts } from '../../domain/scoring';
import type { Team, TeamMember } from '../../domain/team';
import { selectIsOrganiser, selectSession } from '../../stores/app-store';
import { useAppStore } from '../../stores/store-context';
import { CaptainDashboard, TeamImpact } from './captain-dashboard';
import { TeamFeed } from './team-feed';
import { useTeamSubmissions } from './use-team-submissions';

const byJoinOrder = ([uidA, a]: [string, TeamMember], [uidB, b]: [string, TeamMember]) =>
  a.joinedAt - b.joinedAt || uidA.localeCompare(uidB);

export interface TeamViewProps {
  team: Team;
  membership: Membership;
  /** Whether the season still lets people leave or join. */
  mayChange: boolean;
}

export function TeamView({ team, membership, mayChange }: TeamViewProps) {
  const { t } = useTranslation();
  const myUid = useAppStore(selectSession).user?.uid ?? null;
  const organiser = useAppStore(selectIsOrganiser);
  const inviteCode = useAppStore((state) => state.live.inviteCode);
  const season = useAppStore((state) => state.live.season);
  const alert = useFormAlert();
  const { run, pending } = useCommand();

  const role = roleFor(
    { uid: myUid, organiser },
    { teamId: membership.teamId, teamRole: membership.role },
    team.id,
  );
  const members = Object.entries(team.members).sort(byJoinOrder);
  const leads = can(role, 'team.manageMembers');
  const submissions = useTeamSubmissions(team.id, {
    readAll: leads && can(role, 'submissions.readTeam'),
    readFeed: can(role, 'submissions.readTeam'),
  });
  // The team's streak needs all its approved submissions: the dashboard's, or the feed's once it
  // holds them all. Drawn from fewer it would come out shorter than it is, so it waits.
  const approvedDays = submissions.all
    ? submissions.all.status === 'ready'
      ? submissions.all.data.filter(counts).map((submission) => submission.day)
      : null
    : submissions.feed.status === 'ready' && submissions.complete
      ? submissions.feed.data.map((submission) => submission.day)
      : null;

  const ask = async <N extends CommandName>(name: N, data: CommandPayload<N>, key: string) => {
    alert.clear();
    const result = await run(name, data, key);
    if (!result.ok) alert.show(commandFailureText(t, result), { focus: false });
  };

  return (
    <>
      <dl className="details team-identity">
        <dt>{t('team.name')}</dt>
        <dd>{team.name}</dd>
        <dt>{t('team.company')}</dt>
        <dd>{team.companyName}</dd>
      </dl>
      {season && approvedDays ? (
        <StreakLine approvedDays={approvedDays} timeZone={season.timeZone} />
      ) : null}
      <FormAlert alert={alert} />

      <section aria-labelledby="members-title">
        <h2 id="members-title">{t('team.members.title', { count: members.length })}</h2>
        <ul className="member-list">
          {members.map(([uid, member]) => {
            const isMe = uid === myUid;
            const captain = member.role === 'captain';
            return (
              <li key={uid}>
                <span className="member-name">{member.name}</span>
                {captain ? <span className="tag badge">{t('team.members.captain')}</span> : null}
                {isMe ? <span className="muted">{t('team.members.you')}</span> : null}
                {member.companyDomain ? (
                  <span className="muted">
                    {t('team.members.companyMember', {
                      company: team.companyName,
                      domain: member.companyDomain,
                    })}
                  </span>
                ) : null}
                {!isMe && can(role, 'team.manageMembers') ? (
                  <span className="member-actions">
                    <button
                      type="button"
                      className="secondary"
                      disabled={pending === `role:${uid}`}
                      onClick={() =>
                        void ask(
                          'setTeamRole',
                          { teamId: team.id, uid, role: captain ? 'member' : 'captain' },
                          `role:${uid}`,
                        )
                      }
                    >
                      {captain ? t('team.members.unnameCaptain') : t('team.members.nameCaptain')}
                      <span className="visually-hidden"> {member.name}</span>
                    </button>
                    {can(role, 'team.handOver') ? (
                      <ConfirmButton
                        question={t('team.members.handOverQuestion', { name: member.name })}
                        confirmLabel={t('team.members.handOverConfirm')}
                        busy={pending === `handOver:${uid}`}
                        onConfirm={() =>
                          void ask('handOverCaptaincy', { teamId: team.id, uid }, `handOver:${uid}`)
                        }
                      >
                        {t('team.members.handOver')}
                        <span className="visually-hidden"> {member.name}</span>
                      </ConfirmButton>
                    ) : null}
                    <ConfirmButton
                      question={t('team.members.removeQuestion', { name: member.name })}
                      confirmLabel={t('team.members.removeConfirm')}
                      busy={pending === `remove:${uid}`}
                      onConfirm={() =>
                        void ask('removeMember', { teamId: team.id, uid }, `remove:${uid}`)
                      }
                    >
                      {t('team.members.remove')}
                      <span className="visually-hidden"> {member.name}</span>
                    </ConfirmButton>
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>

      {leads && submissions.all ? (
        <CaptainDashboard team={team} submissions={submissions.all} />
      ) : (
        <TeamImpact teamId={team.id} level={2} />
      )}
      <TeamFeed
        submissions={submissions.feed}
        more={submissions.complete ? null : submissions.more}
        loadingMore={submissions.loadingMore}
        mayReact={can(role, 'submissions.react')}
      />

      {can(role, 'team.readInvite') ? (
        <section aria-labelledby="invite-title">
          <h2 id="invite-title">{t('team.invite.title')}</h2>
          <p>{t('team.invite.intro')}</p>
          {inviteCode ? (
            <>
              <InviteLine
                label={t('team.invite.link')}
                value={`${window.location.origin}/join/${inviteCode}`}
                copyLabel={t('team.invite.copyLink')}
              />
              <InviteLine
                label={t('team.invite.code')}
                value={inviteCode}
                copyLabel={t('team.invite.copyCode')}
              />
            </>
          ) : (
            <p role="status">{t('loading')}</p>
          )}
          {can(role, 'team.regenerateInvite') ? (
            <ConfirmButton
              question={t('team.invite.regenerateQuestion')}
              confirmLabel={t('team.invite.regenerateConfirm')}
              busy={pending === 'regenerateInvite'}
              onConfirm={() =>
                void ask('regenerateInvite', { teamId: team.id }, 'regenerateInvite')
              }
            >
              {t('team.invite.regenerate')}
            </ConfirmButton>
          ) : null}
        </section>
      ) : null}

      {can(role, 'team.leave') ? (
        <section aria-labelledby="leave-title">
          <h2 id="leave-title">{t('team.leave.title')}</h2>
          {mayChange ? (
            <>
              <p>{t('team.leave.intro')}</p>
              <ConfirmButton
                question={t('team.leave.question', { name: team.name })}
                confirmLabel={t('team.leave.confirm')}
                busy={pending === 'leaveTeam'}
                onConfirm={() =>
                  void ask('leaveTeam', { seasonId: membership.seasonId }, 'leaveTeam')
                }
              >
                {t('team.leave.submit')}
              </ConfirmButton>
            </>
          ) : (
            <p>{t('team.leave.closed')}</p>
          )}
        </section>
      ) : null}
    </>
  );
}

function InviteLine({
  label,
  value,
  copyLabel,
}: {
  label: string;
  value: string;
  copyLabel: string;
}) {
  return (
    <div className="invite-line">
      <Field label={label}>
        {(control) => (
          <input
            {...control}
            type="text"
            readOnly
            value={value}
            onFocus={(e) => e.target.select()}
          />
        )}
      </Field>
      <CopyButton text={value}>{copyLabel}</CopyButton>
    </div>
  );
}
