// The frame of a page about the current season for the signed-in person: its title, then
// "loading", "sign in first" (coming back here after), "no season yet", or the page itself; and
// that gate alone, for the pages that frame themselves.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Season } from '../domain/season';
import { selectConfig, selectSeason, selectSession } from '../stores/app-store';
import { useAppStore } from '../stores/store-context';
import { useDocumentTitle } from './use-document-title';

export interface SeasonPageProps extends SeasonGateTexts {
  readonly title: string;
  readonly children: (uid: string, season: Season) => ReactNode;
}

/** What a page about the current season has to show: its gate, or the person and the season. */
export type SeasonGate =
  | { readonly open: false; readonly body: ReactNode }
  | { readonly open: true; readonly uid: string; readonly season: Season };

export interface SeasonGateTexts {
  /** This page's address, where signing in leads back to. */
  readonly path: string;
  readonly signInFirst: string;
  readonly noSeason: string;
}

/**
 * The one gate of the pages about the current season: "loading" until the session and the app's
 * config are known, "sign in first" (coming back to `path` after), "no season yet" while there is
 * no current season the person can read; open otherwise.
 */
export function useSeasonGate({ path, signInFirst, noSeason }: SeasonGateTexts): SeasonGate {
  const { t } = useTranslation();
  const session = useAppStore(selectSession);
  const config = useAppStore(selectConfig);
  const season = useAppStore(selectSeason);
  if (session.status === 'loading' || (session.status === 'signed-in' && !config)) {
    return { open: false, body: <p role="status">{t('loading')}</p> };
  }
  if (session.status === 'signed-out' || !session.user) {
    return {
      open: false,
      body: (
        <p>
          {signInFirst} <Link href={`/sign-in?next=${path}`}>{t('nav.signIn')}</Link>
        </p>
      ),
    };
  }
  if (!config?.currentSeasonId || !season) return { open: false, body: <p>{noSeason}</p> };
  return { open: true, uid: session.user.uid, season };
}

export function SeasonPage({ title, path, signInFirst, noSeason, children }: SeasonPageProps) {
  useDocumentTitle(title);
  const gate = useSeasonGate({ path, signInFirst, noSeason });
  return (
    <>
      <h1>{title}</h1>
      {gate.open ? children(gate.uid, gate.season) : gate.body}
    </>
  );
}
