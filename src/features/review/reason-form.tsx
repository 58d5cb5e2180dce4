// The inline form that asks why (a rejection, a revocation): it takes focus when it opens, checks
// the reason with the domain schema (the error beside the field), and gives focus back on Cancel.
import type { CommandName, CommandPayload } from '../../domain/commands';
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { useCommandForm } from '../../components/use-command-form';

/** What `trigger` opens in place; the trigger gets focus back when it closes by hand. */
export function useOpener(trigger: RefObject<HTMLButtonElement | null>) {
  const [open, setOpen] = useState(false);
  const closedByHand = useRef(false);
  useEffect(() => {
    if (!open && closedByHand.current) {
      closedByHand.current = false;
      trigger.current?.focus();
    }
  }, [open, trigger]);
  return {
    open,
    show: () => setOpen(true),
    /** Closes; `refocus` gives focus back to the button that opened it. */
    hide: (refocus: boolean) => {
      closedByHand.current = refocus;
      setOpen(false);
    },
  };
}

export interface ReasonFormProps<N extends CommandName, T extends CommandPayload<N>> {
  /** Names the form and its field, e.g. "Reason for rejecting «Title»". */
  label: string;
  hint: string;
  submitLabel: string;
  schema: z.ZodType<T>;
  toInput: (reason: string) => unknown;
  command: N;
  onSent: (sent: T) => void;
  onCancel: () => void;
}

export function ReasonForm<N extends CommandName, T extends CommandPayload<N>>({
  label,
  hint,
  submitLabel,
  schema,
  toInput,
  command,
  onSent,
  onCancel,
}: ReasonFormProps<N, T>) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { errors, alert, submit, busy } = useCommandForm();
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => fieldRef.current?.focus(), []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = await submit(schema, toInput(reason), command);
    if (sent) onSent(sent);
  };

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <FormAlert alert={alert} />
      <Field label={label} hint={hint} error={errors.reason}>
        {(control) => (
          <textarea
            {...control}
            ref={fieldRef}
            rows={3}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
      <p className="inline-actions">
        <button type="submit" className="danger" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t('form.working') : submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('confirm.cancel')}
        </button>
      </p>
    </form>
  );
}
