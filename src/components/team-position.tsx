// A team's place on the leaderboard in words: its rank, then the gap to the team just above and
// just below in the season's measure. The leaderboard page and the captain's dashboard show it,
// from the team's own row (useOwnBoardRow), wherever on the board it lies.
import { useTranslation } from 'react-i18next';
import type { LeaderboardRow } from '../domain/game';
import { neighboursOf } from '../domain/leaderboard-view';
import type { RankingRule } from '../domain/season';
import { measureText, useFormats } from './formats';
import type { BoardPlace } from './use-board';
import type { Live } from './use-live';

export function TeamPosition({
  place,
  rule,
  teamCount,
  teamId,
  rankLine,
  className = 'plain-list',
}: {
  place: Live<BoardPlace | null>;
  rule: RankingRule;
  /** How many teams the whole board ranks. */
  teamCount: number;
  teamId: string;
  /** The first line, given the team's row, its rank and the number of teams, all formatted. */
  rankLine: (mine: LeaderboardRow, rank: string, count: string) => string;
  className?: string;
}) {
  const { t } = useTranslation();
  const formats = useFormats();
  if (place.status === 'loading') return <p role="status">{t('loading')}</p>;
  if (place.status === 'error') return <p>{t('leaderboard.mine.error')}</p>;
  const neighbours = place.data ? neighboursOf(place.data.around, rule, teamId, teamCount) : null;
  if (!neighbours) return <p>{t('leaderboard.mine.notRanked')}</p>;
  const { mine, above, below } = neighbours;
  return (
    <ul className={className}>
      <li>{rankLine(mine, formats.whole(mine.rank), formats.whole(neighbours.teamCount))}</li>
      {/* Only the first of the whole board leads; elsewhere a missing row above says nothing. */}
      {above || mine.rank === 1 ? (
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
      ) : null}
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
