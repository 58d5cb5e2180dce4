// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Route } from 'wouter';
import {
  ALICE,
  DAY,
  openSeasonDocument,
  payloadsOf,
  renderForTest,
} from '../../components/render-for-test';
import { BackendError } from '../../data/backend';
import type { FakeBackend } from '../../data/fake-backend';
import { findAction } from '../../domain/catalogue';
import { EVENT_PATHS, type EventRegistration, type SeasonEvent } from '../../domain/events';
import fr from '../../i18n/fr.json';
import { EventsPage } from './events-page';
import { catchDownloads, textOf } from '../../components/downloads-for-test';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const NOW = Date.now();
const HOUR = 60 * 60 * 1000;
const SOBRIETY_ACTION = 'sob-read-footprint-study';
const CITIZENSHIP_ACTION = 'cit-learn-fact-checking';

type EventDoc = Omit<SeasonEvent, 'id'>;

function eventDoc(overrides: Partial<EventDoc> = {}): EventDoc {
  return {
    seasonId: 'S1',
    kind: 'fresco',
    title: { fr: 'Fresque du numérique', en: 'Digital collage' },
    description: { fr: 'Trois heures pour comprendre.', en: 'Three hours to understand.' },
    startsAt: NOW + 3 * DAY,
    endsAt: NOW + 3 * DAY + 3 * HOUR,
    timeZone: 'Europe/Paris',
    place: 'Salle Lovelace',
    onlineUrl: null,
    capacity: 12,
    actionId: SOBRIETY_ACTION,
    status: 'scheduled',
    registeredCount: 4,
    waitingCount: 0,
    attendedCount: 0,
    createdAt: NOW - 5 * DAY,
    updatedAt: NOW - 5 * DAY,
    ...overrides,
  };
}

const EVENTS: Record<string, EventDoc> = {
  // Upcoming, in New York time on a fixed day, online, with a description that looks like HTML.
  FRESCO: eventDoc({
    title: { fr: 'Fresque du numérique', en: 'Digital collage' },
    description: { fr: 'Venez <b>nombreux</b>.\nDeuxième ligne.', en: 'Come.' },
    startsAt: Date.UTC(2030, 5, 15, 14),
    endsAt: Date.UTC(2030, 5, 15, 16),
    timeZone: 'America/New_York',
    place: null,
    onlineUrl: 'https://visio.example.org/fresque',
    capacity: 12,
    registeredCount: 4,
  }),
  // Upcoming, sooner, full, with people waiting; validates a citizenship action.
  WEBINAR: eventDoc({
    kind: 'webinar',
    title: { fr: 'Webinaire désinformation', en: 'Disinformation webinar' },
    actionId: CITIZENSHIP_ACTION,
    capacity: 2,
    registeredCount: 2,
    waitingCount: 3,
    startsAt: NOW + DAY,
    endsAt: NOW + DAY + HOUR,
  }),
  CANCELLED: eventDoc({
    kind: 'meetup',
    title: { fr: 'Rencontre annulée', en: 'Cancelled meetup' },
    status: 'cancelled',
    startsAt: NOW + 2 * DAY,
    endsAt: NOW + 2 * DAY + HOUR,
  }),
  PAST: eventDoc({
    kind: 'talk',
    title: { fr: 'Conférence passée', en: 'Past talk' },
    startsAt: NOW - 2 * DAY,
    endsAt: NOW - 2 * DAY + HOUR,
  }),
  // Another season's: never shown.
  OTHER: eventDoc({ seasonId: 'S0', title: { fr: 'Autre saison', en: 'Other season' } }),
};

const titleOf = (id: string) => EVENTS[id]?.title.fr ?? id;

function registrationDoc(
  eventId: string,
  status: EventRegistration['status'],
  uid = 'uid-1',
): EventRegistration {
  return {
    eventId,
    seasonId: 'S1',
    uid,
    name: uid === 'uid-1' ? 'Colibri 42' : 'Mésange 7',
    status,
    requestedAt: NOW - DAY,
    attended: false,
  };
}

const registrationPath = (eventId: string, uid = 'uid-1') =>
  `${EVENT_PATHS.registrations}/${EVENT_PATHS.registrationId(eventId, uid)}`;

