// One action, whole: what it is worth, how often it counts, how to do it and what proof it asks.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from '../../components/use-document-title';
import { PickButton } from '../../components/pick-button';
import { findAction } from '../../domain/catalogue';
import { seasonAction, seasonActionModel } from '../../domain/game';
import { countsAsWithoutFigure, type ImpactModel } from '../../domain/impact';
import type { Modality } from '../../domain/themes';
import { impactShown, SourceLink, useModelText } from '../../components/impact-figures';
import { useLocale } from '../../i18n/use-locale';
import { useAppStore } from '../../stores/store-context';
import { SubmitForm } from './submit-form';

export function ActionPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const season = useAppStore((state) => state.live.season);
  // A season's own actions are not in the catalogue: they are found through the season.
  const action = findAction(id) ?? (season ? seasonAction(season, id) : undefined);
  useDocumentTitle(action ? action.title[locale] : t('action.notFound'));

  if (!action) {
    return (
      <>
        <h1>{t('action.notFound')}</h1>
        <Link href="/">{t('action.backToCatalogue')}</Link>
      </>
    );
  }
  const repeat =
    action.repeat.kind === 'upTo'
      ? t('repeat.upTo', { count: action.repeat.times })
      : t(`repeat.${action.repeat.kind}`);
  return (
    <article className={`action-page theme-${action.theme}`}>
      <p>
        <Link href="/">← {t('action.backToCatalogue')}</Link>
      </p>
      <h1>{action.title[locale]}</h1>
      <h2>{t('action.howTo')}</h2>
      <ol className="how-to">
        {action.howTo[locale].map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <h2>{t('action.details')}</h2>
      <dl className="details">
        <dt>{t('action.theme')}</dt>
        <dd>{t(`themes.${action.theme}`)}</dd>
        <dt>{t('action.modality')}</dt>
        <dd>{t(`modalities.${action.modality}`)}</dd>
        <dt>{t('action.points')}</dt>
        <dd>{t('catalogue.points', { count: action.points })}</dd>
        <dt>{t('action.scope')}</dt>
        <dd>{t(`scopes.${action.scope}`)}</dd>
        <dt>{t('action.proof')}</dt>
        <dd>{t(`proofs.${action.proof}`)}</dd>
        <dt>{t('action.repeat')}</dt>
        <dd>{repeat}</dd>
      </dl>
      {impactShown(season) ? (
        <ActionImpact model={seasonActionModel(season, action.id)} modality={action.modality} />
      ) : null}
      {/* Picks hold catalogue actions only. */}
      {findAction(action.id) ? (
        <PickButton actionId={action.id} actionTitle={action.title[locale]} />
      ) : null}
      <SubmitForm actionId={action.id} />
    </article>
  );
}

/** What one completion changes, with its assumption, source and grade; or what it counts as. */
function ActionImpact({ model, modality }: { model: ImpactModel | null; modality: Modality }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const modelText = useModelText();
  return (
    <section aria-labelledby="action-impact">
      <h2 id="action-impact">{t('action.impact.title')}</h2>
      {model ? (
        <dl className="details">
          <dt>{t('howWeCount.figureLabel')}</dt>
          <dd>{modelText(model)}</dd>
          <dt>{t('howWeCount.assumptionLabel')}</dt>
          <dd>{model.assumption[locale]}</dd>
          <dt>{t('howWeCount.sourceLabel')}</dt>
          <dd>
            <SourceLink source={model.source} />
          </dd>
          <dt>{t('howWeCount.gradeLabel')}</dt>
          <dd>{t(`howWeCount.grades.${model.grade}`)}</dd>
        </dl>
      ) : (
        <p>{t(`action.impact.${countsAsWithoutFigure({ modality })}`)}</p>
      )}
      <p>
        <Link href="/how-we-count">{t('impact.howWeCount')}</Link>
      </p>
    </section>
  );
}
