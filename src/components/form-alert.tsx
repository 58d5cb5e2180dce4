// The summary above a form: announced when it changes, and focused after a failed submit so
// keyboard and screen-reader users land on what went wrong.
import { useEffect, useRef, useState } from 'react';

export function useFormAlert() {
  const [alert, setAlert] = useState<{ message: string | null; focusCount: number }>({
    message: null,
    focusCount: 0,
  });
  return {
    message: alert.message,
    /** Grows each time the summary should take focus. */
    focusCount: alert.focusCount,
    show: (message: string, options: { focus?: boolean } = {}) =>
      setAlert((current) => ({
        message,
        focusCount: current.focusCount + (options.focus === false ? 0 : 1),
      })),
    clear: () => setAlert((current) => ({ ...current, message: null })),
  };
}

export type FormAlertState = ReturnType<typeof useFormAlert>;

export function FormAlert({ alert }: { alert: FormAlertState }) {
  const ref = useRef<HTMLDivElement>(null);
  // Focus once the message is rendered: an empty summary is hidden and cannot take focus.
  useEffect(() => {
    if (alert.focusCount > 0) ref.current?.focus();
  }, [alert.focusCount]);
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="form-error">
      {alert.message}
    </div>
  );
}
