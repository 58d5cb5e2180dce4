// The frame of a page about the current season for the signed-in person: its title, then
// "loading", "sign in first" (coming back here after), "no season yet", or the page itself.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Season } from '../domain/season';
import { selectConfig, selectSeason, selectSession } from '../stores/app-store';
import { useAppStore } from '../stores/store-context';
import { useDocumentTitle } from './use-document-title';

export interface SeasonPageProps {
  readonly title: string;
  /** This page's address, where signing in leads back to. */
  readonly path: string;
  readonly signInFirst: string;
  readonly noSeason: string;
  readonly children: (uid: string, season: Season) => ReactNode;
}

export function SeasonPage({ title, path, signInFirst, noSeason, children }: SeasonPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  const session = useAppStore(selectSession);
  const config = useAppStore(selectConfig);
  const season = useAppStore(selectSeason);

  let body;
  if (session.status === 'loading' || (session.status === 'signed-in' && !config)) {
    body = <p role="status">{t('loading')}</p>;
  } else if (session.status === 'signed-out' || !session.user) {
    body = (
      <p>
        {signInFirst} <Link href={`/sign-in?next=${path}`}>{t('nav.signIn')}</Link>
      </p>
    );
  } else if (!config?.currentSeasonId || !season) {
    body = <p>{noSeason}</p>;
  } else {
    body = children(session.user.uid, season);
  }
  return (
    <>
      <h1>{title}</h1>
      {body}
    </>
  );
}
