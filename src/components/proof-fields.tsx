// The fields of a submission, shared by "I did it" and "Fix and send again": the day it was done
// and the proof its action asks for, with the checks the functions make, run first in the form.
import type { CommandName, CommandPayload, CommandResult } from '../domain/commands';
import { TZDate } from '@date-fns/tz';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ProofKind } from '../domain/action';
import type { Season } from '../domain/season';
import { checkDoneAt, dayIn, PHOTO_TYPES, TEXT_PROOF_MAX } from '../domain/submission';
import { visibleLength } from '../domain/text';
import { Field } from './field';
import { Icon } from './icon';
import {
  browserPhotoCodec,
  PhotoError,
  preparePhoto,
  type PhotoCodec,
  type PreparedPhoto,
} from './photo';
import { commandFailureText } from './use-command';
import { useCommandForm } from './use-command-form';
import { errorWithin, type FieldErrors } from './validation-errors';

const DAY = 24 * 60 * 60 * 1000;

export interface ProofValues {
  /** The day it was done (YYYY-MM-DD) in the season's time zone, as the date input gives it. */
  day: string;
  text: string;
  url: string;
  photo: PreparedPhoto | null;
  /** A chosen photo is being checked and compressed. */
  photoWorking: boolean;
}

export type SeasonDates = Pick<Season, 'startsAt' | 'endsAt' | 'logBackDays' | 'timeZone'>;

/**
 * The days the form offers, in the season's time zone: from the season's start or the oldest day
 * the season lets one log back to, whichever is later, up to today.
 */
export function dayBounds(season: SeasonDates, now: number): { min: string; max: string } {
  const start = dayIn(season.timeZone, season.startsAt);
  const oldest = dayIn(season.timeZone, now - season.logBackDays * DAY);
  return { min: start > oldest ? start : oldest, max: dayIn(season.timeZone, now) };
}

/**
 * The moment sent for a chosen day: its last millisecond in the season's time zone, or now for
 * today, so every day the form offers passes checkDoneAt. NaN for a day that cannot be read.
 */
export function doneAtOfDay(day: string, now: number, timeZone: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return Number.NaN;
  const [year, month, date] = match.slice(1).map(Number) as [number, number, number];
  const endOfDay = new TZDate(year, month - 1, date, 23, 59, 59, 999, timeZone).getTime();
  return Math.min(endOfDay, now);
}

/** The fields the form shows; other paths of the payload are ids the page fills in. */
const isShownField = (path: string) =>
  path === 'doneAt' || path === 'proof' || path.startsWith('proof.');

export function emptyProofValues(day: string): ProofValues {
  return { day, text: '', url: '', photo: null, photoWorking: false };
}

/** The fields again from a submission kept on the device (one refused, taken back to fix). */
export function proofValuesOf(
  entry: { readonly payload: { readonly doneAt: number; readonly proof?: unknown } },
  timeZone: string,
): ProofValues {
  const values = emptyProofValues(dayIn(timeZone, entry.payload.doneAt));
  const proof = (entry.payload.proof ?? {}) as Record<string, unknown>;
  if (typeof proof.text === 'string') return { ...values, text: proof.text };
  if (typeof proof.url === 'string') return { ...values, url: proof.url };
  if (typeof proof.data === 'string' && isPhotoType(proof.type)) {
    // Its size in pixels is read by the preview itself.
    const bytes = Math.floor((proof.data.length * 3) / 4);
    return { ...values, photo: { type: proof.type, data: proof.data, bytes, width: 0, height: 0 } };
  }
  return values;
}

const isPhotoType = (type: unknown): type is PreparedPhoto['type'] =>
  (PHOTO_TYPES as readonly unknown[]).includes(type);

/** The proof as the callables take it; a missing photo is caught before this is sent. */
export function proofOf(kind: ProofKind, values: ProofValues): unknown {
  switch (kind) {
    case 'none':
      return { kind };
    case 'text':
      return { kind, text: values.text };
    case 'link':
      return { kind, url: values.url.trim() };
    case 'photo':
      return values.photo ? { kind, type: values.photo.type, data: values.photo.data } : { kind };
  }
}

/**
 * The proof form, built on useCommandForm: checks the fields (date rule, photo chosen, then the
 * payload schema), shows errors next to them, and sends the command; resolves to the function's
 * answer, or null when anything refused.
 */
export function useProofForm(season: SeasonDates, kind: ProofKind) {
  const { t } = useTranslation();
  const form = useCommandForm();

  /** The payload checked against the rules and the schema, or null with the errors shown. */
  const check = <S extends z.ZodType>(
    schema: S,
    values: ProofValues,
    ids: Record<string, string>,
  ): z.infer<S> | null => {
    if (values.photoWorking) return null;
    const now = Date.now();
    const doneAt = doneAtOfDay(values.day, now, season.timeZone);
    const found: Record<string, string> = {};
    if (Number.isNaN(doneAt)) {
      found.doneAt = t('validation.doneAt');
    } else {
      const refusal = checkDoneAt(doneAt, now, season);
      if (refusal)
        found.doneAt = t(`gameRefusals.${refusal}`, {
          count: season.logBackDays,
          days: season.logBackDays,
        });
    }
    if (kind === 'photo' && !values.photo) found.proof = t('submit.photoRequired');
    return form.check(
      schema,
      { ...ids, doneAt, proof: proofOf(kind, values) },
      found,
      isShownField,
    ) as z.infer<S> | null;
  };

  /** Checks, then sends the command; resolves to its answer, or null when anything refused. */
  const send = async <N extends CommandName>(
    name: N,
    schema: z.ZodType<CommandPayload<N>>,
    values: ProofValues,
    ids: Record<string, string>,
  ): Promise<{ data: CommandResult<N> | null } | null> => {
    const payload = check(schema, values, ids);
    if (payload === null) return null;
    const result = await form.run(name, payload);
    if (!result.ok) {
      form.alert.show(commandFailureText(t, result));
      return null;
    }
    return { data: result.data };
  };

  return { errors: form.errors, alert: form.alert, check, send, busy: form.busy };
}

