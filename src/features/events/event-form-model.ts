// What the event form holds (text, as typed) and how it becomes the saveEvent payload the schema
// checks: times typed in the chosen time zone become instants, empty place or link become null.
import { epochToLocal, localToEpoch } from '../../components/time-zones';
import type { EventKind, SeasonEvent } from '../../domain/events';

export interface EventFormValues {
  kind: EventKind;
  titleFr: string;
  titleEn: string;
  descriptionFr: string;
  descriptionEn: string;
  timeZone: string;
  /** "YYYY-MM-DDTHH:mm", as <input type="datetime-local"> gives it, in `timeZone`. */
  startsAt: string;
  endsAt: string;
  place: string;
  onlineUrl: string;
  capacity: string;
  actionId: string;
}

export function emptyEventValues(timeZone: string): EventFormValues {
  return {
    kind: 'fresco',
    titleFr: '',
    titleEn: '',
    descriptionFr: '',
    descriptionEn: '',
    timeZone,
    startsAt: '',
    endsAt: '',
    place: '',
    onlineUrl: '',
    capacity: '20',
    actionId: '',
  };
}

/** A stored event back in the form, its times in its own time zone. */
export function valuesFromEvent(event: SeasonEvent): EventFormValues {
  return {
    kind: event.kind,
    titleFr: event.title.fr,
    titleEn: event.title.en,
    descriptionFr: event.description.fr,
    descriptionEn: event.description.en,
    timeZone: event.timeZone,
    startsAt: epochToLocal(event.startsAt, event.timeZone),
    endsAt: epochToLocal(event.endsAt, event.timeZone),
    place: event.place ?? '',
    onlineUrl: event.onlineUrl ?? '',
    capacity: String(event.capacity),
    actionId: event.actionId,
  };
}

/** An empty box is not zero: it stays NaN so the schema says what is missing. */
const wholeNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The saveEvent input, before the schema checks it. */
export function payloadFromValues(
  values: EventFormValues,
  ids: { eventId: string | null; seasonId: string },
) {
  return {
    eventId: ids.eventId,
    seasonId: ids.seasonId,
    kind: values.kind,
    title: { fr: values.titleFr, en: values.titleEn },
    description: { fr: values.descriptionFr, en: values.descriptionEn },
    startsAt: localToEpoch(values.startsAt, values.timeZone),
    endsAt: localToEpoch(values.endsAt, values.timeZone),
    timeZone: values.timeZone,
    place: orNull(values.place),
    onlineUrl: orNull(values.onlineUrl),
    capacity: wholeNumber(values.capacity),
    actionId: values.actionId,
  };
}
