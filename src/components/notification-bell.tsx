// The bell in the header: a link to the notification centre that says how many notifications are
// unread, and tells screen readers politely when that number changes.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DocumentSnapshot } from '../data/backend';
import { unreadBadge } from '../domain/notifications';
import { NOTIFICATION_PATHS } from '../domain/paths';
import { selectSession } from '../stores/app-store';
import { useAppStore } from '../stores/store-context';
import { Icon } from './icon';
import { useLiveCollection } from './use-live';

const idOf = (document: DocumentSnapshot) => document.id;

export function NotificationBell() {
  const session = useAppStore(selectSession);
  if (session.status !== 'signed-in' || !session.user) return null;
  // Keyed by person: someone else signing in starts from nothing.
  return <UnreadBell key={session.user.uid} uid={session.user.uid} />;
}

function UnreadBell({ uid }: { uid: string }) {
  const { t } = useTranslation();
  const live = useLiveCollection(
    NOTIFICATION_PATHS.notifications,
    [
      { field: 'uid', value: uid },
      { field: 'read', value: false },
    ],
    idOf,
  );
  const unread = live.status === 'ready' ? live.data.length : 0;
  const badge = unreadBadge(unread);
  const words = badge
    ? t('notifications.unread', { count: unread })
    : t('notifications.noneUnread');
  return (
    <>
      <Link
        href="/notifications"
        className="notification-bell"
        aria-label={`${t('notifications.title')} : ${words}`}
      >
        <Icon name="bell" />
        {badge ? (
          <span className="notification-badge" aria-hidden="true">
            {badge}
          </span>
        ) : null}
      </Link>
      <span className="visually-hidden" role="status">
        {live.status === 'ready' && badge ? words : ''}
      </span>
    </>
  );
}
