// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route, Switch } from 'wouter';
import {
  ALICE,
  DAY,
  openSeasonDocument,
  payloadsOf,
  renderForTest,
  seedOrganiser,
} from '../../components/render-for-test';
import type { FakeBackend } from '../../data/fake-backend';
import { EVENT_PATHS, type EventRegistration, type SeasonEvent } from '../../domain/events';
import fr from '../../i18n/fr.json';
import { EventAdminPage } from './event-admin-page';
import { EventsAdminPage } from './events-admin-page';

afterEach(cleanup);

const NOW = Date.now();
const HOUR = 60 * 60 * 1000;
const ACTION = 'sob-read-footprint-study';

const routes = (
  <Switch>
    <Route path="/admin/events">{() => <EventsAdminPage />}</Route>
    <Route path="/admin/events/new">{() => <EventAdminPage />}</Route>
    <Route path="/admin/events/:id">{(params) => <EventAdminPage id={params.id} />}</Route>
  </Switch>
);

type EventDoc = Omit<SeasonEvent, 'id'>;

function eventDoc(overrides: Partial<EventDoc> = {}): EventDoc {
  return {
    seasonId: 'S1',
    kind: 'fresco',
    title: { fr: 'Fresque du numérique', en: 'Digital collage' },
    description: { fr: 'Trois heures pour comprendre.', en: 'Three hours to understand.' },
    startsAt: Date.UTC(2030, 5, 15, 14),
    endsAt: Date.UTC(2030, 5, 15, 16),
    timeZone: 'America/New_York',
    place: 'Salle Lovelace',
    onlineUrl: null,
    capacity: 12,
    actionId: ACTION,
    status: 'scheduled',
    registeredCount: 2,
    waitingCount: 1,
    attendedCount: 0,
    createdAt: NOW - 5 * DAY,
    updatedAt: NOW - 5 * DAY,
    ...overrides,
  };
}

function registrationDoc(
  uid: string,
  name: string,
  status: EventRegistration['status'],
  requestedAt: number,
  attended = false,
): EventRegistration {
  return { eventId: 'E1', seasonId: 'S1', uid, name, status, requestedAt, attended };
}

const REGISTRATIONS = [
  registrationDoc('uid-w', 'Mésange 7', 'waiting', NOW - 1 * HOUR),
  registrationDoc('uid-b', 'Hibou 3', 'registered', NOW - 3 * HOUR),
  registrationDoc('uid-a', 'Colibri 42', 'registered', NOW - 4 * HOUR),
];

function seed(backend: FakeBackend, event: Partial<EventDoc> = {}) {
  seedOrganiser(backend);
  backend.setDocument('config/app', { currentSeasonId: 'S1', hasOrganiser: true });
  backend.setDocument('seasons/S1', openSeasonDocument({}, NOW));
  backend.setDocument(`${EVENT_PATHS.events}/E1`, { ...eventDoc(event) });
  for (const registration of REGISTRATIONS) {
    backend.setDocument(
      `${EVENT_PATHS.registrations}/${EVENT_PATHS.registrationId('E1', registration.uid)}`,
      { ...registration },
    );
  }
}

const renderAdmin = (path: string, more?: (backend: FakeBackend) => void) =>
  renderForTest(routes, {
    path,
    signedInAs: ALICE.email,
    seed: (backend) => {
      seed(backend);
      more?.(backend);
    },
  });

