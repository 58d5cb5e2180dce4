// The one way a form sends a command: check the input with the domain schema (errors next to the
// fields, a focused summary), then call the function and put a refusal into words.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { CommandName, CommandPayload } from '../domain/commands';
import { useFormAlert } from './form-alert';
import { commandFailureText, useCommand } from './use-command';
import { fieldErrorsOf, type FieldErrors } from './validation-errors';

export function useCommandForm() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const alert = useFormAlert();
  const command = useCommand();

  /**
   * Validates `input` and sends it as command `name` (busy under `key`); resolves to the parsed
   * input once the function accepted it, or null when the form or the function refused it.
   */
  const submit = async <N extends CommandName, T extends CommandPayload<N>>(
    schema: z.ZodType<T>,
    input: unknown,
    name: N,
    key: string = name,
  ): Promise<T | null> => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error.issues, t));
      alert.show(t('form.fixErrors'));
      return null;
    }
    setErrors({});
    alert.clear();
    const result = await command.run(name, parsed.data, key);
    if (!result.ok) {
      alert.show(commandFailureText(t, result));
      return null;
    }
    return parsed.data;
  };

  return { errors, alert, submit, run: command.run, pending: command.pending, busy: command.busy };
}
