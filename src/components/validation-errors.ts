// Turns schema issues into one translated message per field, keyed by the field's path
// ("name", "customActions.0.title.en"), so each message can sit next to its field.
import type { z } from 'zod';
import type { Translate } from './use-command';

export type FieldErrors = Readonly<Record<string, string>>;
export type Issue = z.core.$ZodIssue;

/** Domain schemas give i18n keys; the few checks without one get a key from their kind. */
function defaultKey(issue: Issue): string {
  if (issue.code === 'too_small') return 'validation.textTooShort';
  if (issue.code === 'too_big') return 'validation.textTooLong';
  return 'validation.invalid';
}

export function fieldErrorsOf(
  issues: readonly Issue[],
  t: Translate,
  keyFor: (issue: Issue) => string = defaultKey,
): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (path in errors) continue;
    errors[path] = t(issue.message.startsWith('validation.') ? issue.message : keyFor(issue));
  }
  return errors;
}

/** The first error at this path or below it ("actionIds" also finds "actionIds.3"). */
export function errorWithin(errors: FieldErrors, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const key = Object.keys(errors).find((candidate) => candidate.startsWith(`${path}.`));
  return key ? errors[key] : undefined;
}
