// The leaderboard's two tables: the teams of the top or of one page with their three measures
// side by side, and the companies' roll-up.
import { useTranslation } from 'react-i18next';
import type { CompanyRollUp, LeaderboardRow } from '../../domain/game';
import { rowsByRank } from '../../domain/leaderboard-view';
import type { RankingRule } from '../../domain/season';
import { useFormats } from '../../components/formats';
import { DataTable } from '../../components/data-table';
import { useImpactText } from '../../components/impact-figures';
import { amountsOf } from '../../domain/impact';

const MEASURE_COLUMNS: readonly RankingRule[] = ['total', 'average', 'participation'];

export function LeaderboardTable({
  rows,
  companies,
  rankingRule,
  caption,
  myTeamId,
  withImpact = false,
}: {
  /** The rows shown: the top, or one page of the board. */
  rows: readonly LeaderboardRow[];
  /** Company names by id, for these rows. */
  companies: Readonly<Record<string, string>>;
  rankingRule: RankingRule;
  caption: string;
  myTeamId: string | null;
  /** Adds the impact column: each team's ranges, one line per unit. */
  withImpact?: boolean;
}) {
  const { t } = useTranslation();
  const formats = useFormats();
  const impactText = useImpactText();
  // The column the teams are ranked by says so to assistive technologies.
  const sortOf = (column: RankingRule) =>
    column === rankingRule ? ('descending' as const) : undefined;
  const measure = (row: LeaderboardRow, column: RankingRule) =>
    column === 'total'
      ? formats.whole(row.total)
      : column === 'average'
        ? formats.oneDecimal(row.average)
        : formats.percent(row.participation);

  return (
    <DataTable caption={caption} className="leaderboard-table">
      <thead>
        <tr>
          <th scope="col">{t('leaderboard.table.rank')}</th>
          <th scope="col">{t('leaderboard.table.team')}</th>
          <th scope="col">{t('leaderboard.table.company')}</th>
          {MEASURE_COLUMNS.map((column) => (
            <th key={column} scope="col" className="number" aria-sort={sortOf(column)}>
              {t(`leaderboard.table.${column}`)}
            </th>
          ))}
          {withImpact ? <th scope="col">{t('impact.column')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rowsByRank(rows).map((row) => {
          const mine = row.teamId === myTeamId;
          return (
            <tr
              key={row.teamId}
              className={mine ? 'my-team' : undefined}
              aria-current={mine ? 'true' : undefined}
            >
              <td className="number">{formats.whole(row.rank)}</td>
              <th scope="row">
                {row.name}
                {mine ? <strong> {t('leaderboard.table.yourTeam')}</strong> : null}
              </th>
              <td>{companies[row.companyId]}</td>
              {MEASURE_COLUMNS.map((column) => (
                <td key={column} className="number">
                  {measure(row, column)}
                </td>
              ))}
              {withImpact ? (
                <td className="impact-cell">
                  {amountsOf(row.impact).length === 0 ? (
                    t('impact.noFigure')
                  ) : (
                    <ul className="plain-list">
                      {amountsOf(row.impact).map((amount) => (
                        <li key={amount.unit}>{impactText(amount, 'short')}</li>
                      ))}
                    </ul>
                  )}
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}

/** The companies with the most points over all their teams, as the functions rolled them up. */
export function CompanyTable({ companies }: { companies: readonly CompanyRollUp[] }) {
  const { t } = useTranslation();
  const formats = useFormats();
  return (
    <DataTable caption={t('leaderboard.companies.caption')} className="leaderboard-table">
      <thead>
        <tr>
          <th scope="col">{t('leaderboard.companies.company')}</th>
          <th scope="col" className="number">
            {t('leaderboard.companies.teams')}
          </th>
          <th scope="col" className="number" aria-sort="descending">
            {t('leaderboard.companies.total')}
          </th>
          <th scope="col" className="number">
            {t('leaderboard.companies.averagePerTeam')}
          </th>
        </tr>
      </thead>
      <tbody>
        {companies.map((company) => (
          <tr key={company.companyId}>
            <th scope="row">{company.companyName}</th>
            <td className="number">{formats.whole(company.teams)}</td>
            <td className="number">{formats.whole(company.total)}</td>
            <td className="number">{formats.oneDecimal(company.averagePerTeam)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
