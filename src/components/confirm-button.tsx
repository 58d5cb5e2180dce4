// A button for what cannot be undone: the first press asks the question in place, the second
// does it, Cancel backs out. Focus moves to the confirmation and back, never to the page top.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmButtonProps {
  /** What the first button says (it may hold visually hidden context). */
  children: ReactNode;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  busy?: boolean;
  className?: string;
}

export function ConfirmButton({
  children,
  question,
  confirmLabel,
  onConfirm,
  busy = false,
  className = 'secondary',
}: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    (asking ? confirmRef : triggerRef).current?.focus();
  }, [asking]);

  const toggle = (next: boolean) => {
    moved.current = true;
    setAsking(next);
  };

  if (!asking) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className={className}
        // Not `disabled`: focus comes back here after confirming, and stays while it runs.
        aria-disabled={busy || undefined}
        aria-busy={busy || undefined}
        onClick={() => {
          if (!busy) toggle(true);
        }}
      >
        {children}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm-question">{question}</span>
      <button
        ref={confirmRef}
        type="button"
        className="danger"
        onClick={() => {
          toggle(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="secondary" onClick={() => toggle(false)}>
        {t('confirm.cancel')}
      </button>
    </span>
  );
}
