// A <details> whose content is built only once opened: long lists and data tables that most
// visits never unfold cost no DOM (and no rendering, no listener) until someone asks for them.
// Closing it takes the content down again; state worth keeping lives above it.
import { useState, type ReactNode } from 'react';

export interface FoldedProps {
  summary: ReactNode;
  className?: string;
  children: () => ReactNode;
}

export function Folded({ summary, className, children }: FoldedProps) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? children() : null}
    </details>
  );
}
