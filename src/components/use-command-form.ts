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
   * Validates `input` with `schema`, adding the errors the form found itself (`found`), and
   * shows them next to the fields; resolves to the parsed input, or null. An error on a path
   * the form does not show (`shown`, e.g. an id the page fills in) is the page's fault, not the
   * person's, and is said as such.
   */
  const check = <T>(
    schema: z.ZodType<T>,
    input: unknown,
    found: FieldErrors = {},
    shown: (path: string) => boolean = () => true,
  ): T | null => {
    const parsed = schema.safeParse(input);
    const all = { ...(parsed.success ? {} : fieldErrorsOf(parsed.error.issues, t)), ...found };
    setErrors(all);
    if (!parsed.success || Object.keys(all).length > 0) {
      const hidden = Object.keys(all).some((path) => !shown(path));
      alert.show(t(hidden ? 'commandErrors.invalid-argument' : 'form.fixErrors'));
      return null;
    }
    alert.clear();
    return parsed.data;
  };

  /**
   * Validates `input` (with the errors the form found itself, `found`) and sends it as command
   * `name` (busy under `key`); resolves to the parsed input once the function accepted it, or
   * null when the form or the function refused it.
   */
  const submit = async <N extends CommandName, T extends CommandPayload<N>>(
    schema: z.ZodType<T>,
    input: unknown,
    name: N,
    key: string = name,
    found: FieldErrors = {},
  ): Promise<T | null> => {
    const payload = check(schema, input, found);
    if (payload === null) return null;
    const result = await command.run(name, payload, key);
    if (!result.ok) {
      alert.show(commandFailureText(t, result));
      return null;
    }
    return payload;
  };

  return {
    errors,
    alert,
    check,
    submit,
    run: command.run,
    pending: command.pending,
    busy: command.busy,
  };
}
