// The search of the season's teams by the start of their name, each found team with its rank and
// measure from the board, wherever it lies on it.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { measureText, useFormats } from '../../components/formats';
import { TEAM_SEARCH_LIMIT, useTeamSearch } from '../../components/use-board';
import type { LeaderboardRow } from '../../domain/game';
import { measureOf } from '../../domain/ranking';
import type { RankingRule } from '../../domain/season';

export function TeamSearch({ rule, myTeamId }: { rule: RankingRule; myTeamId: string | null }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const id = useId();
  const [name, setName] = useState('');
  const { search, searched } = useTeamSearch();
  // The measure the teams are ranked by, as the table shows it (a rate as a percentage).
  const measureShown = (row: LeaderboardRow) =>
    rule === 'participation'
      ? t('leaderboard.search.participation', { value: formats.percent(row.participation) })
      : measureText(t, formats, rule, measureOf(row, rule));

  let answer = null;
  if (search.status === 'loading') {
    answer = <p>{t('loading')}</p>;
  } else if (search.status === 'error') {
    answer = <p>{t('leaderboard.search.error')}</p>;
  } else if (search.status === 'ready' && search.found.length === 0) {
    answer = <p>{t('leaderboard.search.none', { name: search.name.trim() })}</p>;
  } else if (search.status === 'ready') {
    answer = (
      <>
        <p id={`${id}-found`}>
          {t('leaderboard.search.found', {
            count: search.found.length,
            value: formats.whole(search.found.length),
            name: search.name.trim(),
          })}
          {search.found.length >= TEAM_SEARCH_LIMIT ? ` ${t('leaderboard.search.more')}` : null}
        </p>
        <ul className="plain-list team-search-results" aria-labelledby={`${id}-found`}>
          {search.found.map((team) => (
            <li key={team.teamId} aria-current={team.teamId === myTeamId ? 'true' : undefined}>
              <span className="team-search-rank">
                {team.row
                  ? t('leaderboard.search.rank', { rank: formats.whole(team.row.rank) })
                  : t('leaderboard.search.notRanked')}
              </span>{' '}
              <strong>{team.name}</strong>
              {team.teamId === myTeamId ? ` ${t('leaderboard.table.yourTeam')}` : null}
              {team.row ? <> · {measureShown(team.row)}</> : null} ·{' '}
              <span className="muted">{team.companyName}</span>
            </li>
          ))}
        </ul>
      </>
    );
  }

  return (
    <section aria-labelledby={`${id}-title`} className="team-search">
      <h2 id={`${id}-title`}>{t('leaderboard.search.title')}</h2>
      <form
        role="search"
        aria-labelledby={`${id}-title`}
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          searched(name);
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('leaderboard.search.label')}</label>
          <input
            id={`${id}-name`}
            type="search"
            enterKeyHint="search"
            value={name}
            autoComplete="off"
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <button type="submit" className="primary">
          {t('leaderboard.search.button')}
        </button>
      </form>
      <div aria-live="polite" className="team-search-answer">
        {answer}
      </div>
    </section>
  );
}