function seed(backend: FakeBackend) {
  backend.setDocument('config/app', { currentSeasonId: 'S1', hasOrganiser: true });
  backend.setDocument('seasons/S1', openSeasonDocument({}, NOW));
  for (const [id, data] of Object.entries(EVENTS)) {
    backend.setDocument(`${EVENT_PATHS.events}/${id}`, { ...data });
  }
  // Someone else's registration is not mine.
  backend.setDocument(registrationPath('FRESCO', 'uid-2'), {
    ...registrationDoc('FRESCO', 'registered', 'uid-2'),
  });
}

const renderEvents = (more?: (backend: FakeBackend) => void) =>
  renderForTest(<Route path="/events" component={EventsPage} />, {
    path: '/events',
    signedInAs: ALICE.email,
    seed: (backend) => {
      seed(backend);
      more?.(backend);
    },
  });

const cardOf = (id: string) => within(screen.getByRole('article', { name: titleOf(id) }));
const sectionOf = (name: string) => within(screen.getByRole('region', { name }) as HTMLElement);
const titlesIn = (name: string) =>
  sectionOf(name)
    .queryAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

describe('events page, the list', () => {
  it('lists the season’s upcoming events soonest first and the past ones apart', async () => {
    await renderEvents();
    await screen.findByRole('heading', { level: 2, name: fr.events.upcoming });
    expect(titlesIn(fr.events.upcoming)).toEqual([
      titleOf('WEBINAR'),
      titleOf('CANCELLED'),
      titleOf('FRESCO'),
    ]);
    expect(titlesIn(fr.events.past)).toEqual([titleOf('PAST')]);
    expect(screen.queryByText(titleOf('OTHER'))).not.toBeInTheDocument();
  });

  it('shows kind, times in the event’s zone, link, places, action and a description as text', async () => {
    await renderEvents();
    await screen.findByRole('heading', { level: 2, name: fr.events.upcoming });
    const card = cardOf('FRESCO');
    expect(card.getByText(fr.events.kinds.fresco)).toBeInTheDocument();
    // 14:00 UTC is 10:00 in New York in June.
    expect(
      card.getByText(/15 juin 2030.*10:00.*12:00 \(heure de America\/New_York\)/),
    ).toBeInTheDocument();
    const link = card.getByRole('link', { name: /visio\.example\.org/ });
    expect(link).toHaveAttribute('href', 'https://visio.example.org/fresque');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(card.getByText('8 places restantes sur 12')).toBeInTheDocument();
    const action = findAction(SOBRIETY_ACTION);
    expect(
      card.getByText(`${action?.title.fr} (${fr.themes.sobriety}), ${action?.points} points`),
    ).toBeInTheDocument();
    // Shown as typed: no markup is interpreted.
    expect(card.getByText(/Venez <b>nombreux<\/b>\./)).toBeInTheDocument();
    expect(document.querySelector('article b')).toBeNull();

    const full = cardOf('WEBINAR');
    expect(
      full.getByText('Complet (2 places) · 3 personnes en liste d’attente'),
    ).toBeInTheDocument();
    expect(
      full.getByRole('button', { name: `${fr.events.joinWaiting} de « ${titleOf('WEBINAR')} »` }),
    ).toBeInTheDocument();
  });

  it('says a season has no event yet in one line, without filters', async () => {
    renderForTest(<Route path="/events" component={EventsPage} />, {
      path: '/events',
      signedInAs: ALICE.email,
      seed: (backend) => {
        backend.setDocument('config/app', { currentSeasonId: 'S1', hasOrganiser: true });
        backend.setDocument('seasons/S1', openSeasonDocument({}, NOW));
      },
    });
    expect(await screen.findByText(fr.events.noneYet)).toBeInTheDocument();
    expect(screen.queryByLabelText(fr.events.kind)).not.toBeInTheDocument();
    expect(screen.queryByText(fr.events.noUpcoming)).not.toBeInTheDocument();
  });

  it('filters by kind and by the theme of the linked action', async () => {
    const { user } = await renderEvents();
    await screen.findByRole('heading', { level: 2, name: fr.events.upcoming });
    await user.selectOptions(screen.getByLabelText(fr.events.kind), fr.events.kinds.webinar);
    expect(titlesIn(fr.events.upcoming)).toEqual([titleOf('WEBINAR')]);
    expect(titlesIn(fr.events.past)).toEqual([]);
    expect(screen.getByText('1 événement')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText(fr.events.theme), fr.themes.sobriety);
    expect(titlesIn(fr.events.upcoming)).toEqual([]);
    expect(screen.getByText(fr.events.noUpcoming)).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText(fr.events.kind), fr.events.allKinds);
    expect(titlesIn(fr.events.upcoming)).toEqual([titleOf('CANCELLED'), titleOf('FRESCO')]);
    expect(titlesIn(fr.events.past)).toEqual([titleOf('PAST')]);

    await user.click(screen.getByRole('button', { name: fr.events.clearFilters }));
    expect(titlesIn(fr.events.upcoming)).toHaveLength(3);
    expect(screen.getByLabelText(fr.events.kind)).toHaveFocus();
  });

  it('says a cancelled event is cancelled and offers no registration for it', async () => {
    await renderEvents((backend) =>
      backend.setDocument(registrationPath('CANCELLED'), {
        ...registrationDoc('CANCELLED', 'registered'),
      }),
    );
    await screen.findByRole('heading', { level: 2, name: fr.events.upcoming });
    const card = cardOf('CANCELLED');
    expect(card.getByText(fr.events.cancelled)).toBeInTheDocument();
    expect(card.getByText(fr.events.cancelledText)).toBeInTheDocument();
    expect(card.queryByRole('button', { name: /inscrire|désinscrire|attente/ })).toBeNull();
    // A past event takes no registrations either.
    expect(cardOf('PAST').getByText(fr.events.closed)).toBeInTheDocument();
    expect(cardOf('PAST').queryByRole('button', { name: /S’inscrire/ })).toBeNull();
  });
});

