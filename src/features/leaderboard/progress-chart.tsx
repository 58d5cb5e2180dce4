// The top teams' cumulative points by day: an inline SVG (no chart library, no animation), with
// each line told apart by its dash pattern and its name as well as its colour, and the same data
// in a table for whoever prefers or needs one (built when opened, so the page stays light).
import { useTranslation } from 'react-i18next';
import type { Leaderboard } from '../../domain/game';
import {
  chartGeometry,
  cumulativeByDay,
  spreadLabels,
  type ChartFrame,
} from '../../domain/leaderboard-view';
import { measureText, useFormats } from '../../components/formats';
import { Folded } from '../../components/folded';
import { DataTable } from '../../components/data-table';

const FRAME: ChartFrame = { width: 720, height: 300, left: 48, right: 150, top: 16, bottom: 36 };
const LINE_STYLES = [
  { stroke: 'var(--sobriety)', dash: undefined },
  { stroke: 'var(--citizenship)', dash: '8 4' },
  { stroke: 'var(--respect)', dash: '2 4' },
  { stroke: 'var(--accessibility)', dash: '12 4 2 4' },
  { stroke: 'var(--diversity)', dash: '4 4' },
] as const;
const LABEL_GAP = 16;

const styleOf = (index: number) => LINE_STYLES[index % LINE_STYLES.length] ?? LINE_STYLES[0];

export function ProgressChart({ leaderboard }: { leaderboard: Leaderboard }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const chart = cumulativeByDay(leaderboard.topByDay, leaderboard.rows);
  const first = chart.days[0];
  const last = chart.days[chart.days.length - 1];
  if (first === undefined || last === undefined) {
    return <p>{t('leaderboard.chart.empty')}</p>;
  }

  const geometry = chartGeometry(chart, FRAME);
  const labelYs = spreadLabels(
    geometry.lines.map((line) => line.end.y),
    LABEL_GAP,
  );
  const summary = formats.list(
    chart.series.map((series) =>
      t('leaderboard.chart.lineSummary', {
        team: series.name,
        points: measureText(t, formats, 'total', series.points[series.points.length - 1] ?? 0),
      }),
    ),
  );
  const plotBottom = FRAME.height - FRAME.bottom;
  const plotRight = FRAME.width - FRAME.right;

  return (
    <figure className="progress-chart">
      <figcaption id="chart-description">{t('leaderboard.chart.description')}</figcaption>
      <svg
        viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
        role="img"
        aria-label={t('leaderboard.chart.label', {
          first: formats.day(first, 'long'),
          last: formats.day(last, 'long'),
          summary,
        })}
        aria-describedby="chart-description"
      >
        <g className="chart-axis">
          {geometry.ticks.map((tick) => (
            <g key={tick.value}>
              <line x1={FRAME.left} x2={plotRight} y1={tick.y} y2={tick.y} />
              <text x={FRAME.left - 6} y={tick.y} textAnchor="end" dominantBaseline="middle">
                {formats.whole(tick.value)}
              </text>
            </g>
          ))}
          {geometry.dayTicks.map((tick) => (
            <text key={tick.day} x={tick.x} y={plotBottom + 22} textAnchor="middle">
              {formats.day(tick.day)}
            </text>
          ))}
        </g>
        {geometry.lines.map((line, index) => {
          const style = styleOf(index);
          return (
            <g key={line.teamId} className="chart-line">
              <polyline
                points={line.points}
                fill="none"
                stroke={style.stroke}
                strokeWidth={3}
                strokeDasharray={style.dash}
                strokeLinejoin="round"
              />
              <circle cx={line.end.x} cy={line.end.y} r={4} fill={style.stroke} />
              <text
                x={plotRight + 10}
                y={labelYs[index] ?? line.end.y}
                dominantBaseline="middle"
                fill={style.stroke}
              >
                {line.name}
              </text>
            </g>
          );
        })}
      </svg>
      <Folded summary={t('leaderboard.chart.tableToggle')}>
        {() => (
          <DataTable caption={t('leaderboard.chart.tableCaption')} className="leaderboard-table">
            <thead>
              <tr>
                <th scope="col">{t('leaderboard.chart.day')}</th>
                {chart.series.map((series) => (
                  <th key={series.teamId} scope="col" className="number">
                    {series.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {chart.days.map((day, dayIndex) => (
                <tr key={day}>
                  <th scope="row">
                    <time dateTime={day}>{formats.day(day, 'long')}</time>
                  </th>
                  {chart.series.map((series) => (
                    <td key={series.teamId} className="number">
                      {formats.whole(series.points[dayIndex] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </Folded>
    </figure>
  );
}
