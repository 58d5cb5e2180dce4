// Copies a text to the clipboard and says so in a polite live region.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function CopyButton({ text, children }: { text: string; children: ReactNode }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async () => {
    let message: string;
    try {
      await navigator.clipboard.writeText(text);
      message = t('copy.copied');
    } catch {
      message = t('copy.failed');
    }
    setStatus(message);
    // Cleared after a while, so copying again is announced again.
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(''), 4000);
  };

  return (
    <>
      <button type="button" className="secondary" onClick={() => void copy()}>
        {children}
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
    </>
  );
}
