// The notification centre: the signed-in person's notifications, newest first, a page at a time,
// each read or unread, with "mark all read".
import type { CommandName, CommandPayload } from '../../domain/commands';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from '../../components/use-document-title';
import { commandFailureText, useCommand } from '../../components/use-command';
import { useLiveCollection } from '../../components/use-live';
import type { DocumentSnapshot } from '../../data/backend';
import { NOTIFICATION_PAGE_SIZE, type Notification } from '../../domain/notifications';
import { NOTIFICATION_PATHS } from '../../domain/paths';
import { useLocale } from '../../i18n/use-locale';
import { selectSession } from '../../stores/app-store';
import { useAppStore } from '../../stores/store-context';
import { notificationWords } from './notification-text';

type StoredNotification = Notification & { readonly id: string };

const asNotification = (document: DocumentSnapshot): StoredNotification =>
  ({ ...document.data, id: document.id }) as unknown as StoredNotification;

export function NotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.title'));
  const session = useAppStore(selectSession);
  let body;
  if (session.status === 'loading') body = <p role="status">{t('loading')}</p>;
  else if (session.status === 'signed-out' || !session.user) {
    body = (
      <p>
        {t('notifications.signInFirst')}{' '}
        <Link href="/sign-in?next=/notifications">{t('nav.signIn')}</Link>
      </p>
    );
  } else body = <NotificationList key={session.user.uid} uid={session.user.uid} />;
  return (
    <>
      <h1>{t('notifications.title')}</h1>
      {body}
    </>
  );
}

function NotificationList({ uid }: { uid: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [limit, setLimit] = useState(NOTIFICATION_PAGE_SIZE);
  const [failure, setFailure] = useState<string | null>(null);
  const { run, pending } = useCommand();
  const live = useLiveCollection(
    NOTIFICATION_PATHS.notifications,
    [{ field: 'uid', value: uid }],
    asNotification,
    { limit },
  );
  if (live.status === 'loading') return <p role="status">{t('loading')}</p>;
  if (live.status === 'error') return <p role="alert">{t('notifications.error')}</p>;
  const items = [...live.data].sort((a, b) => b.at - a.at);
  const anyUnread = items.some((item) => !item.read);
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

  const act = async <N extends CommandName>(name: N, data: CommandPayload<N>, key: string) => {
    setFailure(null);
    const result = await run(name, data, key);
    if (!result.ok) setFailure(commandFailureText(t, result));
  };

  return (
    <>
      {items.length === 0 ? (
        <p>{t('notifications.none')}</p>
      ) : (
        <>
          <button
            type="button"
            className="secondary"
            disabled={!anyUnread || pending !== null}
            aria-busy={pending === 'all' || undefined}
            onClick={() => void act('readAllNotifications', {}, 'all')}
          >
            {t('notifications.readAll')}
          </button>
          <ol className="plain-list notification-list">
            {items.map((item) => {
              const words = notificationWords(t, locale, item);
              return (
                <li key={item.id} className={item.read ? 'notification' : 'notification unread'}>
                  <p>
                    {item.read ? null : (
                      <span className="notification-new">{t('notifications.new')} </span>
                    )}
                    {words.text}
                  </p>
                  <p className="muted">
                    <time dateTime={new Date(item.at).toISOString()}>{time.format(item.at)}</time>
                    {words.link ? (
                      <>
                        {' · '}
                        <Link href={words.link.href}>{words.link.label}</Link>
                      </>
                    ) : null}
                  </p>
                  {item.read ? null : (
                    <button
                      type="button"
                      className="link-button"
                      disabled={pending !== null}
                      aria-busy={pending === item.id || undefined}
                      onClick={() =>
                        void act('dismissNotification', { notificationId: item.id }, item.id)
                      }
                    >
                      {t('notifications.markRead')}
                      <span className="visually-hidden">
                        {' '}
                        {t('notifications.markReadFor', { text: words.text })}
                      </span>
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
          {items.length >= limit ? (
            <button
              type="button"
              className="secondary"
              onClick={() => setLimit((current) => current + NOTIFICATION_PAGE_SIZE)}
            >
              {t('notifications.more')}
            </button>
          ) : null}
        </>
      )}
      {failure ? (
        <p role="alert" className="form-error">
          {failure}
        </p>
      ) : null}
    </>
  );
}
