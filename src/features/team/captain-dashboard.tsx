// What a captain needs to lead the team: its place on the leaderboard, who has not started,
// the themes still untouched, what awaits review, and where its points come from.
import { useTranslation } from 'react-i18next';
import { impactShown, ImpactSection } from '../../components/impact-figures';
import { TeamPosition } from '../../components/team-position';
import { useOwnBoardRow, type BoardPlace } from '../../components/use-board';
import type { Live } from '../../components/use-live';
import type { Leaderboard, Submission } from '../../domain/game';
import type { Team } from '../../domain/team';
import {
  actionTitleOf,
  membersWithoutSubmissions,
  pendingSubmissions,
  themeModalityGrid,
  untouchedThemes,
} from '../../domain/team-insights';
import { useLocale } from '../../i18n/use-locale';
import { selectSession } from '../../stores/app-store';
import { useAppStore, useLeaderboard } from '../../stores/store-context';
import './captain-dashboard.css';
import { ThemeGrid } from '../../components/theme-grid';
import { progressGrid } from '../../domain/progress';
import { NudgeSection } from './nudge-section';
import { ChatChannelSection } from '../../components/chat-channel-section';
import { StreakLine } from '../../components/streak-line';
import { counts } from '../../domain/scoring';
import { useCaptainTexts } from '../../i18n/captain-texts';

export interface CaptainDashboardProps {
  team: Team;
  submissions: Live<readonly Submission[]>;
}

export function CaptainDashboard({ team, submissions }: CaptainDashboardProps) {
  useCaptainTexts();
  const { t } = useTranslation();
  const leaderboard = useLeaderboard();
  // Read once for the place and the impact, which both come from the team's row.
  const place = useOwnBoardRow(team.id);

  let details;
  if (submissions.status === 'loading') {
    details = <p role="status">{t('loading')}</p>;
  } else if (submissions.status === 'error') {
    details = <p>{t('feed.error')}</p>;
  } else {
    details = <SubmissionInsights team={team} submissions={submissions.data} />;
  }

  return (
    <section aria-labelledby="captain-title" className="captain-dashboard">
      <h2 id="captain-title">{t('captain.title')}</h2>
      <p className="muted">{t('captain.intro')}</p>
      <section aria-labelledby="captain-rank-title">
        <h3 id="captain-rank-title">{t('captain.rank.title')}</h3>
        <TeamPositionSection leaderboard={leaderboard} place={place} teamId={team.id} />
      </section>
      <TeamImpactOf place={place} level={3} />
      {details}
    </section>
  );
}

/**
 * What the team's approved actions changed, as the leaderboard's rebuild rolled it up for the
 * team's row; nothing when the season does not show impact. The team page shows it to members,
 * the captain's dashboard (on the same page) to the captain.
 */
export function TeamImpact({ teamId, level }: { teamId: string; level: 2 | 3 }) {
  const season = useAppStore((state) => state.live.season);
  // The board is read only where the impact is shown.
  return impactShown(season) ? <OwnTeamImpact teamId={teamId} level={level} /> : null;
}

function OwnTeamImpact({ teamId, level }: { teamId: string; level: 2 | 3 }) {
  return <TeamImpactOf place={useOwnBoardRow(teamId)} level={level} />;
}

function TeamImpactOf({ place, level }: { place: Live<BoardPlace | null>; level: 2 | 3 }) {
  useCaptainTexts();
  const { t } = useTranslation();
  const season = useAppStore((state) => state.live.season);
  if (!impactShown(season)) return null;
  return (
    <ImpactSection
      id={`team-impact-${level}`}
      intro={t('impact.team')}
      totals={place.status === 'ready' ? place.data?.row.impact : undefined}
      level={level}
    />
  );
}

function TeamPositionSection({
  leaderboard,
  place,
  teamId,
}: {
  leaderboard: Leaderboard | null;
  place: Live<BoardPlace | null>;
  teamId: string;
}) {
  const { t } = useTranslation();
  if (!leaderboard) return <p>{t('captain.rank.noLeaderboard')}</p>;
  return (
    <TeamPosition
      place={place}
      rule={leaderboard.rankingRule}
      teamCount={leaderboard.teamCount}
      teamId={teamId}
      rankLine={(_mine, rank, count) => t('captain.rank.text', { rank, count })}
    />
  );
}

function SubmissionInsights({
  team,
  submissions,
}: {
  team: Team;
  submissions: readonly Submission[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const season = useAppStore((state) => state.live.season);
  const session = useAppStore(selectSession);
  const notStarted = membersWithoutSubmissions(team.members, submissions);
  const untouched = untouchedThemes(submissions);
  const pending = pendingSubmissions(submissions);
  const grid = themeModalityGrid(submissions);
  // How many actions fill each cell, for its tint; the cell says its points.
  const actions = progressGrid(submissions);
  const number = new Intl.NumberFormat(locale);
  const date = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    ...(season?.timeZone ? { timeZone: season.timeZone } : {}),
  });

  return (
    <>
      {season ? (
        <section aria-labelledby="captain-streak-title">
          <h3 id="captain-streak-title">{t('captain.streak.title')}</h3>
          <StreakLine
            approvedDays={submissions.filter(counts).map((submission) => submission.day)}
            timeZone={season.timeZone}
          />
        </section>
      ) : null}
      <div className="two-columns">
        <section aria-labelledby="captain-not-started-title">
          <h3 id="captain-not-started-title">{t('captain.notStarted.title')}</h3>
          {notStarted.length === 0 ? (
            <p>{t('captain.notStarted.none')}</p>
          ) : (
            <ul className="plain-list dashboard-list">
              {notStarted.map((member) => (
                <li key={member.uid}>{member.name}</li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="captain-untouched-title">
          <h3 id="captain-untouched-title">{t('captain.untouched.title')}</h3>
          {untouched.length === 0 ? (
            <p>{t('captain.untouched.none')}</p>
          ) : (
            <>
              <p>{t('captain.untouched.intro')}</p>
              <ul className="plain-list dashboard-list">
                {untouched.map((theme) => (
                  <li key={theme}>{t(`themes.${theme}`)}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>

      {session.user ? (
        <NudgeSection
          team={team}
          submissions={submissions}
          uid={session.user.uid}
          timeZone={season?.timeZone}
        />
      ) : null}

      <ChatChannelSection
        scope="team"
        seasonId={team.seasonId}
        teamId={team.id}
        timeZone={season?.timeZone}
      />

      <section aria-labelledby="captain-pending-title">
        <h3 id="captain-pending-title">{t('captain.pending.title')}</h3>
        {pending.length === 0 ? (
          <p>{t('captain.pending.none')}</p>
        ) : (
          <ul className="plain-list dashboard-list">
            {pending.map((submission) => (
              <li key={submission.id}>
                {t('captain.pending.item', {
                  author: submission.authorName,
                  action:
                    actionTitleOf(season, submission.actionId)?.[locale] ?? t('feed.unknownAction'),
                  date: date.format(submission.createdAt),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="captain-grid-title">
        <h3 id="captain-grid-title">{t('captain.grid.title')}</h3>
        <ThemeGrid
          caption={t('captain.grid.caption')}
          cell={(theme, modality) => ({
            count: actions[theme][modality].count,
            text: number.format(grid.cells[theme][modality]),
          })}
          totals={{
            label: t('captain.grid.total'),
            byTheme: (theme) => number.format(grid.byTheme[theme]),
            byModality: (modality) => number.format(grid.byModality[modality]),
            total: number.format(grid.total),
          }}
        />
      </section>
    </>
  );
}
