// "How we count": every impact model in the open, by theme, with its figure, its assumption, its
// source and its grade, so anyone can check a figure; readable signed out.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from '../../components/use-document-title';
import { CATALOGUE } from '../../domain/catalogue';
import { SourceLink, useModelText } from '../../components/impact-figures';
import { IMPACT_GRADES } from '../../domain/impact';
import { impactModelOf } from '../../domain/impact-data';
import { THEME_IDS } from '../../domain/themes';
import { useLocale } from '../../i18n/use-locale';

export function HowWeCountPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const modelText = useModelText();
  useDocumentTitle(t('howWeCount.title'));

  const byTheme = useMemo(
    () =>
      THEME_IDS.map((theme) => ({
        theme,
        entries: CATALOGUE.filter((action) => action.theme === theme).flatMap((action) => {
          const model = impactModelOf(action.id);
          return model ? [{ action, model }] : [];
        }),
      })).filter((group) => group.entries.length > 0),
    [],
  );
  const withFigure = byTheme.reduce((sum, group) => sum + group.entries.length, 0);

  return (
    <>
      <h1>{t('howWeCount.title')}</h1>
      <p>{t('howWeCount.intro')}</p>
      <p>{t('howWeCount.summary', { count: withFigure, total: CATALOGUE.length })}</p>

      <h2>{t('howWeCount.gradesTitle')}</h2>
      <dl>
        {IMPACT_GRADES.map((grade) => (
          <div key={grade}>
            <dt>{t(`howWeCount.grades.${grade}`)}</dt>
            <dd>{t(`howWeCount.gradeMeaning.${grade}`)}</dd>
          </div>
        ))}
      </dl>

      {byTheme.map(({ theme, entries }) => (
        <section key={theme} aria-labelledby={`how-we-count-${theme}`}>
          <h2 id={`how-we-count-${theme}`}>{t(`themes.${theme}`)}</h2>
          <ul className="how-we-count-list">
            {entries.map(({ action, model }) => (
              <li key={action.id}>
                <h3>
                  <Link href={`/actions/${action.id}`}>{action.title[locale]}</Link>
                </h3>
                <dl>
                  <dt>{t('howWeCount.figureLabel')}</dt>
                  <dd>{modelText(model)}</dd>
                  <dt>{t('howWeCount.assumptionLabel')}</dt>
                  <dd>{model.assumption[locale]}</dd>
                  <dt>{t('howWeCount.sourceLabel')}</dt>
                  <dd>
                    <SourceLink source={model.source} />
                    {model.seeAlso && model.seeAlso.length > 0 ? (
                      <>
                        {' '}
                        {t('howWeCount.seeAlso')}
                        <ul>
                          {model.seeAlso.map((source) => (
                            <li key={source.url}>
                              <SourceLink source={source} />
                            </li>
                          ))}
                        </ul>
                      </>
                    ) : null}
                  </dd>
                  <dt>{t('howWeCount.gradeLabel')}</dt>
                  <dd>{t(`howWeCount.grades.${model.grade}`)}</dd>
                </dl>
              </li>
            ))}
          </ul>
        </section>
      ))}

      <h2>{t('howWeCount.withoutFigureTitle')}</h2>
      <p>{t('howWeCount.withoutFigure', { count: CATALOGUE.length - withFigure })}</p>
    </>
  );
}
