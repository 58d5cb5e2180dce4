// The frame of every page: skip link, header with the language switch and the navigation (a bar
// at the bottom on phones), the banners every page may show, and the page itself.
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { ConnectionStatus } from '../components/connection-status';
import { NotificationBell } from '../components/notification-bell';
import { SurveyNotice } from '../features/survey/survey-notice';
import { toLocale } from '../i18n';
import { BootstrapBanner } from './bootstrap-banner';
import { UpdateBanner } from './install-offer';
import { MainNav } from './main-nav';
import { Notice } from './notice';

export function Shell({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
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
        <Link href="/" className="brand" aria-label={t('app.name')}>
          <span className="brand-short" aria-hidden="true">
            {t('app.shortName')}
          </span>
          <span className="brand-long" aria-hidden="true">
            {t('app.name')}
          </span>
        </Link>
        <MainNav />
        <div className="header-tools">
          <NotificationBell />
          <button
            type="button"
            className="link-button"
            lang={other}
            aria-label={t('language.switchToLabel')}
            onClick={() => void i18n.changeLanguage(other)}
          >
            {t('language.switchTo')}
          </button>
        </div>
      </header>
      <Notice />
      <UpdateBanner />
      <ConnectionStatus />
      <BootstrapBanner />
      <SurveyNotice />
      <main id="main" ref={mainRef} tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <p>
          <Link href="/how-we-count">{t('howWeCount.footerLink')}</Link>
        </p>
      </footer>
    </>
  );
}