describe('events page, registering', () => {
  it('sends registerForEvent and shows the place the registration document gives', async () => {
    const { backend, user } = await renderEvents((fake) =>
      fake.handle('registerForEvent', (data) => {
        const { eventId } = data as { eventId: string };
        fake.setDocument(registrationPath(eventId), { ...registrationDoc(eventId, 'registered') });
        return { status: 'registered' };
      }),
    );
    await screen.findByRole('heading', { level: 2, name: fr.events.upcoming });
    const card = cardOf('FRESCO');
    expect(card.getByText(fr.events.statuses.none)).toBeInTheDocument();
    await user.click(card.getByRole('button', { name: `S’inscrire à « ${titleOf('FRESCO')} »` }));

    expect(payloadsOf(backend, 'registerForEvent')).toEqual([{ eventId: 'FRESCO' }]);
    expect(await card.findByText(fr.events.statuses.registered)).toBeInTheDocument();
    expect(
      screen.getByText(`C’est noté : vous avez une place pour « ${titleOf('FRESCO')} ».`),
    ).toHaveAttribute('role', 'status');
    expect(
      card.getByRole('button', { name: `${fr.events.unregister} de « ${titleOf('FRESCO')} »` }),
    ).toHaveFocus();
    expect(sectionOf(fr.events.mine).getByText(titleOf('FRESCO'))).toBeInTheDocument();
  });

  it('shows the waiting list when the registration document says so', async () => {
    const { backend, user } = await renderEvents((fake) =>
      fake.handle('registerForEvent', (data) => {
        const { eventId } = data as { eventId: string };
        fake.setDocument(registrationPath(eventId), { ...registrationDoc(eventId, 'waiting') });
        return { status: 'waiting' };
      }),
    );
    await screen.findByRole('heading', { level: 2, name: fr.events.upcoming });
    const card = cardOf('WEBINAR');
    await user.click(card.getByRole('button', { name: /Rejoindre la liste d’attente/ }));

    expect(payloadsOf(backend, 'registerForEvent')).toEqual([{ eventId: 'WEBINAR' }]);
    expect(await card.findByText(fr.events.statuses.waiting)).toBeInTheDocument();
    expect(card.queryByText(fr.events.statuses.registered)).toBeNull();
    expect(
      screen.getByText(
        `C’est noté : l’événement « ${titleOf('WEBINAR')} » est complet, vous êtes en liste d’attente.`,
      ),
    ).toBeInTheDocument();
    expect(
      sectionOf(fr.events.mine).getByText(new RegExp(fr.events.mineStatuses.waiting)),
    ).toBeInTheDocument();
  });

  it('unregisters once confirmed, and the card goes back to no registration', async () => {
    const { backend, user } = await renderEvents((fake) => {
      fake.setDocument(registrationPath('FRESCO'), { ...registrationDoc('FRESCO', 'registered') });
      fake.handle('unregisterFromEvent', (data) => {
        fake.setDocument(registrationPath((data as { eventId: string }).eventId), null);
        return { status: null };
      });
    });
    await screen.findByRole('heading', { level: 2, name: fr.events.upcoming });
    const card = cardOf('FRESCO');
    expect(await card.findByText(fr.events.statuses.registered)).toBeInTheDocument();
    await user.click(card.getByRole('button', { name: /^Se désinscrire/ }));
    expect(payloadsOf(backend, 'unregisterFromEvent')).toEqual([]);
    await user.click(card.getByRole('button', { name: fr.events.unregisterConfirm }));

    expect(payloadsOf(backend, 'unregisterFromEvent')).toEqual([{ eventId: 'FRESCO' }]);
    expect(await card.findByText(fr.events.statuses.none)).toBeInTheDocument();
    expect(card.getByRole('button', { name: /^S’inscrire/ })).toBeInTheDocument();
    expect(sectionOf(fr.events.mine).getByText(fr.events.mineNone)).toBeInTheDocument();
  });

  it('words a refusal next to the event', async () => {
    const { user } = await renderEvents((fake) =>
      fake.handle('registerForEvent', () => {
        throw new BackendError('failed-precondition', 'Started.', {
          key: 'gameRefusals.eventClosed',
        });
      }),
    );
    await screen.findByRole('heading', { level: 2, name: fr.events.upcoming });
    await user.click(cardOf('FRESCO').getByRole('button', { name: /^S’inscrire/ }));
    expect(
      await cardOf('FRESCO').findByText(
        `${fr.commandErrors['failed-precondition']} ${fr.gameRefusals.eventClosed}`,
      ),
    ).toHaveAttribute('role', 'alert');
  });
});

