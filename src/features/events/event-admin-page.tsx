// /admin/events/new and /admin/events/:id: the event form, and for an existing event its
// cancellation and its attendance.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ConfirmButton } from '../../components/confirm-button';
import { FormAlert, useFormAlert } from '../../components/form-alert';
import { OrganiserOnly } from '../../components/organiser-only';
import { commandFailureText, useCommand } from '../../components/use-command';
import { useDocumentTitle } from '../../components/use-document-title';
import { useLiveDocument } from '../../components/use-live';
import { useNow } from '../../components/use-now';
import { EVENT_PATHS, type SeasonEvent } from '../../domain/events';
import { useLocale } from '../../i18n/use-locale';
import type { AppState } from '../../stores/app-store';
import { useAppStore } from '../../stores/store-context';
import { AttendanceSection } from './attendance-section';
import { asEvent } from './event-documents';
import { EventForm } from './event-form';
import { emptyEventValues, valuesFromEvent } from './event-form-model';
import './events.css';

export function EventAdminPage({ id }: { id?: string }) {
  return (
    <OrganiserOnly titleKey="eventsAdmin.title" reservedKey="eventsAdmin.reserved">
      {id ? <EditEvent id={id} /> : <NewEvent />}
    </OrganiserOnly>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <p>
      <Link href="/admin/events">{t('eventsAdmin.backToList')}</Link>
    </p>
  );
}

function NewEvent() {
  const { t } = useTranslation();
  useDocumentTitle(t('eventsAdmin.newTitle'));
  const config = useAppStore((state) => state.live.config);
  const season = useAppStore((state) => state.live.season);
  let body;
  if (season) {
    body = (
      <EventForm
        key={season.id}
        eventId={null}
        season={season}
        initial={emptyEventValues(season.timeZone)}
      />
    );
  } else if (config && config.currentSeasonId === null) {
    body = <p>{t('eventsAdmin.noSeason')}</p>;
  } else {
    body = <p role="status">{t('loading')}</p>;
  }
  return (
    <>
      <h1>{t('eventsAdmin.newTitle')}</h1>
      {season ? <p>{t('eventsAdmin.season', { name: season.name })}</p> : null}
      {body}
      <BackLink />
    </>
  );
}

/** The season an event belongs to: organisers follow every season, the current one too. */
const selectSeasonOf = (seasonId: string | undefined) => (state: AppState) =>
  seasonId === undefined
    ? undefined
    : (state.live.seasons.find((season) => season.id === seasonId) ??
      (state.live.season?.id === seasonId ? state.live.season : undefined));

function EditEvent({ id }: { id: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const now = useNow();
  const live = useLiveDocument(`${EVENT_PATHS.events}/${id}`, asEvent);
  const event = live.status === 'ready' ? live.data : null;
  const season = useAppStore(selectSeasonOf(event?.seasonId));
  const heading = event
    ? t('eventsAdmin.editTitle', { title: event.title[locale] })
    : t('eventsAdmin.title');
  useDocumentTitle(heading);

  let body;
  if (live.status === 'loading') {
    body = <p role="status">{t('loading')}</p>;
  } else if (live.status === 'error') {
    body = <p role="alert">{t('events.loadFailed')}</p>;
  } else if (!event) {
    body = <p>{t('eventsAdmin.notFound')}</p>;
  } else {
    body = (
      <>
        {event.status === 'cancelled' ? (
          <p>
            <strong>{t('eventsAdmin.cancelledNote')}</strong>
          </p>
        ) : season ? (
          <EventForm
            key={event.id}
            eventId={event.id}
            season={season}
            initial={valuesFromEvent(event)}
          />
        ) : (
          <p role="status">{t('loading')}</p>
        )}
        <CancelSection event={event} />
        <AttendanceSection event={event} now={now} />
      </>
    );
  }
  return (
    <>
      <h1>{heading}</h1>
      {body}
      <BackLink />
    </>
  );
}

function CancelSection({ event }: { event: SeasonEvent }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const alert = useFormAlert();
  const { run, busy } = useCommand();
  const [done, setDone] = useState('');
  const people = event.registeredCount + event.waitingCount;

  const cancel = async () => {
    setDone('');
    alert.clear();
    const result = await run('cancelEvent', { eventId: event.id });
    if (!result.ok) {
      alert.show(commandFailureText(t, result), { focus: false });
      return;
    }
    setDone(t('eventsAdmin.cancel.done', { count: result.data?.notified ?? people }));
  };

  return (
    <section aria-labelledby="cancel-title">
      <h2 id="cancel-title">{t('eventsAdmin.cancel.title')}</h2>
      <FormAlert alert={alert} />
      {event.status === 'cancelled' ? (
        <p>{t('eventsAdmin.cancel.already')}</p>
      ) : (
        <>
          <p>{t('eventsAdmin.cancel.intro')}</p>
          <ConfirmButton
            question={t('eventsAdmin.cancel.question', {
              title: event.title[locale],
              count: people,
            })}
            confirmLabel={t('eventsAdmin.cancel.confirm')}
            busy={busy}
            onConfirm={() => void cancel()}
          >
            {t('eventsAdmin.cancel.button')}
          </ConfirmButton>
        </>
      )}
      <p role="status">{done}</p>
    </section>
  );
}