const setDate = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('events admin, the list', () => {
  it('lists the season’s events with places taken, waiting and attended, and their state', async () => {
    await renderAdmin('/admin/events', (backend) => {
      backend.setDocument(
        `${EVENT_PATHS.events}/E2`,
        eventDoc({
          title: { fr: 'Webinaire annulé', en: 'Cancelled webinar' },
          kind: 'webinar',
          status: 'cancelled',
          startsAt: NOW + DAY,
          endsAt: NOW + DAY + HOUR,
          registeredCount: 0,
          waitingCount: 0,
        }),
      );
      backend.setDocument(`${EVENT_PATHS.events}/E3`, eventDoc({ seasonId: 'S0' }));
    });
    const table = await screen.findByRole('table', { name: /Événements de la saison/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    // Soonest first: the cancelled webinar tomorrow, then the fresco in 2030.
    expect(within(rows[0] as HTMLElement).getByRole('link')).toHaveTextContent('Webinaire annulé');
    expect(cells(rows[0] as HTMLElement).slice(1)).toEqual([
      fr.eventsAdmin.statuses.cancelled,
      '0 sur 12',
      '0',
      '0',
    ]);
    const link = within(rows[1] as HTMLElement).getByRole('link', {
      name: 'Fresque du numérique',
    });
    expect(link).toHaveAttribute('href', '/admin/events/E1');
    expect(cells(rows[1] as HTMLElement).slice(1)).toEqual([
      fr.eventsAdmin.statuses.scheduled,
      '2 sur 12',
      '1',
      '0',
    ]);
    expect(screen.getByRole('link', { name: fr.eventsAdmin.new })).toHaveAttribute(
      'href',
      '/admin/events/new',
    );
  });

  it('tells a non-organiser the page is not theirs', async () => {
    await renderForTest(routes, { path: '/admin/events', signedInAs: ALICE.email });
    expect(await screen.findByText(fr.eventsAdmin.reserved)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('events admin, the form', () => {
  async function openNewForm() {
    const rendered = await renderAdmin('/admin/events/new');
    await screen.findByRole('heading', { level: 1, name: fr.eventsAdmin.newTitle });
    await screen.findByLabelText(fr.eventsAdmin.form.titleFr);
    return rendered;
  }

  it('shows errors next to the fields and sends nothing while the event is incomplete', async () => {
    const { backend, user } = await openNewForm();
    expect(screen.getByLabelText(fr.eventsAdmin.form.timeZone)).toHaveValue('Europe/Paris');
    await user.click(screen.getByRole('button', { name: fr.eventsAdmin.form.create }));

    expect(await screen.findByText(fr.form.fixErrors)).toHaveFocus();
    expect(screen.getByLabelText(fr.eventsAdmin.form.titleFr)).toHaveAccessibleDescription(
      fr.validation.textTooShort,
    );
    expect(screen.getByLabelText(fr.eventsAdmin.form.startsAt)).toHaveAccessibleDescription(
      fr.validation.date,
    );
    expect(screen.getByLabelText(fr.eventsAdmin.form.action)).toHaveAccessibleDescription(
      `${fr.eventsAdmin.form.actionHint} ${fr.eventsAdmin.form.actionRequired}`,
    );

    // Everything filled but the end comes first and there is neither place nor link.
    await user.type(screen.getByLabelText(fr.eventsAdmin.form.titleFr), 'Fresque du numérique');
    await user.type(screen.getByLabelText(fr.eventsAdmin.form.titleEn), 'Digital collage');
    await user.type(screen.getByLabelText(fr.eventsAdmin.form.descriptionFr), 'Trois heures.');
    await user.type(screen.getByLabelText(fr.eventsAdmin.form.descriptionEn), 'Three hours.');
    setDate(fr.eventsAdmin.form.startsAt, '2026-03-10T09:00');
    setDate(fr.eventsAdmin.form.endsAt, '2026-03-10T08:00');
    await user.selectOptions(screen.getByLabelText(fr.eventsAdmin.form.action), ACTION);
    await user.click(screen.getByRole('button', { name: fr.eventsAdmin.form.create }));

    await waitFor(() =>
      expect(screen.getByLabelText(fr.eventsAdmin.form.endsAt)).toHaveAccessibleDescription(
        fr.validation.endBeforeStart,
      ),
    );
    expect(screen.getByLabelText(fr.eventsAdmin.form.place)).toHaveAccessibleDescription(
      `${fr.eventsAdmin.form.whereHint} ${fr.validation.eventWhere}`,
    );
    expect(screen.getByLabelText(fr.eventsAdmin.form.titleFr)).not.toHaveAttribute('aria-invalid');

    await user.type(screen.getByLabelText(fr.eventsAdmin.form.onlineUrl), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: fr.eventsAdmin.form.create }));
    await waitFor(() =>
      expect(screen.getByLabelText(fr.eventsAdmin.form.onlineUrl)).toHaveAccessibleDescription(
        `${fr.eventsAdmin.form.onlineUrlHint} ${fr.validation.eventLink}`,
      ),
    );
    expect(payloadsOf(backend, 'saveEvent')).toEqual([]);
  });

  it('reads the times in the chosen time zone and sends saveEvent, then goes back to the list', async () => {
    const { backend, user, location } = await openNewForm();
    backend.handle('saveEvent', () => ({ eventId: 'E9' }));
    await user.selectOptions(
      screen.getByLabelText(fr.eventsAdmin.form.kind),
      fr.events.kinds.webinar,
    );
    await user.type(screen.getByLabelText(fr.eventsAdmin.form.titleFr), 'Webinaire sobriété');
    await user.type(screen.getByLabelText(fr.eventsAdmin.form.titleEn), 'Sobriety webinar');
    await user.type(screen.getByLabelText(fr.eventsAdmin.form.descriptionFr), 'Une heure.');
    await user.type(screen.getByLabelText(fr.eventsAdmin.form.descriptionEn), 'One hour.');
    await user.selectOptions(
      screen.getByLabelText(fr.eventsAdmin.form.timeZone),
      'America/New_York',
    );
    setDate(fr.eventsAdmin.form.startsAt, '2026-07-01T09:00');
    setDate(fr.eventsAdmin.form.endsAt, '2026-07-01T10:30');
    await user.type(
      screen.getByLabelText(fr.eventsAdmin.form.onlineUrl),
      ' https://visio.example.org/w ',
    );
    const capacity = screen.getByLabelText(fr.eventsAdmin.form.capacity);
    await user.clear(capacity);
    await user.type(capacity, '40');
    await user.selectOptions(screen.getByLabelText(fr.eventsAdmin.form.action), ACTION);
    await user.click(screen.getByRole('button', { name: fr.eventsAdmin.form.create }));

    await waitFor(() => expect(payloadsOf(backend, 'saveEvent')).toHaveLength(1));
    expect(payloadsOf(backend, 'saveEvent')[0]).toEqual({
      eventId: null,
      seasonId: 'S1',
      kind: 'webinar',
      title: { fr: 'Webinaire sobriété', en: 'Sobriety webinar' },
      description: { fr: 'Une heure.', en: 'One hour.' },
      // 09:00 in New York in summer is 13:00 UTC.
      startsAt: Date.UTC(2026, 6, 1, 13, 0),
      endsAt: Date.UTC(2026, 6, 1, 14, 30),
      timeZone: 'America/New_York',
      place: null,
      onlineUrl: 'https://visio.example.org/w',
      capacity: 40,
      actionId: ACTION,
    });
    await waitFor(() => expect(location.history.at(-1)).toBe('/admin/events'));
  });

  it('edits an event with its times shown in its own time zone', async () => {
    const { backend, user } = await renderAdmin('/admin/events/E1');
    backend.handle('saveEvent', () => ({ eventId: 'E1' }));
    await screen.findByRole('heading', { level: 1, name: 'Événement « Fresque du numérique »' });
    expect(await screen.findByLabelText(fr.eventsAdmin.form.startsAt)).toHaveValue(
      '2030-06-15T10:00',
    );
    expect(screen.getByLabelText(fr.eventsAdmin.form.timeZone)).toHaveValue('America/New_York');
    expect(screen.getByLabelText(fr.eventsAdmin.form.action)).toHaveValue(ACTION);
    const place = screen.getByLabelText(fr.eventsAdmin.form.place);
    await user.clear(place);
    await user.type(place, 'Salle Hopper');
    await user.click(screen.getByRole('button', { name: fr.eventsAdmin.form.save }));

    await waitFor(() => expect(payloadsOf(backend, 'saveEvent')).toHaveLength(1));
    expect(payloadsOf(backend, 'saveEvent')[0]).toMatchObject({
      eventId: 'E1',
      seasonId: 'S1',
      startsAt: Date.UTC(2030, 5, 15, 14),
      endsAt: Date.UTC(2030, 5, 15, 16),
      place: 'Salle Hopper',
      capacity: 12,
    });
  });
});

describe('events admin, cancelling', () => {
  it('cancels only once confirmed, and says how many people were told', async () => {
    const { backend, user } = await renderAdmin('/admin/events/E1', (fake) =>
      fake.handle('cancelEvent', () => {
        fake.setDocument(`${EVENT_PATHS.events}/E1`, { ...eventDoc({ status: 'cancelled' }) });
        return { status: 'cancelled', notified: 3 };
      }),
    );
    const cancel = await screen.findByRole('button', { name: fr.eventsAdmin.cancel.button });
    await user.click(cancel);
    expect(
      screen.getByText(
        'Annuler « Fresque du numérique » ? 3 personnes inscrites ou en attente seront prévenues.',
      ),
    ).toBeInTheDocument();
    expect(payloadsOf(backend, 'cancelEvent')).toEqual([]);
    await user.click(screen.getByRole('button', { name: fr.eventsAdmin.cancel.confirm }));

    expect(payloadsOf(backend, 'cancelEvent')).toEqual([{ eventId: 'E1' }]);
    expect(await screen.findByText('Événement annulé : 3 personnes prévenues.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(await screen.findByText(fr.eventsAdmin.cancelledNote)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: fr.eventsAdmin.form.save })).toBeNull();
    expect(screen.queryByRole('button', { name: fr.eventsAdmin.cancel.button })).toBeNull();
  });

  it('backs out when the organiser says no', async () => {
    const { backend, user } = await renderAdmin('/admin/events/E1');
    await user.click(await screen.findByRole('button', { name: fr.eventsAdmin.cancel.button }));
    await user.click(screen.getByRole('button', { name: fr.confirm.cancel }));
    expect(payloadsOf(backend, 'cancelEvent')).toEqual([]);
    expect(screen.getByRole('button', { name: fr.eventsAdmin.cancel.button })).toHaveFocus();
  });
});

describe('events admin, attendance', () => {
  const started = { startsAt: NOW - HOUR, endsAt: NOW + HOUR, timeZone: 'Europe/Paris' };

  const renderStarted = (more?: (backend: FakeBackend) => void) =>
    renderAdmin('/admin/events/E1', (backend) => {
      backend.setDocument(`${EVENT_PATHS.events}/E1`, { ...eventDoc(started) });
      more?.(backend);
    });

  it('lists people holding a place first, then the waiting list, in the order they asked', async () => {
    await renderStarted();
    const table = await screen.findByRole('table', { name: /Inscriptions à/ });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getByRole('rowheader').textContent);
    expect(rows).toEqual(['Colibri 42', 'Hibou 3', 'Mésange 7']);
    expect(within(table).getByText('En attente (n° 1)')).toBeInTheDocument();
    // Only people holding a place can be marked.
    expect(within(table).getAllByRole('button', { name: /^Noter présent·e/ })).toHaveLength(2);
  });

  it('marks one person by their uid and says what the function did', async () => {
    const { backend, user } = await renderStarted((fake) =>
      fake.handle('markAttendance', () => ({ marked: 1, skipped: [] })),
    );
    await user.click(await screen.findByRole('button', { name: 'Noter présent·e Hibou 3' }));
    expect(payloadsOf(backend, 'markAttendance')).toEqual([{ eventId: 'E1', uids: ['uid-b'] }]);
    expect(await screen.findByText('1 personne notée présente.')).toBeInTheDocument();
    expect(
      screen.getByText('1 personne notée présente.').closest('[role="status"]'),
    ).not.toBeNull();
  });

  it('marks everyone holding a place once confirmed, and words who was left out and why', async () => {
    const { backend, user } = await renderStarted((fake) =>
      fake.handle('markAttendance', () => ({
        marked: 1,
        skipped: [
          { uid: 'uid-b', reason: 'noTeam' },
          { uid: 'uid-w', reason: 'notRegistered' },
          { uid: 'uid-a', reason: 'alreadyMarked' },
        ],
      })),
    );
    await user.click(
      await screen.findByRole('button', { name: fr.eventsAdmin.attendance.markAll }),
    );
    expect(payloadsOf(backend, 'markAttendance')).toEqual([]);
    await user.click(
      screen.getByRole('button', { name: fr.eventsAdmin.attendance.markAllConfirm }),
    );

    expect(payloadsOf(backend, 'markAttendance')).toEqual([
      { eventId: 'E1', uids: 'allRegistered' },
    ]);
    const status = (await screen.findByText('1 personne notée présente.')).closest(
      '[role="status"]',
    ) as HTMLElement;
    expect(within(status).getByText(fr.eventsAdmin.attendance.skippedTitle)).toBeInTheDocument();
    expect(
      within(status)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      `Hibou 3 : ${fr.eventsAdmin.attendance.reasons.noTeam}`,
      `Mésange 7 : ${fr.eventsAdmin.attendance.reasons.notRegistered}`,
      `Colibri 42 : ${fr.eventsAdmin.attendance.reasons.alreadyMarked}`,
    ]);
  });

  it('offers no marking before the event starts', async () => {
    await renderAdmin('/admin/events/E1');
    await screen.findByRole('table', { name: /Inscriptions à/ });
    expect(
      screen.getByText(/La présence se note à partir du début de l’événement/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Noter présent/ })).toBeNull();
  });
});
