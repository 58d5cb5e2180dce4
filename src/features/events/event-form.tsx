// The organiser's event form, checked with the schema the saveEvent callable uses: texts in both
// languages, times typed as wall-clock times of the chosen time zone, where, how many places and
// the action attendance validates.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { TimeZoneSelect } from '../../components/time-zone-select';
import { useCommandForm } from '../../components/use-command-form';
import { EVENT_KINDS, saveEventPayloadSchema } from '../../domain/events';
import { actionsOfSeason, groupByTheme } from '../../domain/review-queue';
import type { Season } from '../../domain/season';
import { useLocale } from '../../i18n/use-locale';
import { payloadFromValues, type EventFormValues } from './event-form-model';

export interface EventFormProps {
  /** null to create an event. */
  eventId: string | null;
  season: Season;
  initial: EventFormValues;
}

export function EventForm({ eventId, season, initial }: EventFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [, navigate] = useLocation();
  const [values, setValues] = useState(initial);
  const { errors, alert, submit, busy } = useCommandForm();
  const groups = groupByTheme(actionsOfSeason(season));
  const listed = groups.some((group) => group.actions.some((a) => a.id === values.actionId));

  const set = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const payload = payloadFromValues(values, { eventId, seasonId: season.id });
    const sent = await submit(saveEventPayloadSchema, payload, 'saveEvent');
    if (sent) navigate('/admin/events');
  };

  const text = (key: 'titleFr' | 'titleEn', path: string, label: string) => (
    <Field label={label} error={errors[path]}>
      {(control) => (
        <input
          {...control}
          type="text"
          autoComplete="off"
          maxLength={120}
          value={values[key]}
          onChange={(event) => set(key, event.target.value)}
        />
      )}
    </Field>
  );
  const description = (key: 'descriptionFr' | 'descriptionEn', path: string, label: string) => (
    <Field label={label} hint={t('eventsAdmin.form.descriptionHint')} error={errors[path]}>
      {(control) => (
        <textarea
          {...control}
          rows={4}
          maxLength={2000}
          value={values[key]}
          onChange={(event) => set(key, event.target.value)}
        />
      )}
    </Field>
  );
  const dateField = (key: 'startsAt' | 'endsAt') => (
    <Field label={t(`eventsAdmin.form.${key}`)} error={errors[key]}>
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
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="event-form">
        <Field label={t('eventsAdmin.form.kind')} error={errors.kind}>
          {(control) => (
            <select
              {...control}
              value={values.kind}
              onChange={(event) => {
                const kind = EVENT_KINDS.find((candidate) => candidate === event.target.value);
                if (kind) set('kind', kind);
              }}
            >
              {EVENT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`events.kinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>

        <fieldset className="group">
          <legend>{t('eventsAdmin.form.textsLegend')}</legend>
          <div className="field-row">
            {text('titleFr', 'title.fr', t('eventsAdmin.form.titleFr'))}
            {text('titleEn', 'title.en', t('eventsAdmin.form.titleEn'))}
          </div>
          {description('descriptionFr', 'description.fr', t('eventsAdmin.form.descriptionFr'))}
          {description('descriptionEn', 'description.en', t('eventsAdmin.form.descriptionEn'))}
        </fieldset>

        <fieldset className="group">
          <legend>{t('eventsAdmin.form.datesLegend', { timeZone: values.timeZone })}</legend>
          <Field
            label={t('eventsAdmin.form.timeZone')}
            hint={t('eventsAdmin.form.timeZoneHint')}
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
          <div className="field-row">
            {dateField('startsAt')}
            {dateField('endsAt')}
          </div>
        </fieldset>

        <fieldset className="group">
          <legend>{t('eventsAdmin.form.whereLegend')}</legend>
          <div className="field-row">
            <Field
              label={t('eventsAdmin.form.place')}
              hint={t('eventsAdmin.form.whereHint')}
              error={errors.place}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  maxLength={200}
                  value={values.place}
                  onChange={(event) => set('place', event.target.value)}
                />
              )}
            </Field>
            <Field
              label={t('eventsAdmin.form.onlineUrl')}
              hint={t('eventsAdmin.form.onlineUrlHint')}
              error={errors.onlineUrl}
            >
              {(control) => (
                <input
                  {...control}
                  type="url"
                  inputMode="url"
                  maxLength={2000}
                  value={values.onlineUrl}
                  onChange={(event) => set('onlineUrl', event.target.value)}
                />
              )}
            </Field>
          </div>
        </fieldset>

        <Field
          label={t('eventsAdmin.form.capacity')}
          hint={t('eventsAdmin.form.capacityHint')}
          error={errors.capacity}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={10000}
              step={1}
              value={values.capacity}
              onChange={(event) => set('capacity', event.target.value)}
            />
          )}
        </Field>

        <Field
          label={t('eventsAdmin.form.action')}
          hint={t('eventsAdmin.form.actionHint')}
          // The schema's message speaks of the season's catalogue: from a select it means "choose one".
          error={errors.actionId ? t('eventsAdmin.form.actionRequired') : undefined}
        >
          {(control) => (
            <select
              {...control}
              value={values.actionId}
              onChange={(event) => set('actionId', event.target.value)}
            >
              <option value="">{t('eventsAdmin.form.chooseAction')}</option>
              {values.actionId && !listed ? (
                <option value={values.actionId}>
                  {t('eventsAdmin.form.actionNotInSeason', { id: values.actionId })}
                </option>
              ) : null}
              {groups.map((group) => (
                <optgroup key={group.theme} label={t(`themes.${group.theme}`)}>
                  {group.actions.map((action) => (
                    <option key={action.id} value={action.id}>
                      {t('eventsAdmin.form.actionOption', {
                        title: action.title[locale],
                        points: t('catalogue.points', { count: action.points }),
                      })}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>

        <button type="submit" className="primary" disabled={busy} aria-busy={busy || undefined}>
          {busy
            ? t('form.working')
            : eventId
              ? t('eventsAdmin.form.save')
              : t('eventsAdmin.form.create')}
        </button>
      </form>
    </>
  );
}
