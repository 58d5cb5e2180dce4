// One action in a list: title linking to its page, theme, modality, points and the pick button.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Action } from '../domain/action';
import { useLocale } from '../i18n/use-locale';
import { PickButton } from './pick-button';

export function ActionCard({ action }: { action: Action }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = action.title[locale];
  return (
    <article className={`action-card theme-${action.theme}`} aria-labelledby={`title-${action.id}`}>
      <h3 id={`title-${action.id}`}>
        <Link href={`/actions/${action.id}`}>{title}</Link>
      </h3>
      <p className="action-meta">
        <span className="tag theme-tag">{t(`themes.${action.theme}`)}</span>
        <span className="tag">{t(`modalities.${action.modality}`)}</span>
        <span className="tag">{t('catalogue.points', { count: action.points })}</span>
        {action.scope === 'team' ? <span className="tag">{t('scopes.team')}</span> : null}
      </p>
      <p className="action-summary">{action.howTo[locale][0]}</p>
      <PickButton actionId={action.id} actionTitle={title} />
    </article>
  );
}
