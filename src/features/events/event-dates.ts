// An event's start and end as people read them: in the event's own time zone, which is named,
// so someone elsewhere knows which hour is meant.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeasonEvent } from '../../domain/events';
import { isValidTimeZone } from '../../domain/season';
import { useLocale } from '../../i18n/use-locale';

/** A zone the browser does not know would throw: such a time is shown in UTC, and says so. */
const knownZone = (timeZone: string) => (isValidTimeZone(timeZone) ? timeZone : 'UTC');

export function useEventDates() {
  const { t } = useTranslation();
  const locale = useLocale();
  return useMemo(
    () => ({
      /** "mardi 10 mars 2026, 09:30 – 12:30 (heure de Europe/Paris)". */
      range: (event: Pick<SeasonEvent, 'startsAt' | 'endsAt' | 'timeZone'>) => {
        const format = new Intl.DateTimeFormat(locale, {
          dateStyle: 'full',
          timeStyle: 'short',
          timeZone: knownZone(event.timeZone),
        });
        return `${format.formatRange(event.startsAt, event.endsAt)} (${t('events.inTimeZone', {
          timeZone: knownZone(event.timeZone),
        })})`;
      },
      /** The start alone, shorter: for tables and lists. */
      start: (event: Pick<SeasonEvent, 'startsAt' | 'timeZone'>) =>
        new Intl.DateTimeFormat(locale, {
          dateStyle: 'medium',
          timeStyle: 'short',
          timeZone: knownZone(event.timeZone),
        }).format(event.startsAt),
    }),
    [locale, t],
  );
}
