// The person's badges: earned ones say when, the others say how to earn them, in words.
import { useTranslation } from 'react-i18next';
import { progressBadges, type BadgeId, type ProgressSubmission } from '../../domain/progress';
import { STREAK_BADGE_WEEKS } from '../../domain/streaks';
import type { Modality, ThemeId } from '../../domain/themes';

type Translate = ReturnType<typeof useTranslation>['t'];

function badgeTexts(t: Translate, id: BadgeId): { name: string; rule: string } {
  if (id === 'all-themes') {
    return { name: t('progress.badges.allThemes'), rule: t('progress.badges.allThemesRule') };
  }
  if (id === 'streak') {
    return {
      name: t('progress.badges.streak'),
      rule: t('progress.badges.streakRule', { count: STREAK_BADGE_WEEKS }),
    };
  }
  if (id.startsWith('theme-')) {
    const theme = t(`themes.${id.slice('theme-'.length) as ThemeId}`);
    return {
      name: t('progress.badges.theme', { theme }),
      rule: t('progress.badges.themeRule', { theme }),
    };
  }
  const modality = id.slice('modality-'.length) as Modality;
  return {
    name: t(`progress.badges.modality.${modality}`),
    rule: t('progress.badges.modalityRule', { modality: t(`modalities.${modality}`) }),
  };
}

export function BadgeList({ submissions }: { submissions: readonly ProgressSubmission[] }) {
  const { t, i18n } = useTranslation();
  const badges = progressBadges(submissions);
  const earned = badges.filter((badge) => badge.earnedAt !== null).length;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });
  return (
    <section aria-labelledby="progress-badges">
      <h2 id="progress-badges">{t('progress.badges.title')}</h2>
      <p>{t('progress.badges.count', { count: earned, total: badges.length })}</p>
      <ul className="card-list">
        {badges.map((badge) => {
          const { name, rule } = badgeTexts(t, badge.id);
          return (
            <li key={badge.id} className="card" data-earned={badge.earnedAt !== null}>
              <h3>
                <span aria-hidden="true">{badge.earnedAt !== null ? '★ ' : '☆ '}</span>
                {name}
              </h3>
              <p>
                <strong>
                  {badge.earnedAt !== null
                    ? t('progress.badges.earned', { date: date.format(badge.earnedAt) })
                    : t('progress.badges.notYet')}
                </strong>
              </p>
              <p className="muted">{rule}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