export interface ProofFieldsProps {
  kind: ProofKind;
  season: SeasonDates;
  /** When the form opened, for the range of days it offers. */
  now: number;
  values: ProofValues;
  onChange: (patch: Partial<ProofValues>) => void;
  errors: FieldErrors;
  photoCodec?: PhotoCodec;
}

export function ProofFields({
  kind,
  season,
  now,
  values,
  onChange,
  errors,
  photoCodec = browserPhotoCodec,
}: ProofFieldsProps) {
  const { t } = useTranslation();
  const bounds = dayBounds(season, now);
  const textLength = visibleLength(values.text);
  return (
    <>
      <Field
        label={t('submit.doneAt')}
        hint={t('submit.doneAtHint', { count: season.logBackDays, timeZone: season.timeZone })}
        error={errors.doneAt}
      >
        {(control) => (
          <input
            {...control}
            type="date"
            required
            min={bounds.min}
            max={bounds.max}
            value={values.day}
            onChange={(event) => onChange({ day: event.target.value })}
          />
        )}
      </Field>
      {kind === 'text' ? (
        <Field
          label={t('submit.text')}
          hint={
            textLength <= TEXT_PROOF_MAX
              ? t('submit.textCount', { count: textLength, max: TEXT_PROOF_MAX })
              : t('submit.textOver', { count: textLength - TEXT_PROOF_MAX })
          }
          error={errorWithin(errors, 'proof')}
        >
          {(control) => (
            <textarea
              {...control}
              rows={5}
              required
              value={values.text}
              onChange={(event) => onChange({ text: event.target.value })}
            />
          )}
        </Field>
      ) : null}
      {kind === 'link' ? (
        <Field
          label={t('submit.url')}
          hint={t('submit.urlHint')}
          error={errorWithin(errors, 'proof')}
        >
          {(control) => (
            <input
              {...control}
              type="url"
              inputMode="url"
              required
              autoComplete="url"
              value={values.url}
              onChange={(event) => onChange({ url: event.target.value })}
            />
          )}
        </Field>
      ) : null}
      {kind === 'photo' ? (
        <PhotoField
          values={values}
          onChange={onChange}
          error={errorWithin(errors, 'proof')}
          codec={photoCodec}
        />
      ) : null}
      {kind === 'none' ? <p className="muted">{t('submit.honour')}</p> : null}
    </>
  );
}

function PhotoField({
  values,
  onChange,
  error,
  codec,
}: {
  values: ProofValues;
  onChange: (patch: Partial<ProofValues>) => void;
  error: string | undefined;
  codec: PhotoCodec;
}) {
  const { t, i18n } = useTranslation();
  const [refusal, setRefusal] = useState<string | null>(null);
  // Only the last file chosen may set the photo, however long an earlier one takes.
  const latest = useRef(0);

  const choose = async (file: File | undefined) => {
    latest.current += 1;
    const mine = latest.current;
    setRefusal(null);
    if (!file) {
      onChange({ photo: null, photoWorking: false });
      return;
    }
    onChange({ photo: null, photoWorking: true });
    try {
      const photo = await preparePhoto(file, codec);
      if (mine === latest.current) onChange({ photo, photoWorking: false });
    } catch (failure) {
      if (mine !== latest.current) return;
      setRefusal(
        t(`submit.photoErrors.${failure instanceof PhotoError ? failure.refusal : 'unreadable'}`),
      );
      onChange({ photo: null, photoWorking: false });
    }
  };

  const kilobytes = (bytes: number) =>
    new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 }).format(bytes / 1024);
  const photo = values.photo;
  return (
    <>
      {/* On a phone, straight to the camera (the file field below also offers the library). */}
      <p className="camera-choice">
        <label className="secondary camera-button">
          <Icon name="camera" /> {t('submit.takePhoto')}
          <input
            type="file"
            accept={PHOTO_TYPES.join(',')}
            capture="environment"
            className="visually-hidden"
            onChange={(event) => void choose(event.target.files?.[0])}
          />
        </label>
      </p>
      <Field label={t('submit.photo')} hint={t('submit.photoHint')} error={refusal ?? error}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept={PHOTO_TYPES.join(',')}
            required
            onChange={(event) => void choose(event.target.files?.[0])}
          />
        )}
      </Field>
      <p role="status" className="muted">
        {values.photoWorking
          ? t('submit.photoWorking')
          : photo
            ? photo.width
              ? t('submit.photoReady', {
                  width: photo.width,
                  count: photo.height,
                  size: kilobytes(photo.bytes),
                })
              : t('submit.photoKept', { size: kilobytes(photo.bytes) })
            : ''}
      </p>
      {values.photoWorking ? <progress aria-label={t('submit.photoWorking')} /> : null}
      {photo ? (
        <img
          src={`data:${photo.type};base64,${photo.data}`}
          alt={t('submit.photoPreview')}
          width={photo.width || undefined}
          height={photo.height || undefined}
          className="proof-photo"
        />
      ) : null}
    </>
  );
}
