// The main navigation. On a phone or a tablet it is a bar at the bottom of the screen, within
// reach of a thumb: the four places people go most, and "More" for the rest. On a wide screen
// the same links sit in the header, with the organisers' pages grouped under "More" too.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { IconName } from '../components/icon';
import { selectIsOrganiser, selectSession } from '../stores/app-store';
import { selectWaitingCount } from '../stores/outbox-slice';
import { useAppStore } from '../stores/store-context';
import { InstallOffer } from './install-offer';

/**
 * A link of the navigation, its icon drawn by the stylesheet (no element of its own). In the bar
 * of a phone it may show a shorter label (`short`, part of the full one, which stays its
 * accessible name).
 */
function NavLink({
  href,
  icon,
  className,
  short,
  badge,
  children,
}: {
  href: string;
  icon: IconName;
  className?: string;
  short?: string;
  /** A count shown on the icon, and what it counts, said after the link's name. */
  badge?: { count: number; label: string };
  children: string;
}) {
  const [location] = useLocation();
  const shownBadge = badge && badge.count > 0 ? badge : null;
  const label = shownBadge ? `${children}, ${shownBadge.label}` : short ? children : undefined;
  return (
    <li className={className}>
      <Link
        href={href}
        className={`nav-link icon-${icon}`}
        aria-current={location === href ? 'page' : undefined}
        aria-label={label}
      >
        {shownBadge ? (
          <span className="nav-badge" aria-hidden="true">
            {shownBadge.count}
          </span>
        ) : null}
        {short || shownBadge ? (
          <>
            <span className="nav-label nav-label-short" aria-hidden="true">
              {short ?? children}
            </span>
            <span className="nav-label nav-label-full" aria-hidden="true">
              {children}
            </span>
          </>
        ) : (
          <span className="nav-label">{children}</span>
        )}
      </Link>
    </li>
  );
}

export function MainNav() {
  const { t } = useTranslation();
  const session = useAppStore(selectSession);
  const organiser = useAppStore(selectIsOrganiser);
  const signOutRequested = useAppStore((state) => state.signOutRequested);
  // The final report: organisers may preview it, everyone else reads it once the season closes.
  const reportReadable = useAppStore(
    (state) => state.live.season !== null && (organiser || state.live.season.state === 'closed'),
  );
  const waiting = useAppStore(selectWaitingCount);
  const [location] = useLocation();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  // Going somewhere closes the menu.
  const [lastLocation, setLastLocation] = useState(location);
  if (lastLocation !== location) {
    setLastLocation(location);
    setOpen(false);
  }

  // Escape closes it and gives the focus back to its button; a tap outside closes it too.
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (panelRef.current?.contains(target) || buttonRef.current?.contains(target)) return;
      setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const signedIn = session.status === 'signed-in';
  return (
    <nav aria-label={t('app.mainNav')} className="main-nav">
      <ul className="nav-bar">
        <NavLink href="/" icon="catalogue">
          {t('nav.catalogue')}
        </NavLink>
        {signedIn ? (
          <>
            <NavLink href="/team" icon="team" short={t('nav.short.team')}>
              {t('nav.team')}
            </NavLink>
            <NavLink href="/leaderboard" icon="leaderboard">
              {t('leaderboard.nav')}
            </NavLink>
            <NavLink
              href="/progress"
              icon="progress"
              short={t('nav.short.progress')}
              badge={{ count: waiting, label: t('outbox.navBadge', { count: waiting }) }}
            >
              {t('progress.nav')}
            </NavLink>
            <NavLink href="/events" icon="events" className="wide-only">
              {t('events.nav')}
            </NavLink>
            <NavLink href="/my-list" icon="list" className="wide-only">
              {t('nav.myList')}
            </NavLink>
            <li>
              <button
                ref={buttonRef}
                type="button"
                className={`nav-more-button nav-link icon-${open ? 'close' : 'more'}`}
                aria-expanded={open}
                aria-controls={menuId}
                onClick={() => setOpen((current) => !current)}
              >
                <span className="nav-label">{t('nav.more')}</span>
              </button>
            </li>
          </>
        ) : (
          <>
            <NavLink href="/my-list" icon="list">
              {t('nav.myList')}
            </NavLink>
            {session.status === 'signed-out' ? (
              <>
                <NavLink href="/sign-in" icon="profile">
                  {t('nav.signIn')}
                </NavLink>
                <NavLink href="/sign-up" icon="team">
                  {t('nav.signUp')}
                </NavLink>
              </>
            ) : null}
          </>
        )}
      </ul>
      {signedIn ? (
        <div id={menuId} ref={panelRef} className="nav-menu" hidden={!open}>
          {open ? (
            <>
              <ul className="nav-menu-list">
                <NavLink href="/events" icon="events" className="narrow-only">
                  {t('events.nav')}
                </NavLink>
                <NavLink href="/my-list" icon="list" className="narrow-only">
                  {t('nav.myList')}
                </NavLink>
                <NavLink href="/profile" icon="profile">
                  {t('nav.profile')}
                </NavLink>
                {reportReadable ? (
                  <NavLink href="/report" icon="report">
                    {t('report.nav')}
                  </NavLink>
                ) : null}
              </ul>
              {organiser ? <OrganiserLinks /> : null}
              <InstallOffer />
              <div className="nav-account">
                <p className="muted">{t('nav.signedInAs', { email: session.user?.email ?? '' })}</p>
                <button type="button" className="secondary" onClick={() => void signOutRequested()}>
                  {t('nav.signOut')}
                </button>
              </div>
            </>
          ) : null}
        </div>
      ) : null}
    </nav>
  );
}

/** The organisers' pages, in one labelled group of the menu. */
function OrganiserLinks() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="nav-group" aria-labelledby={headingId}>
      <h2 id={headingId} className="nav-group-title">
        {t('nav.organiserGroup')}
      </h2>
      <ul className="nav-menu-list">
        <NavLink href="/admin" icon="admin">
          {t('nav.admin')}
        </NavLink>
        <NavLink href="/admin/review" icon="review">
          {t('review.nav')}
        </NavLink>
        <NavLink href="/admin/dashboard" icon="dashboard">
          {t('dashboard.nav')}
        </NavLink>
        <NavLink href="/admin/events" icon="events">
          {t('nav.eventsAdmin')}
        </NavLink>
      </ul>
    </section>
  );
}
