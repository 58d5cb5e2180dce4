// A table of figures that never widens the page: on a narrow screen it scrolls inside its own
// box, which then takes the keyboard focus (so it scrolls with the arrow keys) and shows a shadow
// on the side where more columns wait. The caption names the box for screen readers.
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';

export interface DataTableProps {
  caption: ReactNode;
  /** Classes beside `data-table` (e.g. "leaderboard-table"). */
  className?: string;
  captionClassName?: string;
  children: ReactNode;
}

export function DataTable({ caption, className, captionClassName, children }: DataTableProps) {
  const captionId = useId();
  const box = useRef<HTMLDivElement>(null);
  const scrolls = useScrolls(box);
  return (
    <div
      ref={box}
      className="table-scroll"
      role="region"
      aria-labelledby={captionId}
      // Focusable only when there is something to scroll to: a box that scrolls must be reachable
      // with the keyboard (axe's scrollable-region-focusable), which this rule does not know.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={scrolls ? 0 : undefined}
    >
      <table className={className ? `data-table ${className}` : 'data-table'}>
        <caption id={captionId} className={captionClassName}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

/**
 * Whether the element's content is wider than the element: measured after every render, before
 * the browser paints (so new rows or words are counted at once), and again whenever either
 * changes size (fonts, rotation).
 */
function useScrolls(ref: React.RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  const measure = useCallback(() => {
    const element = ref.current;
    if (element) setScrolls(element.scrollWidth > element.clientWidth + 1);
  }, [ref]);
  useLayoutEffect(measure);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [ref, measure]);
  return scrolls;
}
