// One custom action of a season: every field an action has, in both languages; its id follows
// from the English title.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/field';
import { errorWithin, type FieldErrors } from '../../components/validation-errors';
import { EFFORTS, PROOF_KINDS, SCOPES, pointsForEffort } from '../../domain/action';
import { MODALITIES, THEME_IDS } from '../../domain/themes';
import { CustomActionImpactFields } from './custom-action-impact-fields';
import { customActionId, type CustomActionValues } from './season-form-model';

const REPEAT_KINDS = ['once', 'upTo', 'daily'] as const;

export interface CustomActionFieldsProps {
  index: number;
  values: CustomActionValues;
  errors: FieldErrors;
  /** Moves focus to the first field once shown: for an action just added. */
  focusOnMount: boolean;
  onChange: (patch: Partial<CustomActionValues>) => void;
  onRemove: () => void;
}

export function CustomActionFields({
  index,
  values,
  errors,
  focusOnMount,
  onChange,
  onRemove,
}: CustomActionFieldsProps) {
  const { t } = useTranslation();
  const firstRef = useRef<HTMLSelectElement>(null);
  const focusFirst = useRef(focusOnMount);
  useEffect(() => {
    if (focusFirst.current) firstRef.current?.focus();
  }, []);

  const at = (path: string) => errors[`customActions.${index}.${path}`];
  const number = index + 1;
  const id = customActionId(values.titleEn);
  const line = (language: 'fr' | 'en', which: 0 | 1) => {
    const key = language === 'fr' ? 'howToFr' : 'howToEn';
    const lines = values[key];
    return (
      <Field
        label={t(`seasonForm.custom.howTo${which}`, { language: t(`languages.${language}`) })}
        error={at(`howTo.${language}.${which}`)}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            lang={language}
            value={lines[which]}
            onChange={(event) => {
              const next: [string, string] = [lines[0], lines[1]];
              next[which] = event.target.value;
              onChange({ [key]: next });
            }}
          />
        )}
      </Field>
    );
  };

  return (
    <fieldset className="group custom-action">
      <legend>
        {values.titleFr.trim()
          ? t('seasonForm.custom.legendNamed', { number, title: values.titleFr.trim() })
          : t('seasonForm.custom.legend', { number })}
      </legend>
      <div className="field-row">
        <Field label={t('action.theme')} error={at('theme')}>
          {(control) => (
            <select
              {...control}
              ref={firstRef}
              value={values.theme}
              onChange={(event) =>
                onChange({ theme: event.target.value as CustomActionValues['theme'] })
              }
            >
              {THEME_IDS.map((theme) => (
                <option key={theme} value={theme}>
                  {t(`themes.${theme}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('action.modality')} error={at('modality')}>
          {(control) => (
            <select
              {...control}
              value={values.modality}
              onChange={(event) =>
                onChange({ modality: event.target.value as CustomActionValues['modality'] })
              }
            >
              {MODALITIES.map((modality) => (
                <option key={modality} value={modality}>
                  {t(`modalities.${modality}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('seasonForm.custom.effort')} error={at('effort')}>
          {(control) => (
            <select
              {...control}
              value={values.effort}
              onChange={(event) =>
                onChange({ effort: event.target.value as CustomActionValues['effort'] })
              }
            >
              {EFFORTS.map((effort) => (
                <option key={effort} value={effort}>
                  {t(`efforts.${effort}`, { count: pointsForEffort(effort) })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('action.scope')} error={at('scope')}>
          {(control) => (
            <select
              {...control}
              value={values.scope}
              onChange={(event) =>
                onChange({ scope: event.target.value as CustomActionValues['scope'] })
              }
            >
              {SCOPES.map((scope) => (
                <option key={scope} value={scope}>
                  {t(`scopes.${scope}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('action.proof')} error={at('proof')}>
          {(control) => (
            <select
              {...control}
              value={values.proof}
              onChange={(event) =>
                onChange({ proof: event.target.value as CustomActionValues['proof'] })
              }
            >
              {PROOF_KINDS.map((proof) => (
                <option key={proof} value={proof}>
                  {t(`proofs.${proof}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t('action.repeat')}
          error={values.repeatKind === 'upTo' ? undefined : at('repeat')}
        >
          {(control) => (
            <select
              {...control}
              value={values.repeatKind}
              onChange={(event) =>
                onChange({ repeatKind: event.target.value as CustomActionValues['repeatKind'] })
              }
            >
              {REPEAT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`seasonForm.custom.repeat.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {values.repeatKind === 'upTo' ? (
          <Field
            label={t('seasonForm.custom.times')}
            error={errorWithin(errors, `customActions.${index}.repeat`)}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={2}
                max={31}
                step={1}
                value={values.repeatTimes}
                onChange={(event) => onChange({ repeatTimes: event.target.value })}
              />
            )}
          </Field>
        ) : null}
      </div>
      <div className="field-row">
        <Field label={t('seasonForm.custom.titleFr')} error={at('title.fr')}>
          {(control) => (
            <input
              {...control}
              type="text"
              lang="fr"
              value={values.titleFr}
              onChange={(event) => onChange({ titleFr: event.target.value })}
            />
          )}
        </Field>
        <Field
          label={t('seasonForm.custom.titleEn')}
          hint={t('seasonForm.custom.idHint', { id })}
          error={at('title.en') ?? at('id')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              lang="en"
              value={values.titleEn}
              onChange={(event) => onChange({ titleEn: event.target.value })}
            />
          )}
        </Field>
      </div>
      <div className="field-row">
        {line('fr', 0)}
        {line('fr', 1)}
      </div>
      <div className="field-row">
        {line('en', 0)}
        {line('en', 1)}
      </div>
      <CustomActionImpactFields
        index={index}
        impact={values.impact}
        errors={errors}
        onChange={(impact) => onChange({ impact })}
      />
      <button type="button" className="secondary" onClick={onRemove}>
        {t('seasonForm.custom.remove', { number })}
      </button>
    </fieldset>
  );
}
