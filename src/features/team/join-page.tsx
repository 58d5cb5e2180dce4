// /join/:code: where an invite link lands. Explains, shows the code and, once signed in, which
// team of which company it leads to, and whether the season's company domain rule refuses this
// person (as the function will); joins on request. A signed-out person is sent to sign in
// (or up) and brought back here.
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { FormAlert, useFormAlert } from '../../components/form-alert';
import { useCallableAnswer } from '../../components/use-callable-answer';
import { commandFailureText, useCommand } from '../../components/use-command';
import { useDocumentTitle } from '../../components/use-document-title';
import { domainList } from '../../domain/company-domains';
import { INVITE_CODE_PATTERN, normalizeInviteCode } from '../../domain/team';
import { selectSession } from '../../stores/app-store';
import { useAppStore } from '../../stores/store-context';

export function JoinPage({ code: rawCode }: { code: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const session = useAppStore(selectSession);
  const currentTeam = useAppStore((state) => state.live.team);
  const alert = useFormAlert();
  const { run, busy } = useCommand();
  useDocumentTitle(t('join.title'));

  const code = normalizeInviteCode(rawCode);
  const valid = INVITE_CODE_PATTERN.test(code);
  const back = `/join/${code}`;
  const signedIn = session.status === 'signed-in';
  const asked = valid && signedIn ? code : null;
  const answer = useCallableAnswer('previewInvite', { code }, asked);
  // previewInvite's answer for this code, or null while it is asked.
  const preview = answer && answer.key === asked ? answer.result : null;

  const join = async () => {
    alert.clear();
    const result = await run('joinTeam', { code });
    if (result.ok) navigate('/team');
    else alert.show(commandFailureText(t, result));
  };

  let body;
  if (!valid) {
    body = <p>{t('join.invalid')}</p>;
  } else if (session.status === 'loading') {
    body = <p role="status">{t('loading')}</p>;
  } else if (session.status === 'signed-out') {
    body = (
      <p>
        {t('join.signInFirst')} <Link href={`/sign-in?next=${back}`}>{t('nav.signIn')}</Link>{' '}
        {t('join.or')} <Link href={`/sign-up?next=${back}`}>{t('join.signUp')}</Link>
      </p>
    );
  } else {
    const team = preview?.ok ? preview.data : null;
    const already = team !== null && currentTeam?.id === team.teamId;
    body = already ? (
      <p>
        {t('join.already')} <Link href="/team">{t('join.toTeam')}</Link>
      </p>
    ) : (
      <>
        {preview === null ? <p role="status">{t('loading')}</p> : null}
        {team ? (
          <>
            <p>
              {t('join.preview', {
                team: team.teamName,
                company: team.companyName,
                season: team.seasonName,
              })}{' '}
              {t('join.members', { count: team.memberCount })}
            </p>
            {team.full ? <p role="alert">{t('join.full')}</p> : null}
            {team.domainRefusal ? (
              <p role="alert">
                {t(`domainRefusals.${team.domainRefusal}`, {
                  company: team.companyName,
                  domains: domainList(team.companyDomains),
                })}
              </p>
            ) : null}
          </>
        ) : null}
        {preview && !preview.ok ? (
          <p role="alert">
            {preview.code === 'not-found' ? t('join.unknown') : commandFailureText(t, preview)}
          </p>
        ) : null}
        {currentTeam && currentTeam.id !== team?.teamId ? (
          <p>{t('join.switchWarning', { name: currentTeam.name })}</p>
        ) : null}
        <FormAlert alert={alert} />
        <button
          type="button"
          className="primary"
          disabled={busy || !team || team.full || team.domainRefusal !== null}
          aria-busy={busy || undefined}
          onClick={() => void join()}
        >
          {busy ? t('form.working') : t('join.submit')}
        </button>
      </>
    );
  }

  return (
    <>
      <h1>{t('join.title')}</h1>
      <p>{t('join.intro')}</p>
      <p>
        {t('join.codeLabel')} <strong className="code">{code}</strong>
      </p>
      {body}
    </>
  );
}
