// The season's figures as the getSeasonReport callable computes them, shared by the organisers'
// dashboard and the final report, and the table that shows one breakdown with its bars.
import { useState } from 'react';
import type { SeasonReport } from '../domain/report';
import { useFormats } from './formats';
import { useCallableAnswer } from './use-callable-answer';
import type { CommandFailure } from './use-command';
import './season-report.css';
import { DataTable } from './data-table';

export type SeasonReportState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly report: SeasonReport; readonly refreshing: boolean }
  | { readonly status: 'failed'; readonly failure: CommandFailure };

/**
 * Asks for the report of a season (null: none to ask for) once, and again on `reload()`; while
 * a reload runs the previous figures stay shown, marked `refreshing`.
 */
export function useSeasonReport(seasonId: string | null) {
  const [version, setVersion] = useState(0);
  const answer = useCallableAnswer(
    'getSeasonReport',
    // Asked only with a season (the key is null without one).
    { seasonId: seasonId ?? '' },
    seasonId === null ? null : `${seasonId}:${version}`,
  );

  let state: SeasonReportState = { status: 'loading' };
  if (answer && answer.key.startsWith(`${seasonId}:`)) {
    const latest = answer.key === `${seasonId}:${version}`;
    if (answer.result.ok && answer.result.data) {
      state = { status: 'ready', report: answer.result.data, refreshing: !latest };
    } else if (answer.result.ok && latest) {
      // An answer that is no report (an older server): said as a failure that names no cause.
      state = { status: 'failed', failure: { ok: false, code: 'unknown', message: '' } };
    } else if (!answer.result.ok && latest) {
      state = { status: 'failed', failure: answer.result };
    }
  }
  return { state, reload: () => setVersion((value) => value + 1) };
}

export interface BreakdownRow {
  readonly key: string;
  readonly label: string;
  readonly value: number;
}

/**
 * A breakdown (by theme, by modality…) as a table: a count, its share of the total and a bar
 * the length of that share. The bar is drawn for the eye only; the numbers say it all in text.
 */
export function BreakdownTable({
  caption,
  labelHeader,
  valueHeader,
  shareHeader,
  totalLabel,
  rows,
}: {
  caption: string;
  labelHeader: string;
  valueHeader: string;
  shareHeader: string;
  totalLabel: string;
  rows: readonly BreakdownRow[];
}) {
  const formats = useFormats();
  const total = rows.reduce((sum, row) => sum + row.value, 0);
  const highest = Math.max(0, ...rows.map((row) => row.value));
  return (
    <DataTable caption={caption} className="breakdown-table">
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col" className="number">
            {valueHeader}
          </th>
          {/* One header over the share and its bar, so it is read once. */}
          <th scope="col" colSpan={2}>
            {shareHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={`breakdown-${row.key}`}>
            <th scope="row">{row.label}</th>
            <td className="number">{formats.whole(row.value)}</td>
            <td className="number">{total > 0 ? formats.percent(row.value / total) : '–'}</td>
            <td className="bar-cell">
              <svg
                className="bar"
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
              >
                <rect
                  x={0}
                  y={0}
                  height={10}
                  width={highest > 0 ? Math.round((row.value / highest) * 1000) / 10 : 0}
                />
              </svg>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{totalLabel}</th>
          <td className="number">{formats.whole(total)}</td>
          <td className="number">{total > 0 ? formats.percent(1) : '–'}</td>
          <td className="bar-cell" />
        </tr>
      </tfoot>
    </DataTable>
  );
}
