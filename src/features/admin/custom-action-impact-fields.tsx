// A custom action's impact: none, or a model the organiser gives (unit, range, assumption in both
// languages, source and grade), checked by the same schema as the catalogue's models.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/field';
import type { FieldErrors } from '../../components/validation-errors';
import { IMPACT_GRADES, IMPACT_UNITS, MAX_COUNTED_YEARS, SOURCE_YEARS } from '../../domain/impact';
import { emptyImpact, type ImpactValues } from './season-form-model';

export interface CustomActionImpactFieldsProps {
  index: number;
  impact: ImpactValues | null;
  errors: FieldErrors;
  onChange: (impact: ImpactValues | null) => void;
}

export function CustomActionImpactFields({
  index,
  impact,
  errors,
  onChange,
}: CustomActionImpactFieldsProps) {
  const { t } = useTranslation();
  const checkId = useId();
  const at = (path: string) => errors[`customActions.${index}.impact.${path}`];
  const set = (patch: Partial<ImpactValues>) => {
    if (impact) onChange({ ...impact, ...patch });
  };
  const text = (key: 'publisher' | 'title' | 'url', path: string, type = 'text') => (
    <Field label={t(`seasonForm.custom.impact.${key}`)} error={at(path)}>
      {(control) => (
        <input
          {...control}
          type={type}
          value={impact?.[key] ?? ''}
          onChange={(event) => set({ [key]: event.target.value })}
        />
      )}
    </Field>
  );
  const figure = (key: 'low' | 'central' | 'high') => (
    <Field label={t(`seasonForm.custom.impact.${key}`)} error={at(key)}>
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode="decimal"
          value={impact?.[key] ?? ''}
          onChange={(event) => set({ [key]: event.target.value })}
        />
      )}
    </Field>
  );

  return (
    <fieldset className="group">
      <legend>{t('seasonForm.custom.impact.legend')}</legend>
      <div className="check">
        <input
          id={checkId}
          type="checkbox"
          checked={impact !== null}
          onChange={(event) => onChange(event.target.checked ? emptyImpact() : null)}
        />
        <label htmlFor={checkId}>{t('seasonForm.custom.impact.give')}</label>
      </div>
      {impact ? (
        <>
          <div className="field-row">
            <Field label={t('seasonForm.custom.impact.unit')} error={at('unit')}>
              {(control) => (
                <select
                  {...control}
                  value={impact.unit}
                  onChange={(event) => set({ unit: event.target.value as ImpactValues['unit'] })}
                >
                  {IMPACT_UNITS.map((unit) => (
                    <option key={unit} value={unit}>
                      {t(`seasonForm.custom.impact.units.${unit}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {impact.unit === 'kgCO2ePerYear' ? (
              <Field label={t('seasonForm.custom.impact.years')} error={at('years')}>
                {(control) => (
                  <input
                    {...control}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={MAX_COUNTED_YEARS}
                    step={1}
                    value={impact.years}
                    onChange={(event) => set({ years: event.target.value })}
                  />
                )}
              </Field>
            ) : null}
            {figure('low')}
            {figure('central')}
            {figure('high')}
          </div>
          <div className="field-row">
            <Field label={t('seasonForm.custom.impact.assumptionFr')} error={at('assumption.fr')}>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  lang="fr"
                  value={impact.assumptionFr}
                  onChange={(event) => set({ assumptionFr: event.target.value })}
                />
              )}
            </Field>
            <Field label={t('seasonForm.custom.impact.assumptionEn')} error={at('assumption.en')}>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  lang="en"
                  value={impact.assumptionEn}
                  onChange={(event) => set({ assumptionEn: event.target.value })}
                />
              )}
            </Field>
          </div>
          <div className="field-row">
            {text('publisher', 'source.publisher')}
            {text('title', 'source.title')}
            <Field label={t('seasonForm.custom.impact.year')} error={at('source.year')}>
              {(control) => (
                <input
                  {...control}
                  type="number"
                  inputMode="numeric"
                  min={SOURCE_YEARS.min}
                  max={SOURCE_YEARS.max}
                  step={1}
                  value={impact.year}
                  onChange={(event) => set({ year: event.target.value })}
                />
              )}
            </Field>
            {text('url', 'source.url', 'url')}
            <Field label={t('seasonForm.custom.impact.grade')} error={at('grade')}>
              {(control) => (
                <select
                  {...control}
                  value={impact.grade}
                  onChange={(event) => set({ grade: event.target.value as ImpactValues['grade'] })}
                >
                  {IMPACT_GRADES.map((grade) => (
                    <option key={grade} value={grade}>
                      {t(`howWeCount.grades.${grade}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        </>
      ) : null}
    </fieldset>
  );
}
