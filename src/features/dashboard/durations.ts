// How long something took, in the reader's language: "2 jours et 4 heures", "35 minutes".
import { useMemo } from 'react';
import { useLocale } from '../../i18n/use-locale';

/**
 * A duration cut into the two largest units that matter, for people to read: days and hours
 * from a day up, hours and minutes from an hour up, else whole minutes (at least 1).
 */
export function durationParts(ms: number): { unit: 'day' | 'hour' | 'minute'; value: number }[] {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  if (days > 0) {
    const rest = hours % 24;
    return rest > 0
      ? [
          { unit: 'day', value: days },
          { unit: 'hour', value: rest },
        ]
      : [{ unit: 'day', value: days }];
  }
  if (hours > 0) {
    const rest = minutes % 60;
    return rest > 0
      ? [
          { unit: 'hour', value: hours },
          { unit: 'minute', value: rest },
        ]
      : [{ unit: 'hour', value: hours }];
  }
  return [{ unit: 'minute', value: minutes }];
}

/** Formats a duration in milliseconds with `durationParts`, in the current locale. */
export function useDurationFormat() {
  const locale = useLocale();
  return useMemo(() => {
    const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    const units = {
      day: new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }),
      hour: new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'long' }),
      minute: new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }),
    };
    return (ms: number) =>
      list.format(durationParts(ms).map((part) => units[part.unit].format(part.value)));
  }, [locale]);
}
