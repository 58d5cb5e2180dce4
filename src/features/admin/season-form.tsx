// The settings of a season, checked with the same schema the saveSeason callable uses; dates
// are typed as wall-clock times of the season's time zone.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { Field } from '../../components/field';
import { FormAlert, useFormAlert } from '../../components/form-alert';
import { TimeZoneSelect } from '../../components/time-zone-select';
import { commandFailureText, useCommand } from '../../components/use-command';
import {
  errorWithin,
  fieldErrorsOf,
  type FieldErrors,
  type Issue,
} from '../../components/validation-errors';
import {
  DEFAULT_FREEZE_DAYS_BEFORE_END,
  DELETION_POLICIES,
  RANKING_RULES,
  seasonSettingsSchema,
} from '../../domain/season';
import { CatalogueChoice } from './catalogue-choice';
import { CustomActionFields } from './custom-action-fields';
import {
  emptyCustomAction,
  settingsFromValues,
  type CustomActionValues,
  type SeasonFormValues,
} from './season-form-model';
import { useSeasonFormTexts } from '../../i18n/season-form-texts';

/** Checks without a key of their own: the repeat count, then text length. */
function keyFor(issue: Issue): string {
  if (issue.path.includes('repeat')) return 'validation.repeat';
  if (issue.code === 'too_small') return 'validation.textTooShort';
  if (issue.code === 'too_big') return 'validation.textTooLong';
  return 'validation.invalid';
}

export interface SeasonFormProps {
  /** null to create a season. */
  seasonId: string | null;
  initial: SeasonFormValues;
}

