// The frame of every page: skip link, header with navigation, language switch and account.
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { ConnectionStatus } from '../components/connection-status';
import { Notifications } from '../components/notifications';
import { SurveyNotice } from '../features/survey/survey-notice';
import { toLocale } from '../i18n';
import { selectIsOrganiser, selectSession } from '../stores/app-store';
import { useAppStore } from '../stores/store-context';
import { BootstrapBanner } from './bootstrap-banner';
import { Notice } from './notice';

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const [location] = useLocation();
  return (
    <Link href={href} aria-current={location === href ? 'page' : undefined}>
      {children}
    </Link>
  );
}

export function Shell({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const session = useAppStore(selectSession);
  const organiser = useAppStore(selectIsOrganiser);
  // The final report: organisers may preview it, everyone else reads it once the season closes.
  const reportReadable = useAppStore(
    (state) => state.live.season !== null && (organiser || state.live.season.state === 'closed'),
  );
  const signOutRequested = useAppStore((state) => state.signOutRequested);
  const [location] = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the page so screen readers announce it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location]);

  const locale = toLocale(i18n.resolvedLanguage);
  const other = locale === 'fr' ? 'en' : 'fr';

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('app.mainNav')}>
          <ul>
            <li>
              <NavLink href="/">{t('nav.catalogue')}</NavLink>
            </li>
            <li>
              <NavLink href="/my-list">{t('nav.myList')}</NavLink>
            </li>
            {session.status === 'signed-in' ? (
              <>
                <li>
                  <NavLink href="/team">{t('nav.team')}</NavLink>
                </li>
                <li>
                  <NavLink href="/leaderboard">{t('leaderboard.nav')}</NavLink>
                </li>
                <li>
                  <NavLink href="/progress">{t('progress.nav')}</NavLink>
                </li>
                <li>
                  <NavLink href="/events">{t('events.nav')}</NavLink>
                </li>
                {reportReadable ? (
                  <li>
                    <NavLink href="/report">{t('report.nav')}</NavLink>
                  </li>
                ) : null}
                <li>
                  <NavLink href="/profile">{t('nav.profile')}</NavLink>
                </li>
              </>
            ) : null}
            {organiser ? (
              <>
                <li>
                  <NavLink href="/admin">{t('nav.admin')}</NavLink>
                </li>
                <li>
                  <NavLink href="/admin/review">{t('review.nav')}</NavLink>
                </li>
                <li>
                  <NavLink href="/admin/dashboard">{t('dashboard.nav')}</NavLink>
                </li>
              </>
            ) : null}
          </ul>
        </nav>
        <div className="header-tools">
          <button
            type="button"
            className="link-button"
            lang={other}
            aria-label={t('language.switchToLabel')}
            onClick={() => void i18n.changeLanguage(other)}
          >
            {t('language.switchTo')}
          </button>
          {session.status === 'signed-in' ? (
            <>
              <span className="account">
                {t('nav.signedInAs', { email: session.user?.email ?? '' })}
              </span>
              <button type="button" className="link-button" onClick={() => void signOutRequested()}>
                {t('nav.signOut')}
              </button>
            </>
          ) : session.status === 'signed-out' ? (
            <>
              <NavLink href="/sign-in">{t('nav.signIn')}</NavLink>
              <NavLink href="/sign-up">{t('nav.signUp')}</NavLink>
            </>
          ) : null}
        </div>
      </header>
      <Notice />
      <ConnectionStatus />
      <BootstrapBanner />
      <SurveyNotice />
      <Notifications />
      <main id="main" ref={mainRef} tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
