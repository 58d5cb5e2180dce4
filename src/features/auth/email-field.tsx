// The address field of the sign-in pages: labelled, wired to its error, filled by the browser.
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/field';

export interface EmailFieldProps {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

export function EmailField({ value, error, onChange }: EmailFieldProps) {
  const { t } = useTranslation();
  return (
    <Field label={t('auth.email')} error={error}>
      {(control) => (
        <input
          {...control}
          name="email"
          type="email"
          autoComplete="email"
          required
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
