// The signed-in person's unread messages (an event they registered for was cancelled), shown on
// every page until they dismiss each one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DocumentSnapshot } from '../data/backend';
import type { Notification } from '../domain/events';
import { EVENT_PATHS } from '../domain/paths';
import { useLocale } from '../i18n/use-locale';
import { selectSession } from '../stores/app-store';
import { useAppStore } from '../stores/store-context';
import { commandFailureText, useCommand } from './use-command';
import { useLiveCollection } from './use-live';

type StoredNotification = Notification & { readonly id: string };

const asNotification = (document: DocumentSnapshot): StoredNotification =>
  ({ ...document.data, id: document.id }) as unknown as StoredNotification;

export function Notifications() {
  const session = useAppStore(selectSession);
  if (session.status !== 'signed-in' || !session.user) return null;
  // Keyed by person: someone else signing in starts from an empty list.
  return <UnreadNotifications key={session.user.uid} uid={session.user.uid} />;
}

function UnreadNotifications({ uid }: { uid: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [failure, setFailure] = useState<string | null>(null);
  const { run, pending } = useCommand();
  const live = useLiveCollection(
    EVENT_PATHS.notifications,
    [
      { field: 'uid', value: uid },
      { field: 'read', value: false },
    ],
    asNotification,
  );
  const unread =
    live.status === 'ready'
      ? [...live.data].filter((item) => !item.read).sort((a, b) => b.at - a.at)
      : [];
  if (unread.length === 0 && !failure) return null;

  const dismiss = async (notificationId: string) => {
    setFailure(null);
    const result = await run('dismissNotification', { notificationId }, notificationId);
    if (!result.ok) setFailure(commandFailureText(t, result));
  };

  return (
    <section className="banner notifications" aria-label={t('notifications.label')}>
      <ul className="plain-list">
        {unread.map((item) => {
          const title = item.title[locale];
          return (
            <li key={item.id}>
              <p>
                {item.kind === 'eventCancelled'
                  ? t('notifications.eventCancelled', { title })
                  : t('notifications.other', { title })}{' '}
                <Link href="/events">{t('notifications.seeEvents')}</Link>
              </p>
              <button
                type="button"
                className="secondary"
                disabled={pending === item.id}
                aria-busy={pending === item.id || undefined}
                onClick={() => void dismiss(item.id)}
              >
                {t('notifications.dismiss')}
                <span className="visually-hidden"> {t('notifications.dismissFor', { title })}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {failure ? (
        <p role="alert" className="form-error">
          {failure}
        </p>
      ) : null}
    </section>
  );
}
