// Input schemas shared by the SPA (forms) and the callables (payload validation).
import { z } from 'zod';
import { ACTION_ID_PATTERN } from './action';
import { isCatalogueActionId } from './catalogue';
import { VALIDATION_MESSAGES_EN } from './validation-messages';

export const actionIdSchema = z
  .string({ error: 'actionId must be a string naming a catalogue action.' })
  .max(64, { error: 'actionId is too long: use the id of a catalogue action.' })
  .regex(ACTION_ID_PATTERN, {
    error: 'actionId must be lower-case words joined by hyphens, like "sob-buy-refurbished".',
  })
  .refine(isCatalogueActionId, {
    error: (issue) => `No action has the id "${String(issue.input)}": pick one from the catalogue.`,
  });

/** Payload of the pickAction and unpickAction callables. */
export const pickPayloadSchema = z.strictObject(
  { actionId: actionIdSchema },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unexpected field ${issue.keys.map((key) => `"${key}"`).join(', ')}: send only { actionId }.`
        : 'Send an object of the form { actionId: "…" }.',
  },
);
export type PickPayload = z.infer<typeof pickPayloadSchema>;

export const PASSWORD_MIN_LENGTH = 8;

/** Sign-up form; messages are i18n keys the SPA translates. */
export const signUpSchema = z.object({
  email: z.email({ error: 'errors.email' }),
  password: z.string().min(PASSWORD_MIN_LENGTH, { error: 'errors.passwordTooShort' }),
});

export const signInSchema = z.object({
  email: z.email({ error: 'errors.email' }),
  password: z.string().min(1, { error: 'errors.passwordRequired' }),
});

/** The address alone: a sign-in link, a password reset, the address a mailed link went to. */
export const emailOnlySchema = signUpSchema.pick({ email: true });

/** A new password, by the sign-up rule. */
export const newPasswordSchema = signUpSchema.pick({ password: true });

/** Turns a zod error into sentences a person can act on, each naming the field at fault. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const message = VALIDATION_MESSAGES_EN[issue.message] ?? issue.message;
      const path = issue.path.join('.');
      return path && !message.includes(path) ? `${path}: ${message}` : message;
    })
    .join(' ');
}

/** For callables that take no input: nothing but an empty object is accepted. */
export const emptyPayloadSchema = z.strictObject(
  {},
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unexpected field ${issue.keys.map((key) => `"${key}"`).join(', ')}: send an empty object.`
        : 'Send an empty object.',
  },
);
