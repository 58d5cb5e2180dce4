// Event documents as the listeners deliver them, typed as the domain's, with their ids.
import type { DocumentSnapshot } from '../../data/backend';
import type { EventRegistration, SeasonEvent } from '../../domain/events';

export const asEvent = (document: DocumentSnapshot): SeasonEvent =>
  ({ ...document.data, id: document.id }) as unknown as SeasonEvent;

export const asRegistration = (document: DocumentSnapshot): EventRegistration =>
  document.data as unknown as EventRegistration;
