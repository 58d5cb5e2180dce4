// Who registered for an event, and marking who came: one person at a time or everyone holding a
// place. Marking gives each person the event's action, approved, for their team; the function
// says who it left out and why, and the section puts that into words.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/confirm-button';
import { FormAlert, useFormAlert } from '../../components/form-alert';
import { commandFailureText, useCommand } from '../../components/use-command';
import { useLiveCollection } from '../../components/use-live';
import {
  attendanceOpen,
  EVENT_PATHS,
  type AttendanceSkipReason,
  type SeasonEvent,
} from '../../domain/events';
import type { CommandResult } from '../../domain/commands';
import { attendanceOrder } from '../../domain/events-view';
import { useLocale } from '../../i18n/use-locale';
import { useEventDates } from './event-dates';
import { asRegistration } from './event-documents';
import { DataTable } from '../../components/data-table';

interface Outcome {
  readonly marked: number;
  readonly skipped: readonly { uid: string; reason: AttendanceSkipReason }[];
}

/** markAttendance's answer; one that is not (an older server) says nobody was marked. */
function outcomeOf(data: CommandResult<'markAttendance'> | null): Outcome {
  return { marked: data?.marked ?? 0, skipped: data?.skipped ?? [] };
}

export function AttendanceSection({ event, now }: { event: SeasonEvent; now: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const dates = useEventDates();
  const alert = useFormAlert();
  const { run, pending, busy } = useCommand();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const live = useLiveCollection(
    EVENT_PATHS.registrations,
    [{ field: 'eventId', value: event.id }],
    asRegistration,
  );
  const registrations = attendanceOrder(live.status === 'ready' ? live.data : []);
  const waiting = registrations.filter((registration) => registration.status === 'waiting');
  const names = new Map(registrations.map((r) => [r.uid, r.name || r.uid]));
  const open = attendanceOpen(event, now);
  const title = event.title[locale];

  const mark = async (uids: 'allRegistered' | string[], key: string) => {
    alert.clear();
    setOutcome(null);
    const result = await run('markAttendance', { eventId: event.id, uids }, key);
    if (!result.ok) {
      alert.show(commandFailureText(t, result), { focus: false });
      return;
    }
    setOutcome(outcomeOf(result.data));
  };

  return (
    <section aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('eventsAdmin.attendance.title')}</h2>
      <p>
        {t('eventsAdmin.attendance.counts', {
          registered: event.registeredCount,
          capacity: event.capacity,
          waiting: event.waitingCount,
          attended: event.attendedCount,
        })}
      </p>
      {event.status === 'cancelled' ? (
        <p>{t('eventsAdmin.attendance.cancelled')}</p>
      ) : open ? null : (
        <p>{t('eventsAdmin.attendance.notOpen', { date: dates.start(event) })}</p>
      )}
      <FormAlert alert={alert} />
      <div role="status">
        {outcome ? (
          <>
            <p>{t('eventsAdmin.attendance.marked', { count: outcome.marked })}</p>
            {outcome.skipped.length > 0 ? (
              <>
                <p>{t('eventsAdmin.attendance.skippedTitle')}</p>
                <ul>
                  {outcome.skipped.map((skip) => (
                    <li key={skip.uid}>
                      {t('eventsAdmin.attendance.skipped', {
                        name: names.get(skip.uid) ?? skip.uid,
                        reason: t(`eventsAdmin.attendance.reasons.${skip.reason}`),
                      })}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : null}
      </div>
      {live.status === 'loading' ? <p role="status">{t('loading')}</p> : null}
      {live.status === 'error' ? (
        <p role="alert">{t('eventsAdmin.attendance.loadFailed')}</p>
      ) : null}
      {live.status === 'ready' && registrations.length === 0 ? (
        <p>{t('eventsAdmin.attendance.none')}</p>
      ) : null}
      {registrations.length > 0 ? (
        <>
          {open && event.registeredCount > 0 ? (
            <p>
              <ConfirmButton
                question={t('eventsAdmin.attendance.markAllQuestion', {
                  count: event.registeredCount,
                })}
                confirmLabel={t('eventsAdmin.attendance.markAllConfirm')}
                busy={busy}
                onConfirm={() => void mark('allRegistered', 'all')}
              >
                {t('eventsAdmin.attendance.markAll')}
              </ConfirmButton>
            </p>
          ) : null}
          <DataTable caption={t('eventsAdmin.attendance.caption', { title })}>
            <thead>
              <tr>
                <th scope="col">{t('eventsAdmin.attendance.columns.name')}</th>
                <th scope="col">{t('eventsAdmin.attendance.columns.status')}</th>
                <th scope="col">{t('eventsAdmin.attendance.columns.attended')}</th>
                <th scope="col">{t('eventsAdmin.attendance.columns.action')}</th>
              </tr>
            </thead>
            <tbody>
              {registrations.map((registration) => {
                const name = registration.name || registration.uid;
                const key = `one:${registration.uid}`;
                return (
                  <tr key={registration.uid}>
                    <th scope="row">{name}</th>
                    <td>
                      {registration.status === 'registered'
                        ? t('eventsAdmin.attendance.statuses.registered')
                        : t('eventsAdmin.attendance.statuses.waiting', {
                            position: waiting.indexOf(registration) + 1,
                          })}
                    </td>
                    <td>
                      {registration.attended
                        ? t('eventsAdmin.attendance.present')
                        : t('eventsAdmin.attendance.notMarked')}
                    </td>
                    <td>
                      {open && registration.status === 'registered' && !registration.attended ? (
                        <button
                          type="button"
                          className="secondary"
                          aria-disabled={busy || undefined}
                          aria-busy={pending === key || undefined}
                          onClick={() => {
                            if (!busy) void mark([registration.uid], key);
                          }}
                        >
                          {t('eventsAdmin.attendance.markOne')}
                          <span className="visually-hidden">
                            {' '}
                            {t('eventsAdmin.attendance.markOneFor', { name })}
                          </span>
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
        </>
      ) : null}
    </section>
  );
}
