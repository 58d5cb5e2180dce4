// A streak, a person's or a team's: the last eight weeks drawn as squares (filled when an action
// was approved that week, this week last), and the streak in words beside them for everyone.
import { useTranslation } from 'react-i18next';
import { streakOf } from '../domain/streaks';
import { dayIn } from '../domain/submission';
import { useNow } from './use-now';

export function StreakLine({
  approvedDays,
  timeZone,
}: {
  /** The days (YYYY-MM-DD, on the season's calendar) of the approved submissions. */
  approvedDays: readonly string[];
  timeZone: string;
}) {
  const { t } = useTranslation();
  const streak = streakOf(approvedDays, dayIn(timeZone, useNow()));
  return (
    <p className="streak">
      <span className="streak-weeks" aria-hidden="true">
        {streak.recentWeeks.map((active, index) => (
          <span key={index} className={active ? 'streak-week on' : 'streak-week'} />
        ))}
      </span>{' '}
      <strong>{t('streak.title')}</strong>{' '}
      {streak.weeks === 0
        ? t('streak.none')
        : `${t('streak.weeks', { count: streak.weeks })}${
            streak.days > 1 ? ` (${t('streak.days', { count: streak.days })})` : ''
          }.`}
    </p>
  );
}
