// A team's place on the leaderboard in words: its rank, then the gap to the team just above and
// just below in the season's measure. The leaderboard page and the captain's dashboard show it.
import { useTranslation } from 'react-i18next';
import type { LeaderboardRow } from '../domain/game';
import { neighboursOf } from '../domain/leaderboard-view';
import type { RankingRule } from '../domain/season';
import { measureText, useFormats } from './formats';

export function TeamPosition({
  rows,
  rule,
  teamId,
  rankLine,
  className = 'plain-list',
}: {
  rows: readonly LeaderboardRow[];
  rule: RankingRule;
  teamId: string;
  /** The first line, given the team's row, its rank and the number of teams, all formatted. */
  rankLine: (mine: LeaderboardRow, rank: string, count: string) => string;
  className?: string;
}) {
  const { t } = useTranslation();
  const formats = useFormats();
  const neighbours = neighboursOf(rows, rule, teamId);
  if (!neighbours) return <p>{t('leaderboard.mine.notRanked')}</p>;
  const { mine, above, below, teamCount } = neighbours;
  return (
    <ul className={className}>
      <li>{rankLine(mine, formats.whole(mine.rank), formats.whole(teamCount))}</li>
      <li>
        {!above
          ? t('leaderboard.mine.leader')
          : above.behindBy === 0
            ? t('leaderboard.mine.tiedAbove', { team: above.row.name })
            : t('leaderboard.mine.above', {
                team: above.row.name,
                gap: measureText(t, formats, rule, above.behindBy),
              })}
      </li>
      {below ? (
        <li>
          {below.aheadBy === 0
            ? t('leaderboard.mine.tiedBelow', { team: below.row.name })
            : t('leaderboard.mine.below', {
                team: below.row.name,
                gap: measureText(t, formats, rule, below.aheadBy),
              })}
        </li>
      ) : null}
    </ul>
  );
}