export function SeasonForm({ seasonId, initial }: SeasonFormProps) {
  useSeasonFormTexts();
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const nextKey = useRef(0);
  const addRef = useRef<HTMLButtonElement>(null);
  const alert = useFormAlert();
  const { run, busy } = useCommand();

  const set = <K extends keyof SeasonFormValues>(key: K, value: SeasonFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const changeCustom = (key: string, patch: Partial<CustomActionValues>) =>
    setValues((current) => ({
      ...current,
      customActions: current.customActions.map((action) =>
        action.key === key ? { ...action, ...patch } : action,
      ),
    }));
  const addCustom = () => {
    nextKey.current += 1;
    const key = `new-${nextKey.current}`;
    setAddedKey(key);
    set('customActions', [...values.customActions, emptyCustomAction(key)]);
  };
  const removeCustom = (key: string) => {
    set(
      'customActions',
      values.customActions.filter((action) => action.key !== key),
    );
    // Errors are keyed by position, which has just shifted.
    setErrors({});
    // The sub-form and its button are gone: keep the keyboard nearby.
    addRef.current?.focus();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = seasonSettingsSchema.safeParse(settingsFromValues(values));
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error.issues, t, keyFor));
      alert.show(t('form.fixErrors'));
      return;
    }
    setErrors({});
    alert.clear();
    const result = await run('saveSeason', { seasonId, settings: parsed.data });
    if (!result.ok) {
      alert.show(commandFailureText(t, result));
      return;
    }
    navigate('/admin');
  };

  const dateField = (
    key: 'startsAt' | 'endsAt' | 'freezeAt' | 'teamChangeCutoff',
    hint?: string,
  ) => (
    <Field label={t(`seasonForm.${key}`)} hint={hint} error={errors[key]}>
      {(control) => (
        <input
          {...control}
          type="datetime-local"
          value={values[key]}
          onChange={(event) => set(key, event.target.value)}
        />
      )}
    </Field>
  );

  return (
    <>
      <FormAlert alert={alert} />
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="season-form">
        <Field label={t('seasonForm.name')} hint={t('seasonForm.nameHint')} error={errors.name}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={values.name}
              onChange={(event) => set('name', event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('seasonForm.timeZone')}
          hint={t('seasonForm.timeZoneHint')}
          error={errors.timeZone}
        >
          {(control) => (
            <TimeZoneSelect
              control={control}
              value={values.timeZone}
              onChange={(zone) => set('timeZone', zone)}
            />
          )}
        </Field>

        <fieldset className="group">
          <legend>{t('seasonForm.datesLegend', { timeZone: values.timeZone })}</legend>
          <div className="field-row">
            {dateField('startsAt')}
            {dateField('endsAt')}
          </div>
          <div className="field-row">
            {dateField(
              'freezeAt',
              t('seasonForm.freezeAtHint', { count: DEFAULT_FREEZE_DAYS_BEFORE_END }),
            )}
            {dateField('teamChangeCutoff', t('seasonForm.teamChangeCutoffHint'))}
          </div>
        </fieldset>

        <fieldset className="group">
          <legend>{t('seasonForm.rulesLegend')}</legend>
          <div className="field-row">
            <Field
              label={t('seasonForm.logBackDays')}
              hint={t('seasonForm.logBackDaysHint')}
              error={errors.logBackDays}
            >
              {(control) => (
                <input
                  {...control}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={30}
                  step={1}
                  value={values.logBackDays}
                  onChange={(event) => set('logBackDays', event.target.value)}
                />
              )}
            </Field>
            <Field
              label={t('seasonForm.teamSizeCap')}
              hint={t('seasonForm.teamSizeCapHint')}
              error={errors.teamSizeCap}
            >
              {(control) => (
                <input
                  {...control}
                  type="number"
                  inputMode="numeric"
                  min={2}
                  max={200}
                  step={1}
                  value={values.teamSizeCap}
                  onChange={(event) => set('teamSizeCap', event.target.value)}
                />
              )}
            </Field>
          </div>
        </fieldset>

        <fieldset
          className="group"
          aria-describedby={errors.rankingRule ? 'ranking-rule-error' : undefined}
        >
          <legend>{t('seasonForm.rankingRule')}</legend>
          {RANKING_RULES.map((rule) => (
            <div key={rule} className="check">
              <input
                id={`ranking-${rule}`}
                type="radio"
                name="rankingRule"
                value={rule}
                checked={values.rankingRule === rule}
                aria-describedby={`ranking-${rule}-hint`}
                onChange={() => set('rankingRule', rule)}
              />
              <label htmlFor={`ranking-${rule}`}>{t(`rankingRules.${rule}.label`)}</label>
              <small id={`ranking-${rule}-hint`}>{t(`rankingRules.${rule}.hint`)}</small>
            </div>
          ))}
          {errors.rankingRule ? (
            <p id="ranking-rule-error" className="field-error">
              {errors.rankingRule}
            </p>
          ) : null}
        </fieldset>

        <fieldset className="group">
          <legend>{t('seasonForm.dataLegend')}</legend>
          <fieldset
            className="choices"
            aria-describedby={errors.deletionPolicy ? 'deletion-policy-error' : undefined}
          >
            <legend>{t('seasonForm.deletionPolicy')}</legend>
            {DELETION_POLICIES.map((policy) => (
              <div key={policy} className="check">
                <input
                  id={`deletion-${policy}`}
                  type="radio"
                  name="deletionPolicy"
                  value={policy}
                  checked={values.deletionPolicy === policy}
                  aria-describedby={`deletion-${policy}-hint`}
                  onChange={() => set('deletionPolicy', policy)}
                />
                <label htmlFor={`deletion-${policy}`}>
                  {t(`seasonForm.deletionPolicies.${policy}.label`)}
                </label>
                <small id={`deletion-${policy}-hint`}>
                  {t(`seasonForm.deletionPolicies.${policy}.hint`)}
                </small>
              </div>
            ))}
            {errors.deletionPolicy ? (
              <p id="deletion-policy-error" className="field-error">
                {errors.deletionPolicy}
              </p>
            ) : null}
          </fieldset>
          <Field
            label={t('seasonForm.photoRetentionDays')}
            hint={t('seasonForm.photoRetentionDaysHint')}
            error={errors.photoRetentionDays}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={1}
                max={365}
                step={1}
                value={values.photoRetentionDays}
                onChange={(event) => set('photoRetentionDays', event.target.value)}
              />
            )}
          </Field>
        </fieldset>

        <CatalogueChoice
          all={values.allActions}
          selected={values.actionIds}
          error={errorWithin(errors, 'actionIds')}
          onAllChange={(all) => set('allActions', all)}
          onSelectedChange={(selected) => set('actionIds', selected)}
        />

        <fieldset
          className="group"
          aria-describedby={errors.customActions ? 'custom-actions-error' : undefined}
        >
          <legend>{t('seasonForm.custom.legendAll')}</legend>
          <p className="muted">{t('seasonForm.custom.intro')}</p>
          {errors.customActions ? (
            <p id="custom-actions-error" className="field-error">
              {errors.customActions}
            </p>
          ) : null}
          {values.customActions.map((action, index) => (
            <CustomActionFields
              key={action.key}
              index={index}
              values={action}
              errors={errors}
              focusOnMount={action.key === addedKey}
              onChange={(patch) => changeCustom(action.key, patch)}
              onRemove={() => removeCustom(action.key)}
            />
          ))}
          <button ref={addRef} type="button" className="secondary" onClick={addCustom}>
            {t('seasonForm.custom.add')}
          </button>
        </fieldset>

        <div className="check">
          <input
            id="season-show-impact"
            type="checkbox"
            aria-describedby="season-show-impact-hint"
            checked={values.showImpact}
            onChange={(event) => set('showImpact', event.target.checked)}
          />
          <label htmlFor="season-show-impact">{t('seasonForm.showImpact')}</label>
          <small id="season-show-impact-hint">{t('seasonForm.showImpactHint')}</small>
        </div>

        <div className="check">
          <input
            id="season-company-domain-required"
            type="checkbox"
            aria-describedby="season-company-domain-required-hint"
            checked={values.companyDomainRequired}
            onChange={(event) => set('companyDomainRequired', event.target.checked)}
          />
          <label htmlFor="season-company-domain-required">
            {t('seasonForm.companyDomainRequired')}
          </label>
          <small id="season-company-domain-required-hint">
            {t('seasonForm.companyDomainRequiredHint')}
          </small>
        </div>

        <button type="submit" className="primary" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t('form.working') : seasonId ? t('seasonForm.save') : t('seasonForm.create')}
        </button>
      </form>
    </>
  );
}
