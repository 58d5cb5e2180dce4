// Impact in words, everywhere it is shown: a range with its central value ("entre 1,1 et 1,9 t
// CO₂e, estimation centrale 1,5 t CO₂e"), one line per unit, never summed across units, with a
// link to the page that says how each figure is counted.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  amountsOf,
  displayedImpact,
  type CountedUnit,
  type ImpactAmount,
  type ImpactModel,
  type ImpactSource,
  type ImpactTotals,
} from '../domain/impact';
import type { ReportImpact } from '../domain/report';
import type { Season } from '../domain/season';
import { useLocale } from '../i18n/use-locale';
import { DataTable } from './data-table';
import type { Translate } from './use-command';

/** The parts of a range in the reader's language, masses scaled to g, kg or t ("… per year"). */
function rangeValues(
  t: Translate,
  number: Intl.NumberFormat,
  amount: ImpactAmount,
  perYear: boolean,
) {
  const shown = displayedImpact(amount);
  // A unit agrees with its number: "1 personne formée", "4 personnes formées".
  const unitFor = (count: number) => {
    const unit = t(`howWeCount.units.${shown.unit}`, { count });
    return perYear ? t('howWeCount.figure.perYear', { unit }) : unit;
  };
  return {
    single: shown.low === shown.high,
    values: {
      low: number.format(shown.low),
      central: number.format(shown.central),
      high: number.format(shown.high),
      /** After the high value; the central one has its own. */
      unit: unitFor(shown.high),
      centralUnit: unitFor(shown.central),
    },
  };
}

/** Turns ranges into words: long in prose, short in a table's cell. */
export function useImpactText() {
  const { t } = useTranslation();
  const locale = useLocale();
  return useMemo(() => {
    // Three significant digits: the ranges are estimates, and more would be false precision.
    const number = new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 });
    return (amount: ImpactAmount, style: 'long' | 'short' = 'long', perYear = false) => {
      const { single, values } = rangeValues(t, number, amount, perYear);
      if (single) return t('howWeCount.figure.single', values);
      return style === 'long'
        ? t('howWeCount.figure.range', values)
        : t('impact.shortRange', values);
    };
  }, [t, locale]);
}

/** A model's own figure in words: one completion's range, a yearly saving with its years. */
export function useModelText() {
  const { t } = useTranslation();
  const text = useImpactText();
  return useMemo(
    () => (model: ImpactModel) => {
      const yearly = model.unit === 'kgCO2ePerYear';
      const unit: CountedUnit = yearly ? 'kgCO2e' : (model.unit as CountedUnit);
      const amount = { unit, low: model.low, central: model.central, high: model.high };
      const range = text(amount, 'long', yearly);
      if (!yearly) return range;
      return t('howWeCount.figure.yearly', {
        range,
        years: t('howWeCount.figure.years', { count: model.years ?? 1 }),
      });
    },
    [t, text],
  );
}

/** A source as "publisher, year: title", the title a link to it. */
export function SourceLink({ source }: { source: ImpactSource }) {
  const { t } = useTranslation();
  return (
    <>
      {t('howWeCount.sourceBy', { publisher: source.publisher, year: source.year })}{' '}
      <a href={source.url}>{source.title}</a>
    </>
  );
}

/** Rule: participants see impact unless the season switched it off; organisers always do. */
export function impactShown(season: Pick<Season, 'showImpact'> | null, organiser = false) {
  return organiser || season?.showImpact !== false;
}

/** One line per unit, or what counts when no action with a figure has been approved yet. */
export function ImpactFigures({
  totals,
  none,
}: {
  totals: ImpactTotals | readonly ImpactAmount[] | undefined;
  /** Said when nothing with a figure counted yet. */
  none?: string;
}) {
  const { t } = useTranslation();
  const text = useImpactText();
  const amounts = Array.isArray(totals) ? totals : amountsOf(totals as ImpactTotals | undefined);
  return (
    <>
      {amounts.length === 0 ? (
        <p>{none ?? t('impact.none')}</p>
      ) : (
        <ul className="impact-figures">
          {amounts.map((amount) => (
            <li key={amount.unit}>{text(amount)}</li>
          ))}
        </ul>
      )}
      <p className="muted">
        {t('impact.neverSummed')} <Link href="/how-we-count">{t('impact.howWeCount')}</Link>
      </p>
    </>
  );
}

/** A section "Impact estimé" with its figures, a panel of its own or (level 3) part of one. */
export function ImpactSection({
  id,
  intro,
  totals,
  none,
  level = 2,
}: {
  id: string;
  intro: string;
  totals: ImpactTotals | readonly ImpactAmount[] | undefined;
  none?: string;
  level?: 2 | 3;
}) {
  const { t } = useTranslation();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section
      aria-labelledby={id}
      className={level === 2 ? 'panel impact-section' : 'impact-section'}
    >
      <Heading id={id}>{t('impact.title')}</Heading>
      <p>{intro}</p>
      <ImpactFigures totals={totals} none={none} />
    </section>
  );
}

/**
 * The report's "Impact estimé": the season's ranges by unit, how many approved actions had a
 * figure, and each company's ranges. Participants see it only when the season shows impact;
 * organisers always, told when participants do not.
 */
export function ReportImpactSection({
  impact,
  organiser,
  id,
  className,
}: {
  impact: ReportImpact;
  organiser: boolean;
  id: string;
  className: string;
}) {
  const { t } = useTranslation();
  const text = useImpactText();
  const whole = new Intl.NumberFormat(useLocale());
  if (!impactShown({ showImpact: impact.shown }, organiser)) return null;
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id}>{t('impact.title')}</h2>
      {impact.shown ? null : <p className="report-note">{t('impact.hiddenFromParticipants')}</p>}
      <p>{t('impact.season')}</p>
      <ImpactFigures totals={impact.season} />
      <p>
        {t('impact.actionsWithFigure', {
          count: impact.withFigure,
          value: whole.format(impact.withFigure),
        })}{' '}
        {t('impact.actionsWithoutFigure', {
          count: impact.withoutFigure,
          value: whole.format(impact.withoutFigure),
        })}
      </p>
      {impact.byCompany.length > 0 ? (
        <DataTable caption={t('impact.byCompanyCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('impact.company')}</th>
              <th scope="col">{t('impact.column')}</th>
            </tr>
          </thead>
          <tbody>
            {impact.byCompany.map((company) => (
              <tr key={company.companyName}>
                <th scope="row">{company.companyName}</th>
                <td>
                  <ul className="plain-list">
                    {company.amounts.map((amount) => (
                      <li key={amount.unit}>{text(amount, 'short')}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
    </section>
  );
}
