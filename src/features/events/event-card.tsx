// One event of the season as a person sees it: what, when (in the event's time zone), where,
// places left, the action it validates, where they stand, and what they may do about it.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/confirm-button';
import { downloadText } from '../../components/download';
import { commandFailureText, useCommand } from '../../components/use-command';
import type { RegistrationStatus, SeasonEvent } from '../../domain/events';
import { offerFor, placesLeft, safeHttpUrl } from '../../domain/events-view';
import { seasonAction } from '../../domain/game';
import { calendarEventOf, calendarOf, icsFileName } from '../../domain/ics';
import type { Season } from '../../domain/season';
import { useLocale } from '../../i18n/use-locale';
import { useEventDates } from './event-dates';

export interface EventCardProps {
  event: SeasonEvent;
  season: Pick<Season, 'actionIds' | 'customActions'>;
  /** Where the person stands: a place, the waiting list, or nothing. */
  status: RegistrationStatus | null;
  now: number;
  /** Says, in the page's status region, what a command just did. */
  onDone: (message: string) => void;
}

export function EventCard({ event, season, status, now, onDone }: EventCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const dates = useEventDates();
  const { run, busy } = useCommand();
  const [failure, setFailure] = useState<string | null>(null);
  const actionsRef = useRef<HTMLDivElement>(null);
  const acted = useRef(false);

  const title = event.title[locale];
  const action = seasonAction(season, event.actionId);
  const link = safeHttpUrl(event.onlineUrl);
  const offer = offerFor(event, status, now);
  const left = placesLeft(event);
  const headingId = `event-${event.id}`;

  // The button pressed gives way to its opposite: keep the keyboard in the card.
  useEffect(() => {
    if (!acted.current || document.activeElement !== document.body) return;
    actionsRef.current?.querySelector('button')?.focus();
  }, [offer]);

  const send = async (name: 'registerForEvent' | 'unregisterFromEvent') => {
    setFailure(null);
    acted.current = true;
    const result = await run(name, { eventId: event.id });
    if (!result.ok) {
      setFailure(commandFailureText(t, result));
      return;
    }
    if (name === 'unregisterFromEvent') {
      onDone(t('events.unregistered', { title }));
      return;
    }
    onDone(
      t(result.data?.status === 'waiting' ? 'events.nowWaiting' : 'events.nowRegistered', {
        title,
      }),
    );
  };

  const download = () =>
    downloadText(icsFileName(title), calendarOf([calendarEventOf(event, locale)], Date.now()));

  return (
    <article className="card event-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="action-meta">
        <span className="tag">{t(`events.kinds.${event.kind}`)}</span>
        {event.status === 'cancelled' ? (
          <span className="tag event-cancelled">{t('events.cancelled')}</span>
        ) : null}
      </p>
      <dl className="event-facts">
        <div>
          <dt>{t('events.when')}</dt>
          <dd>{dates.range(event)}</dd>
        </div>
        {event.place ? (
          <div>
            <dt>{t('events.where')}</dt>
            <dd>{event.place}</dd>
          </div>
        ) : null}
        {link ? (
          <div>
            <dt>{t('events.online')}</dt>
            <dd>
              <a href={link} target="_blank" rel="noopener noreferrer">
                {link}
                <span className="visually-hidden"> {t('events.newTab')}</span>
              </a>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('events.places')}</dt>
          <dd>
            {left > 0
              ? t('events.placesLeft', { count: left, capacity: event.capacity })
              : t('events.full', { count: event.capacity })}
            {event.waitingCount > 0
              ? ` · ${t('events.waitingCount', { count: event.waitingCount })}`
              : null}
          </dd>
        </div>
        <div>
          <dt>{t('events.action')}</dt>
          <dd>
            {action
              ? t('events.actionText', {
                  action: action.title[locale],
                  theme: t(`themes.${action.theme}`),
                  points: t('catalogue.points', { count: action.points }),
                })
              : t('events.actionUnknown')}
          </dd>
        </div>
        <div>
          <dt>{t('events.myStatus')}</dt>
          <dd>{t(`events.statuses.${status ?? 'none'}`)}</dd>
        </div>
      </dl>
      <p className="event-description">{event.description[locale]}</p>
      {offer === 'cancelled' ? (
        <p>
          <strong>{t('events.cancelledText')}</strong>
        </p>
      ) : null}
      {offer === 'closed' ? <p>{t('events.closed')}</p> : null}
      <div className="inline-actions" ref={actionsRef}>
        {offer === 'register' ? (
          <button
            type="button"
            className="primary"
            aria-disabled={busy || undefined}
            aria-busy={busy || undefined}
            onClick={() => {
              if (!busy) void send('registerForEvent');
            }}
          >
            {left > 0 ? t('events.register') : t('events.joinWaiting')}
            <span className="visually-hidden">
              {' '}
              {t(left > 0 ? 'events.registerFor' : 'events.joinWaitingFor', { title })}
            </span>
          </button>
        ) : null}
        {offer === 'unregister' ? (
          <ConfirmButton
            question={t(
              status === 'waiting' ? 'events.leaveWaitingQuestion' : 'events.unregisterQuestion',
              { title },
            )}
            confirmLabel={t(
              status === 'waiting' ? 'events.leaveWaitingConfirm' : 'events.unregisterConfirm',
            )}
            busy={busy}
            onConfirm={() => void send('unregisterFromEvent')}
          >
            {status === 'waiting' ? t('events.leaveWaiting') : t('events.unregister')}
            <span className="visually-hidden">
              {' '}
              {t(status === 'waiting' ? 'events.leaveWaitingFor' : 'events.unregisterFor', {
                title,
              })}
            </span>
          </ConfirmButton>
        ) : null}
        <button type="button" className="secondary" onClick={download}>
          {t('events.download')}
          <span className="visually-hidden"> {t('events.downloadFor', { title })}</span>
        </button>
      </div>
      {failure ? (
        <p role="alert" className="form-error">
          {failure}
        </p>
      ) : null}
    </article>
  );
}
