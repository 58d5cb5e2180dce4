// /team: the person's team for the current season, or the two ways into one (create or join).
// Every change is asked of the functions and shown when the listeners bring it back.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from '../../components/use-document-title';
import { teamsMayChange } from '../../domain/season';
import {
  selectConfig,
  selectMembership,
  selectSeason,
  selectTeam,
  selectSession,
} from '../../stores/app-store';
import { useAppStore } from '../../stores/store-context';
import { CreateTeamForm } from './create-team-form';
import { JoinTeamForm } from './join-team-form';
import { MailConsent } from './mail-consent';
import { TeamView } from './team-view';

export function TeamPage() {
  const { t } = useTranslation();
  const session = useAppStore(selectSession);
  const config = useAppStore(selectConfig);
  const season = useAppStore(selectSeason);
  const membership = useAppStore(selectMembership);
  const team = useAppStore(selectTeam);
  // The moment the page opened: enough to tell whether teams may still change.
  const [now] = useState(() => Date.now());
  useDocumentTitle(t('team.title'));

  let body;
  if (session.status === 'loading' || (session.status === 'signed-in' && !config)) {
    body = <p role="status">{t('loading')}</p>;
  } else if (session.status === 'signed-out') {
    body = (
      <p>
        {t('team.signInFirst')} <Link href="/sign-in?next=/team">{t('nav.signIn')}</Link>
      </p>
    );
  } else if (!config?.currentSeasonId || !season) {
    body = <p>{t('team.noSeason')}</p>;
  } else if (!membership) {
    body = teamsMayChange(season, now) ? (
      <>
        <p>{t('team.noTeam', { season: season.name })}</p>
        <div className="two-columns">
          <CreateTeamForm seasonId={season.id} />
          <JoinTeamForm />
        </div>
      </>
    ) : (
      <p>{t('team.noTeamClosed', { season: season.name })}</p>
    );
  } else if (!team || team.id !== membership.teamId) {
    body = <p role="status">{t('loading')}</p>;
  } else {
    body = (
      <>
        {session.user ? <MailConsent uid={session.user.uid} /> : null}
        <TeamView team={team} membership={membership} mayChange={teamsMayChange(season, now)} />
      </>
    );
  }

  return (
    <>
      <h1>{t('team.title')}</h1>
      {body}
    </>
  );
}
