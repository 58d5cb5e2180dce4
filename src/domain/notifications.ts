// Notifications: short messages the functions write for one person, readable by that person only
// and listed newest first in the notification centre. Each kind carries what its sentence needs:
// public names and titles, never an email address.
import { z } from 'zod';
import { documentIdSchema } from './document-id';
import type { Localized, ThemeId } from './themes';

/** What happened, by kind. Titles are copied when written, so a later edit does not rewrite history. */
export type NotificationBody =
  | {
      /** An event the person registered for (or waited for) was cancelled. */
      readonly kind: 'eventCancelled';
      readonly eventId: string;
      readonly title: Localized;
    }
  | {
      /** An organiser approved one of their submissions. */
      readonly kind: 'submissionApproved';
      readonly submissionId: string;
      readonly actionId: string;
      readonly title: Localized;
      readonly points: number;
    }
  | {
      /** An organiser rejected one of their submissions: the reason, to fix it and send it again. */
      readonly kind: 'submissionRejected';
      readonly submissionId: string;
      readonly actionId: string;
      readonly title: Localized;
      readonly reason: string;
    }
  | {
      /** Their captain's nudge, with the captain's public name and the message as written. */
      readonly kind: 'nudge';
      readonly teamId: string;
      readonly from: string;
      readonly message: string;
    }
  | {
      /** Their team's first approved action in a theme. */
      readonly kind: 'firstThemeAction';
      readonly teamId: string;
      readonly theme: ThemeId;
    }
  | {
      /** Their team took the lead (`ours`), or another team took it from theirs. */
      readonly kind: 'newLeader';
      readonly teamId: string;
      readonly teamName: string;
      readonly ours: boolean;
    }
  | {
      /** Their team's rank moved (one notice per team and day: the latest rank). */
      readonly kind: 'rankChanged';
      readonly teamId: string;
      readonly rank: number;
      readonly previousRank: number;
      readonly teamCount: number;
    }
  | {
      /** An event they hold a place at starts in 24 hours, or in one hour. */
      readonly kind: 'eventStarting';
      readonly eventId: string;
      readonly title: Localized;
      readonly startsAt: number;
      readonly timeZone: string;
      readonly window: '24h' | '1h';
    }
  | {
      /** An organiser's announcement, in both languages. */
      readonly kind: 'announcement';
      readonly title: Localized;
      readonly message: Localized;
      readonly from: string;
    }
  | {
      /** The season froze (the public board stops until the close) or closed. */
      readonly kind: 'seasonFrozen' | 'seasonClosed';
      readonly seasonName: string;
    }
  | {
      /** For organisers: the review backlog of the day. */
      readonly kind: 'reviewBacklog';
      readonly pending: number;
      readonly oldestSentAt: number | null;
      readonly flagged: number;
    };

export type Notification = NotificationBody & {
  readonly uid: string;
  readonly at: number;
  readonly read: boolean;
};

export type NotificationKind = Notification['kind'];

/** The centre shows this many at first, and as many more each time the person asks. */
export const NOTIFICATION_PAGE_SIZE = 20;

/** The bell counts unread notifications up to this many, then shows "99+". */
export const UNREAD_COUNT_CAP = 99;

/** Rule: the bell's figure: the unread count, or the cap followed by "+" beyond it. */
export function unreadBadge(unread: number): string | null {
  if (unread <= 0) return null;
  return unread > UNREAD_COUNT_CAP ? `${UNREAD_COUNT_CAP}+` : String(unread);
}

/** dismissNotification: one of the caller's own notifications, marked read. */
export const notificationPayloadSchema = z.strictObject({
  notificationId: documentIdSchema('validation.notificationId', 256),
});
