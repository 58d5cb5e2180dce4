// /leaderboard: the top of the season's board as the store follows it (the live one for
// organisers, the public one for everybody else), so every change shows without a reload; the
// pages beyond the top, my team's place and the search by name are read only while shown.
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { useSeasonGate } from '../../components/season-page';
import { useDocumentTitle } from '../../components/use-document-title';
import type { Leaderboard } from '../../domain/game';
import { boardPageOf, frozenSince } from '../../domain/leaderboard-view';
import type { Season } from '../../domain/season';
import { seasonImpactUnits } from '../../domain/game';
import { impactShown, useImpactText } from '../../components/impact-figures';
import { amountsOf } from '../../domain/impact';
import { selectIsOrganiser, selectMembership } from '../../stores/app-store';
import { useAppStore, useLeaderboard } from '../../stores/store-context';
import { useFormats } from '../../components/formats';
import { TeamPosition } from '../../components/team-position';
import { useOwnBoardRow } from '../../components/use-board';
import { BoardTeams } from './board-pages';
import { CompanyTable } from './leaderboard-tables';
import { TeamSearch } from './team-search';
import { ProgressChart } from './progress-chart';
import './leaderboard.css';

export function LeaderboardPage() {
  const { t } = useTranslation();
  const membership = useAppStore(selectMembership);
  const leaderboard = useLeaderboard();
  useDocumentTitle(t('leaderboard.title'));
  const gate = useSeasonGate({
    path: '/leaderboard',
    signInFirst: t('leaderboard.signInFirst'),
    noSeason: t('leaderboard.noSeason'),
  });

  let body;
  if (!gate.open) {
    body = gate.body;
  } else if (!leaderboard) {
    body = <p>{t('leaderboard.noLeaderboard')}</p>;
  } else {
    body = (
      <LeaderboardBody
        leaderboard={leaderboard}
        season={gate.season}
        myTeamId={membership?.teamId ?? null}
      />
    );
  }

  return (
    <>
      <h1>{t('leaderboard.title')}</h1>
      {body}
    </>
  );
}

function LeaderboardBody({
  leaderboard,
  season,
  myTeamId,
}: {
  leaderboard: Leaderboard;
  season: Season;
  myTeamId: string | null;
}) {
  const { t } = useTranslation();
  const formats = useFormats();
  const organiser = useAppStore(selectIsOrganiser);
  const page = boardPageOf(new URLSearchParams(useSearch()).get('page'), leaderboard);
  const rows = leaderboard.rows;
  // Impact is a column beside the measures, never a ranking rule; shown where the season's
  // actions have figures and the season shows them.
  const withImpact = impactShown(season, organiser) && seasonImpactUnits(season).length > 0;
  const companiesShown = leaderboard.companyRollUp.length;

  return (
    <>
      <p className="leaderboard-rule">{t(`leaderboard.rule.${leaderboard.rankingRule}`)}</p>
      <p className={`leaderboard-status status-${leaderboard.status}`}>
        {t(`leaderboard.status.${leaderboard.status}`, {
          date: formats.dateTime(frozenSince(season, leaderboard), season.timeZone),
        })}{' '}
        <span className="muted">
          {t('leaderboard.updatedAt', {
            date: formats.dateTime(leaderboard.updatedAt, season.timeZone),
          })}
        </span>
      </p>
      {organiser && season.state === 'frozen' && leaderboard.status === 'live' ? (
        <p className="muted">{t('leaderboard.organiserView')}</p>
      ) : null}

      <MyTeamPosition leaderboard={leaderboard} myTeamId={myTeamId} withImpact={withImpact} />

      {/* Before the hundred rows of the top: on a phone, found without scrolling past them. */}
      {rows.length > 0 ? <TeamSearch rule={leaderboard.rankingRule} myTeamId={myTeamId} /> : null}

      <section aria-labelledby="teams-title">
        <h2 id="teams-title">{t('leaderboard.table.title')}</h2>
        {rows.length > 0 ? (
          <BoardTeams
            leaderboard={leaderboard}
            page={page}
            myTeamId={myTeamId}
            withImpact={withImpact}
          />
        ) : (
          <p>{t('leaderboard.noTeams')}</p>
        )}
      </section>

      {rows.length > 0 ? (
        <>
          <section aria-labelledby="companies-title">
            <h2 id="companies-title">{t('leaderboard.companies.title')}</h2>
            {leaderboard.companyCount > companiesShown ? (
              <p className="muted">
                {t('leaderboard.companies.shown', {
                  count: companiesShown,
                  value: formats.whole(companiesShown),
                  total: formats.whole(leaderboard.companyCount),
                })}
              </p>
            ) : null}
            <CompanyTable companies={leaderboard.companyRollUp} />
          </section>
          <section aria-labelledby="chart-title">
            <h2 id="chart-title">{t('leaderboard.chart.title')}</h2>
            <ProgressChart leaderboard={leaderboard} />
          </section>
        </>
      ) : null}
    </>
  );
}

/** Where the person's team stands, and how far it is from the teams just above and below. */
function MyTeamPosition({
  leaderboard,
  myTeamId,
  withImpact,
}: {
  leaderboard: Leaderboard;
  myTeamId: string | null;
  /** Also says what the team changed: on a phone the table's impact column is off-screen. */
  withImpact: boolean;
}) {
  const { t } = useTranslation();
  const impactText = useImpactText();
  const place = useOwnBoardRow(myTeamId);
  const impact = amountsOf(place.status === 'ready' ? place.data?.row.impact : undefined);
  const content = myTeamId ? (
    <TeamPosition
      place={place}
      rule={leaderboard.rankingRule}
      teamCount={leaderboard.teamCount}
      teamId={myTeamId}
      className="plain-list my-position"
      rankLine={(mine, rank, count) => t('leaderboard.mine.rank', { team: mine.name, rank, count })}
    />
  ) : (
    <p>
      {t('leaderboard.noTeam')} <Link href="/team">{t('leaderboard.noTeamLink')}</Link>
    </p>
  );

  return (
    <section aria-labelledby="my-team-title" className="panel my-team-position">
      <h2 id="my-team-title">{t('leaderboard.mine.title')}</h2>
      {content}
      {myTeamId && withImpact && impact.length > 0 ? (
        <p>
          {t('leaderboard.mine.impact', {
            impact: impact.map((amount) => impactText(amount, 'short')).join(' ; '),
          })}
        </p>
      ) : null}
    </section>
  );
}
