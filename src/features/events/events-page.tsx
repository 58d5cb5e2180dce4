// /events: the season's workshops, webinars and meetups — what is coming and what is past,
// filtered by kind and by theme, with the person's own registrations and their calendar files.
import { SeasonPage } from '../../components/season-page';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../components/download';
import { useLiveCollection } from '../../components/use-live';
import { useNow } from '../../components/use-now';
import {
  EVENT_KINDS,
  EVENT_PATHS,
  type RegistrationStatus,
  type SeasonEvent,
} from '../../domain/events';
import {
  filterEvents,
  myEvents,
  splitByTime,
  statusByEvent,
  type EventFilter,
} from '../../domain/events-view';
import { calendarEventOf, calendarOf, MY_EVENTS_FILE_NAME } from '../../domain/ics';
import type { Season } from '../../domain/season';
import { isThemeId, THEME_IDS } from '../../domain/themes';
import { useLocale } from '../../i18n/use-locale';
import { EventCard } from './event-card';
import { useEventDates } from './event-dates';
import { asEvent, asRegistration } from './event-documents';
import './events.css';

export function EventsPage() {
  const { t } = useTranslation();
  return (
    <SeasonPage
      title={t('events.title')}
      path="/events"
      signInFirst={t('events.signInFirst')}
      noSeason={t('events.noSeason')}
    >
      {(uid, season) => <EventsView uid={uid} season={season} />}
    </SeasonPage>
  );
}

const NONE: readonly never[] = [];

function EventsView({ uid, season }: { uid: string; season: Season }) {
  const { t } = useTranslation();
  const now = useNow();
  const [filter, setFilter] = useState<EventFilter>({});
  const [message, setMessage] = useState('');
  const events = useLiveCollection(
    EVENT_PATHS.events,
    [{ field: 'seasonId', value: season.id }],
    asEvent,
  );
  const registrations = useLiveCollection(
    EVENT_PATHS.registrations,
    [
      { field: 'uid', value: uid },
      { field: 'seasonId', value: season.id },
    ],
    asRegistration,
  );

  if (events.status === 'loading') return <p role="status">{t('events.loading')}</p>;
  if (events.status === 'error') return <p role="alert">{t('events.loadFailed')}</p>;

  const intro = <p>{t('events.intro', { season: season.name })}</p>;
  // A season without events yet: one line says so, without filters or "nothing matches".
  if (events.data.length === 0) {
    return (
      <>
        {intro}
        <p>{t('events.noneYet')}</p>
      </>
    );
  }

  const statuses = statusByEvent(registrations.status === 'ready' ? registrations.data : NONE);
  const shown = filterEvents(events.data, filter, season);
  const { upcoming, past } = splitByTime(shown, now);
  const card = (event: SeasonEvent) => (
    <li key={event.id}>
      <EventCard
        event={event}
        season={season}
        status={statuses.get(event.id) ?? null}
        now={now}
        onDone={setMessage}
      />
    </li>
  );

  return (
    <>
      {intro}
      <p role="status">{message}</p>
      <MyEvents events={events.data} statuses={statuses} now={now} />
      <EventFilters filter={filter} onChange={setFilter} count={shown.length} />
      <section aria-labelledby="events-upcoming">
        <h2 id="events-upcoming">{t('events.upcoming')}</h2>
        {upcoming.length > 0 ? (
          <ul className="card-list">{upcoming.map(card)}</ul>
        ) : (
          <p>{t('events.noUpcoming')}</p>
        )}
      </section>
      <section aria-labelledby="events-past">
        <h2 id="events-past">{t('events.past')}</h2>
        {past.length > 0 ? (
          <ul className="card-list">{past.map(card)}</ul>
        ) : (
          <p>{t('events.noPast')}</p>
        )}
      </section>
    </>
  );
}

function MyEvents({
  events,
  statuses,
  now,
}: {
  events: readonly SeasonEvent[];
  statuses: ReadonlyMap<string, RegistrationStatus>;
  /** Stamps the calendar file. */
  now: number;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const dates = useEventDates();
  const mine = myEvents(events, statuses);
  const downloadAll = () =>
    downloadText(
      MY_EVENTS_FILE_NAME,
      calendarOf(
        mine.map(({ event }) => calendarEventOf(event, locale)),
        now,
      ),
    );
  return (
    <section aria-labelledby="events-mine" className="panel">
      <h2 id="events-mine">{t('events.mine')}</h2>
      {mine.length === 0 ? (
        <p>{t('events.mineNone')}</p>
      ) : (
        <>
          <ul className="my-events">
            {mine.map(({ event, status }) => (
              <li key={event.id}>
                <strong>{event.title[locale]}</strong> — {dates.range(event)} —{' '}
                {event.status === 'cancelled'
                  ? t('events.cancelledText')
                  : t(`events.mineStatuses.${status}`)}
              </li>
            ))}
          </ul>
          <button type="button" className="secondary" onClick={downloadAll}>
            {t('events.downloadAll')}
          </button>
        </>
      )}
    </section>
  );
}

const isKind = (value: string): value is (typeof EVENT_KINDS)[number] =>
  (EVENT_KINDS as readonly string[]).includes(value);

function EventFilters({
  filter,
  onChange,
  count,
}: {
  filter: EventFilter;
  onChange: (filter: EventFilter) => void;
  count: number;
}) {
  const { t } = useTranslation();
  const ids = { kind: useId(), theme: useId() };
  return (
    <>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{t('events.filters')}</legend>
          <div className="field">
            <label htmlFor={ids.kind}>{t('events.kind')}</label>
            <select
              id={ids.kind}
              value={filter.kind ?? ''}
              onChange={(event) => {
                const value = event.target.value;
                onChange({ ...filter, kind: isKind(value) ? value : undefined });
              }}
            >
              <option value="">{t('events.allKinds')}</option>
              {EVENT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`events.kinds.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.theme}>{t('events.theme')}</label>
            <select
              id={ids.theme}
              value={filter.theme ?? ''}
              onChange={(event) => {
                const value = event.target.value;
                onChange({ ...filter, theme: isThemeId(value) ? value : undefined });
              }}
            >
              <option value="">{t('events.allThemes')}</option>
              {THEME_IDS.map((theme) => (
                <option key={theme} value={theme}>
                  {t(`themes.${theme}`)}
                </option>
              ))}
            </select>
          </div>
          {filter.kind || filter.theme ? (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                onChange({});
                // The button goes away with the filters: the keyboard stays in the form.
                document.getElementById(ids.kind)?.focus();
              }}
            >
              {t('events.clearFilters')}
            </button>
          ) : null}
        </fieldset>
      </form>
      <p className="results-count" aria-live="polite">
        {t('events.results', { count })}
      </p>
    </>
  );
}