describe('events page, calendar files', () => {
  it('downloads one event’s .ics', async () => {
    const downloads = catchDownloads();
    const { user } = await renderEvents();
    await screen.findByRole('heading', { level: 2, name: fr.events.upcoming });
    await user.click(
      cardOf('FRESCO').getByRole('button', { name: /Ajouter à mon agenda \(\.ics\)/ }),
    );
    expect(downloads.names).toEqual(['evenement-fresque-du-numerique.ics']);
    const text = await textOf(downloads.blobs[0]);
    expect(downloads.blobs[0]?.type).toBe('text/calendar;charset=utf-8');
    expect(text).toContain('UID:FRESCO@techforgood\r\n');
    expect(text).toContain('DTSTART:20300615T140000Z\r\n');
    expect(text).toContain('URL:https://visio.example.org/fresque\r\n');
  });

  it('lists my events, registered or waiting, and downloads them all in one file', async () => {
    const downloads = catchDownloads();
    const { user } = await renderEvents((backend) => {
      backend.setDocument(registrationPath('FRESCO'), {
        ...registrationDoc('FRESCO', 'registered'),
      });
      backend.setDocument(registrationPath('WEBINAR'), {
        ...registrationDoc('WEBINAR', 'waiting'),
      });
    });
    await screen.findByRole('heading', { level: 2, name: fr.events.mine });
    const mine = sectionOf(fr.events.mine);
    await waitFor(() => expect(mine.getAllByRole('listitem')).toHaveLength(2));
    const items = mine.getAllByRole('listitem').map((item) => item.textContent);
    expect(items[0]).toContain(titleOf('WEBINAR'));
    expect(items[0]).toContain(fr.events.mineStatuses.waiting);
    expect(items[1]).toContain(titleOf('FRESCO'));
    expect(items[1]).toContain(fr.events.mineStatuses.registered);

    await user.click(mine.getByRole('button', { name: fr.events.downloadAll }));
    expect(downloads.names).toEqual(['mes-evenements.ics']);
    const text = await textOf(downloads.blobs[0]);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain('UID:WEBINAR@techforgood');
    expect(text).toContain('UID:FRESCO@techforgood');
  });
});
