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
    case 'firstThemeAction':
      return {
        text: t('notifications.firstThemeAction', { theme: t(`themes.${item.theme}`) }),
        link: { href: '/team', label: t('notifications.seeTeam') },
      };
    case 'newLeader':
      return {
        text: item.ours
          ? t('notifications.newLeaderOurs')
          : t('notifications.newLeaderOther', { team: item.teamName }),
        link: { href: '/leaderboard', label: t('notifications.seeLeaderboard') },
      };
    case 'rankChanged':
      return {
        text: t(item.rank < item.previousRank ? 'notifications.rankUp' : 'notifications.rankDown', {
          rank: item.rank,
          previous: item.previousRank,
          count: item.teamCount,
        }),
        link: { href: '/leaderboard', label: t('notifications.seeLeaderboard') },
      };
    case 'eventStarting':
      return {
        text: t(`notifications.eventStarting.${item.window}`, {
          title: item.title[locale],
          time: new Date(item.startsAt).toLocaleString(locale, {
            timeZone: item.timeZone,
            dateStyle: 'full',
            timeStyle: 'short',
          }),
        }),
        link: { href: '/events', label: t('notifications.seeEvents') },
      };
    case 'announcement':
      return {
        text: t('notifications.announcement', {
          from: item.from,
          title: item.title[locale],
          message: item.message[locale],
        }),
        link: null,
      };
    case 'seasonFrozen':
      return {
        text: t('notifications.seasonFrozen', { season: item.seasonName }),
        link: { href: '/leaderboard', label: t('notifications.seeLeaderboard') },
      };
    case 'seasonClosed':
      return {
        text: t('notifications.seasonClosed', { season: item.seasonName }),
        link: { href: '/report', label: t('notifications.seeReport') },
      };
    case 'reviewBacklog':
      return {
        text: t('notifications.reviewBacklog', {
          count: item.pending,
          flagged: item.flagged,
          since:
            item.oldestSentAt === null
              ? '—'
              : new Date(item.oldestSentAt).toLocaleString(locale, {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                }),
        }),
        link: { href: '/review', label: t('notifications.seeReview') },
      };
  }
}
