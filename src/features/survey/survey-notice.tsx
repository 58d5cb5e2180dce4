// A banner on every page while the current season's survey is open and the signed-in member
// has not answered it yet, leading to /survey.
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { surveyIsOpen } from '../../domain/paths';
import { selectSeason, selectMembership, selectSession } from '../../stores/app-store';
import { useAppStore } from '../../stores/store-context';
import { useSurveyAnswer } from './survey-answer';

export function SurveyNotice() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const uid = useAppStore(selectSession).user?.uid ?? null;
  const season = useAppStore(selectSeason);
  const membership = useAppStore(selectMembership);
  const concerned = Boolean(season && surveyIsOpen(season) && membership && uid);
  const answer = useSurveyAnswer(concerned ? (season?.id ?? null) : null, uid);
  if (!concerned || location === '/survey') return null;
  if (answer.status !== 'ready' || answer.data !== null) return null;
  return (
    <section className="banner" aria-label={t('survey.noticeLabel')}>
      <p>{t('survey.noticeText')}</p>
      <Link href="/survey">{t('survey.noticeLink')}</Link>
    </section>
  );
}
