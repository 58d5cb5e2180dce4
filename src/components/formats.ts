// Numbers and dates in the reader's language, and a ranking measure put into words.
import { useMemo } from 'react';
import type { Translate } from './use-command';
import { dayToUtc, displayedMeasure } from '../domain/leaderboard-view';
import type { RankingRule } from '../domain/season';
import { useLocale } from '../i18n/use-locale';

export function useFormats() {
  const locale = useLocale();
  return useMemo(() => {
    const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const shortDay = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    const longDay = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    return {
      whole: (value: number) => whole.format(value),
      oneDecimal: (value: number) => oneDecimal.format(value),
      percent: (value: number) => percent.format(value),
      list: (items: readonly string[]) => list.format(items),
      /** A calendar day (YYYY-MM-DD), short ("12 mars") or long ("12 mars 2026"). */
      day: (day: string, style: 'short' | 'long' = 'short') => {
        const time = dayToUtc(day);
        if (time === null) return day;
        return (style === 'short' ? shortDay : longDay).format(time);
      },
      /** An instant in the season's time zone. */
      dateTime: (time: number, timeZone: string | undefined) =>
        new Intl.DateTimeFormat(locale, {
          dateStyle: 'long',
          timeStyle: 'short',
          ...(timeZone ? { timeZone } : {}),
        }).format(time),
    };
  }, [locale]);
}

export type Formats = ReturnType<typeof useFormats>;

/** A measure of the season's rule, or a gap in it, in words: "12 points", "25 percentage points". */
export function measureText(t: Translate, formats: Formats, rule: RankingRule, value: number) {
  const count = displayedMeasure(rule, value);
  return t(`leaderboard.measure.${rule}`, {
    count,
    value: rule === 'average' ? formats.oneDecimal(count) : formats.whole(count),
  });
}
