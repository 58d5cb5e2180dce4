// /admin/events: the current season's events as organisers follow them — when, whether
// cancelled, and how many people hold a place, wait for one, or attended.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { OrganiserOnly } from '../../components/organiser-only';
import { useDocumentTitle } from '../../components/use-document-title';
import { useLiveCollection } from '../../components/use-live';
import { useNow } from '../../components/use-now';
import { EVENT_PATHS, eventPhase } from '../../domain/events';
import { splitByTime } from '../../domain/events-view';
import type { Season } from '../../domain/season';
import { useLocale } from '../../i18n/use-locale';
import { useAppStore } from '../../stores/store-context';
import { useEventDates } from './event-dates';
import { asEvent } from './event-documents';
import './events.css';
import { DataTable } from '../../components/data-table';

export function EventsAdminPage() {
  return (
    <OrganiserOnly titleKey="eventsAdmin.title" reservedKey="eventsAdmin.reserved">
      <EventsAdmin />
    </OrganiserOnly>
  );
}

function EventsAdmin() {
  const { t } = useTranslation();
  useDocumentTitle(t('eventsAdmin.title'));
  const config = useAppStore((state) => state.live.config);
  const season = useAppStore((state) => state.live.season);
  return (
    <>
      <h1>{t('eventsAdmin.title')}</h1>
      <p>{t('eventsAdmin.intro')}</p>
      <p>
        <Link href="/admin">{t('eventsAdmin.backToAdmin')}</Link>
      </p>
      {season ? (
        <SeasonEvents season={season} />
      ) : config && config.currentSeasonId === null ? (
        <p>{t('eventsAdmin.noSeason')}</p>
      ) : (
        <p role="status">{t('loading')}</p>
      )}
    </>
  );
}

function SeasonEvents({ season }: { season: Season }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const dates = useEventDates();
  const now = useNow();
  const live = useLiveCollection(
    EVENT_PATHS.events,
    [{ field: 'seasonId', value: season.id }],
    asEvent,
  );
  if (live.status === 'loading') return <p role="status">{t('loading')}</p>;
  if (live.status === 'error') return <p role="alert">{t('events.loadFailed')}</p>;
  // Soonest first, from the earliest one not over; the past ones after them.
  const { upcoming, past } = splitByTime(live.data, now);
  const events = [...upcoming, ...past];
  return (
    <>
      <p>
        <Link href="/admin/events/new">{t('eventsAdmin.new')}</Link>
      </p>
      {events.length === 0 ? (
        <p>{t('eventsAdmin.none')}</p>
      ) : (
        <DataTable caption={t('eventsAdmin.caption', { season: season.name })}>
          <thead>
            <tr>
              <th scope="col">{t('eventsAdmin.columns.title')}</th>
              <th scope="col">{t('eventsAdmin.columns.startsAt')}</th>
              <th scope="col">{t('eventsAdmin.columns.status')}</th>
              <th scope="col">{t('eventsAdmin.columns.registered')}</th>
              <th scope="col">{t('eventsAdmin.columns.waiting')}</th>
              <th scope="col">{t('eventsAdmin.columns.attended')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id}>
                <th scope="row">
                  <Link href={`/admin/events/${event.id}`}>{event.title[locale]}</Link>
                  <br />
                  <span className="muted">{t(`events.kinds.${event.kind}`)}</span>
                </th>
                <td>{dates.start(event)}</td>
                <td>{t(`eventsAdmin.statuses.${eventPhase(event, now)}`)}</td>
                <td>
                  {t('eventsAdmin.ofCapacity', {
                    count: event.registeredCount,
                    capacity: event.capacity,
                  })}
                </td>
                <td>{event.waitingCount}</td>
                <td>{event.attendedCount}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </>
  );
}
