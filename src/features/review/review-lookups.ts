// Names and times as organisers read them: an action's title in the current language, a team's
// and a company's name, an organiser's email, a date in the season's time zone, an age.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { findAction } from '../../domain/catalogue';
import { seasonAction } from '../../domain/game';
import { ageOf } from '../../domain/review-queue';
import type { Season } from '../../domain/season';
import type { Team } from '../../domain/team';
import { useLocale } from '../../i18n/use-locale';
import { useAppStore } from '../../stores/store-context';

export interface Lookups {
  actionTitle(actionId: string): string;
  teamName(teamId: string, fallback?: string): string;
  companyName(companyId: string): string;
  /** The organiser's email when known, their uid otherwise. */
  personName(uid: string): string;
  /** A moment in the season's time zone. */
  dateTime(at: number): string;
  /** "3 hours ago", from `now`. */
  age(since: number, now: number): string;
}

export function useLookups(season: Season, teams: readonly Team[]): Lookups {
  const { t } = useTranslation();
  const locale = useLocale();
  const companies = useAppStore((state) => state.live.companies);
  const organisers = useAppStore((state) => state.live.organisers);
  return useMemo(() => {
    const teamsById = new Map(teams.map((team) => [team.id, team]));
    const companiesById = new Map(companies.map((company) => [company.id, company.name]));
    const emails = new Map(organisers.map((organiser) => [organiser.uid, organiser.email]));
    const dates = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: season.timeZone,
    });
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    return {
      // An action the season no longer lists still has its catalogue title.
      actionTitle: (actionId) =>
        (seasonAction(season, actionId) ?? findAction(actionId))?.title[locale] ?? actionId,
      teamName: (teamId, fallback) => teamsById.get(teamId)?.name ?? fallback ?? teamId,
      companyName: (companyId) =>
        companiesById.get(companyId) ??
        teams.find((team) => team.companyId === companyId)?.companyName ??
        companyId,
      personName: (uid) => emails.get(uid) ?? uid,
      dateTime: (at) => dates.format(at),
      age: (since, now) => {
        const { value, unit } = ageOf(since, now);
        return value === 0 ? t('review.justNow') : relative.format(value, unit);
      },
    } satisfies Lookups;
  }, [season, teams, companies, organisers, locale, t]);
}
