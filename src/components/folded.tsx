// A <details> whose content is built only once opened: long lists and data tables that most
// visits never unfold cost no DOM (and no rendering) until someone asks for them.
import { useState, type ReactNode } from 'react';

export function Folded({ summary, children }: { summary: ReactNode; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? children() : null}
    </details>
  );
}
