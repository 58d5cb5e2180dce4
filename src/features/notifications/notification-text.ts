// A notification in words, and where it leads: one place, for the centre and its tests.
import type { Notification } from '../../domain/notifications';
import type { Locale } from '../../domain/themes';
import type { Translate } from '../../components/use-command';

export interface NotificationWords {
  readonly text: string;
  /** A link to act on it (fix a rejected submission, see the events), or null. */
  readonly link: { readonly href: string; readonly label: string } | null;
}

export function notificationWords(
  t: Translate,
  locale: Locale,
  item: Notification,
): NotificationWords {
  switch (item.kind) {
    case 'eventCancelled':
      return {
        text: t('notifications.eventCancelled', { title: item.title[locale] }),
        link: { href: '/events', label: t('notifications.seeEvents') },
      };
    case 'submissionApproved':
      return {
        text: t('notifications.submissionApproved', {
          title: item.title[locale],
          count: item.points,
        }),
        link: { href: '/progress', label: t('notifications.seeProgress') },
      };
    case 'submissionRejected':
      return {
        text: t('notifications.submissionRejected', {
          title: item.title[locale],
          reason: item.reason,
        }),
        link: { href: '/progress', label: t('notifications.fix') },
      };
    case 'nudge':
      return {
        text: t('notifications.nudge', { from: item.from, message: item.message }),
        link: { href: '/', label: t('notifications.seeCatalogue') },
      };
  }
}
