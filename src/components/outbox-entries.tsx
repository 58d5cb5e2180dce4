// The person's submissions kept on this device: waiting to be sent (with a way to send them now),
// or refused when they were finally sent, with the reason and the choice to send again, take it
// back into the form, or discard it. On My progress for all of them, on an action's page for its
// own.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { OutboxEntry } from '../data/backend';
import { findAction } from '../domain/catalogue';
import { seasonAction } from '../domain/game';
import type { Season } from '../domain/season';
import { dayIn } from '../domain/submission';
import { useLocale } from '../i18n/use-locale';
import { useAppStore, useAppStoreShallow } from '../stores/store-context';
import { ConfirmButton } from './confirm-button';
import { Icon } from './icon';
import { commandFailureText } from './use-command';

export interface OutboxEntriesProps {
  season: Season;
  /** Only this action's (an action's page); every one when left out. */
  actionId?: string;
  /** Offered for refused entries: takes the entry's proof back into a form. */
  onResume?: (entry: OutboxEntry) => void;
  headingLevel?: 2 | 3;
}

export function OutboxEntries({
  season,
  actionId,
  onResume,
  headingLevel = 2,
}: OutboxEntriesProps) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const entries = useAppStoreShallow((state) =>
    state.outbox.entries.filter(
      (entry) =>
        entry.payload.seasonId === season.id && (!actionId || entry.payload.actionId === actionId),
    ),
  );
  const delivered = useAppStore((state) => state.outbox.lastDelivered);
  const flush = useAppStore((state) => state.outboxFlushRequested);
  const retry = useAppStore((state) => state.outboxRetryRequested);
  const discard = useAppStore((state) => state.outboxEntryDiscarded);

  const waiting = entries.filter((entry) => entry.state === 'waiting').length;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' });
  // The day the person chose, read in the season's calendar and shown as that calendar day.
  const dayOf = (entry: OutboxEntry) =>
    date.format(new Date(`${dayIn(season.timeZone, entry.payload.doneAt)}T12:00:00Z`));

  return (
    <>
      <div role="status" className="outbox-status">
        {entries.length === 0 && delivered > 0 ? (
          <p>{t('outbox.delivered', { count: delivered })}</p>
        ) : null}
      </div>
      {entries.length > 0 ? (
        <section className="panel outbox" aria-labelledby="outbox-title">
          <Heading id="outbox-title">
            <Icon name="clock" /> {t('outbox.title')}
          </Heading>
          {waiting > 0 ? <p>{t('outbox.waitingIntro', { count: waiting })}</p> : null}
          <ul className="plain-list">
            {entries.map((entry) => {
              const action =
                seasonAction(season, entry.payload.actionId) ?? findAction(entry.payload.actionId);
              const title = action ? action.title[locale] : entry.payload.actionId;
              return (
                <li key={entry.id} className="outbox-entry">
                  <p>
                    <strong>{title}</strong>
                    <br />
                    <span className="muted">{t('outbox.doneOn', { date: dayOf(entry) })}</span>
                  </p>
                  {entry.state === 'waiting' ? (
                    <p>{t('outbox.waiting', { count: entry.attempts })}</p>
                  ) : (
                    <>
                      <p className="form-error">
                        {t('outbox.refused')}{' '}
                        {entry.refusal
                          ? commandFailureText(t, { ok: false, ...entry.refusal })
                          : null}
                      </p>
                      <div className="inline-actions">
                        <button
                          type="button"
                          className="secondary"
                          onClick={() => void retry(entry.id)}
                        >
                          {t('outbox.retry')}
                          <span className="visually-hidden"> {title}</span>
                        </button>
                        {onResume ? (
                          <button
                            type="button"
                            className="secondary"
                            onClick={() => onResume(entry)}
                          >
                            {t('outbox.resume')}
                          </button>
                        ) : (
                          <Link href={`/actions/${entry.payload.actionId}`}>
                            {t('outbox.openAction')}
                            <span className="visually-hidden"> {title}</span>
                          </Link>
                        )}
                        <ConfirmButton
                          question={t('outbox.discardQuestion')}
                          confirmLabel={t('outbox.discardConfirm')}
                          onConfirm={() => void discard(entry.id)}
                        >
                          {t('outbox.discard')}
                          <span className="visually-hidden"> {title}</span>
                        </ConfirmButton>
                      </div>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
          {waiting > 0 ? (
            <button type="button" className="primary" onClick={() => void flush()}>
              {t('outbox.sendNow')}
            </button>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
