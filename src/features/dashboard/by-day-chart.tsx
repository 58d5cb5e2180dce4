// Approved actions by day: an inline SVG of stacked bars (by theme or by modality, the
// organiser's choice), a legend in words, and the same figures in a table for whoever needs one.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormats } from '../../components/formats';
import type { ChartFrame } from '../../domain/leaderboard-view';
import {
  countOf,
  stackKeys,
  stackedBars,
  type DayCounts,
  type StackBy,
} from './by-day-chart-model';
import { DataTable } from '../../components/data-table';

const FRAME: ChartFrame = { width: 720, height: 280, left: 48, right: 12, top: 16, bottom: 36 };
const STACKS: readonly StackBy[] = ['theme', 'modality'];

export function ByDayChart({ days }: { days: readonly DayCounts[] }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const id = useId();
  const [by, setBy] = useState<StackBy>('theme');
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return <p>{t('dashboard.chart.empty')}</p>;

  const keys = stackKeys(by);
  const chart = stackedBars(days, by, FRAME);
  const labelOf = (key: string) => t(by === 'theme' ? `themes.${key}` : `modalities.${key}`);
  const total = days.reduce((sum, day) => sum + day.approved, 0);
  const busiest = days.reduce((best, day) => (day.approved > best.approved ? day : best), first);
  const plotBottom = FRAME.height - FRAME.bottom;

  return (
    <figure className="by-day-chart">
      <fieldset className="stack-switch">
        <legend>{t('dashboard.chart.stackBy')}</legend>
        {STACKS.map((stack) => (
          <label key={stack}>
            <input
              type="radio"
              name={`${id}-stack`}
              value={stack}
              checked={by === stack}
              onChange={() => setBy(stack)}
            />{' '}
            {t(`dashboard.chart.stacks.${stack}`)}
          </label>
        ))}
      </fieldset>
      <figcaption id={`${id}-caption`}>{t(`dashboard.chart.description.${by}`)}</figcaption>
      <svg
        viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
        role="img"
        aria-label={t('dashboard.chart.label', {
          first: formats.day(first.day, 'long'),
          last: formats.day(last.day, 'long'),
          total: formats.whole(total),
          most: formats.whole(busiest.approved),
          busiest: formats.day(busiest.day, 'long'),
        })}
        aria-describedby={`${id}-caption`}
      >
        <g className="chart-axis">
          {chart.ticks.map((tick) => (
            <g key={tick.value}>
              <line x1={FRAME.left} x2={FRAME.width - FRAME.right} y1={tick.y} y2={tick.y} />
              <text x={FRAME.left - 6} y={tick.y} textAnchor="end" dominantBaseline="middle">
                {formats.whole(tick.value)}
              </text>
            </g>
          ))}
          {chart.dayTicks.map((tick) => (
            <text key={tick.day} x={tick.x} y={plotBottom + 22} textAnchor="middle">
              {formats.day(tick.day)}
            </text>
          ))}
        </g>
        {chart.bars.map((bar) => (
          <g key={bar.day}>
            {bar.segments.map((segment) => (
              <rect
                key={segment.key}
                className={`segment segment-${segment.key}`}
                x={bar.x}
                y={segment.y}
                width={bar.width}
                height={segment.height}
              />
            ))}
          </g>
        ))}
      </svg>
      <ul className="chart-legend" aria-label={t('dashboard.chart.legend')}>
        {keys.map((key) => (
          <li key={key}>
            <svg viewBox="0 0 10 10" aria-hidden="true" focusable="false">
              <rect className={`segment segment-${key}`} x={0} y={0} width={10} height={10} />
            </svg>{' '}
            {labelOf(key)}
          </li>
        ))}
      </ul>
      <details>
        <summary>{t('dashboard.chart.tableToggle')}</summary>
        <DataTable caption={t(`dashboard.chart.tableCaption.${by}`)}>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.chart.day')}</th>
              {keys.map((key) => (
                <th key={key} scope="col" className="number">
                  {labelOf(key)}
                </th>
              ))}
              <th scope="col" className="number">
                {t('dashboard.chart.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.day}>
                <th scope="row">
                  <time dateTime={day.day}>{formats.day(day.day, 'long')}</time>
                </th>
                {keys.map((key) => (
                  <td key={key} className="number">
                    {formats.whole(countOf(day, by, key))}
                  </td>
                ))}
                <td className="number">{formats.whole(day.approved)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </details>
    </figure>
  );
}
