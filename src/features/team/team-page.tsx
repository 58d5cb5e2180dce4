// /team: the person's team for the current season, or the two ways into one (create or join).
// Every change is asked of the functions and shown when the listeners bring it back.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSeasonGate } from '../../components/season-page';
import { useDocumentTitle } from '../../components/use-document-title';
import { teamsMayChange } from '../../domain/season';
import { selectMembership, selectTeam } from '../../stores/app-store';
import { useAppStore } from '../../stores/store-context';
import { CreateTeamForm } from './create-team-form';
import { JoinTeamForm } from './join-team-form';
import { MailConsent } from './mail-consent';
import { TeamView } from './team-view';
import { useCaptainTexts } from '../../i18n/captain-texts';

export function TeamPage() {
  useCaptainTexts();
  const { t } = useTranslation();
  const membership = useAppStore(selectMembership);
  const team = useAppStore(selectTeam);
  // The moment the page opened: enough to tell whether teams may still change.
  const [now] = useState(() => Date.now());
  useDocumentTitle(t('team.title'));

  const gate = useSeasonGate({
    path: '/team',
    signInFirst: t('team.signInFirst'),
    noSeason: t('team.noSeason'),
  });

  let body;
  if (!gate.open) {
    body = gate.body;
  } else if (!membership) {
    body = teamsMayChange(gate.season, now) ? (
      <>
        <p>{t('team.noTeam', { season: gate.season.name })}</p>
        <div className="two-columns">
          <CreateTeamForm seasonId={gate.season.id} />
          <JoinTeamForm />
        </div>
      </>
    ) : (
      <p>{t('team.noTeamClosed', { season: gate.season.name })}</p>
    );
  } else if (!team || team.id !== membership.teamId) {
    body = <p role="status">{t('loading')}</p>;
  } else {
    body = (
      <>
        <MailConsent uid={gate.uid} />
        <TeamView
          team={team}
          membership={membership}
          mayChange={teamsMayChange(gate.season, now)}
        />
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
