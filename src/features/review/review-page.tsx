// /admin/review: what organisers do while a season runs — review the queue, audit the honour
// system, revoke, correct and reconcile scores, and read the audit log.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from '../../components/use-document-title';
import { useLiveCollection } from '../../components/use-live';
import { PATHS } from '../../domain/paths';
import type { Season } from '../../domain/season';
import { asTeam } from '../../stores/live-slice';
import { useAppStore } from '../../stores/store-context';
import { ApprovedSection } from './approved-section';
import { AuditLogSection } from './audit-log-section';
import { AuditSampleSection } from './audit-sample-section';
import { HonourSection } from './honour-section';
import { OrganiserOnly } from '../../components/organiser-only';
import { QueueSection } from './queue-section';
import { useNow } from '../../components/use-now';
import { useLookups } from './review-lookups';
import { ScoreToolsSection } from './score-tools-section';
import './review.css';

export interface ReviewPageProps {
  /** The random source of the audit sample (uniform in [0, 1)); tests pass their own. */
  random?: () => number;
}

export function ReviewPage({ random = Math.random }: ReviewPageProps) {
  return (
    <OrganiserOnly titleKey="review.title" reservedKey="review.reserved">
      <Review random={random} />
    </OrganiserOnly>
  );
}

const SECTIONS = [
  ['queue-title', 'review.queue.title'],
  ['audit-sample-title', 'review.audit.title'],
  ['approved-title', 'review.approved.title'],
  ['honour-title', 'review.honour.title'],
  ['score-tools-title', 'review.scores.title'],
  ['audit-log-title', 'review.log.title'],
] as const;

function Review({ random }: { random: () => number }) {
  const { t } = useTranslation();
  useDocumentTitle(t('review.title'));
  const config = useAppStore((state) => state.live.config);
  const season = useAppStore((state) => state.live.season);
  return (
    <>
      <h1>{t('review.title')}</h1>
      <p>{t('review.intro')}</p>
      <p>
        <Link href="/admin">{t('review.backToAdmin')}</Link>
      </p>
      {season ? (
        <SeasonReview season={season} random={random} />
      ) : config && config.currentSeasonId === null ? (
        <p>{t('review.noSeason')}</p>
      ) : (
        <p role="status">{t('loading')}</p>
      )}
    </>
  );
}

function SeasonReview({ season, random }: { season: Season; random: () => number }) {
  const { t } = useTranslation();
  const teamsLive = useLiveCollection(
    PATHS.teams,
    [{ field: 'seasonId', value: season.id }],
    asTeam,
  );
  const teams = teamsLive.status === 'ready' ? teamsLive.data : NO_TEAMS;
  const lookups = useLookups(season, teams);
  const now = useNow();
  return (
    <>
      <p>{t('review.season', { name: season.name })}</p>
      <nav className="review-sections" aria-label={t('review.sections')}>
        <ul>
          {SECTIONS.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(key)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <QueueSection season={season} teams={teams} lookups={lookups} now={now} />
      <AuditSampleSection season={season} lookups={lookups} now={now} random={random} />
      <ApprovedSection season={season} teams={teams} lookups={lookups} now={now} />
      <HonourSection season={season} />
      <ScoreToolsSection season={season} teams={teams} />
      <AuditLogSection season={season} lookups={lookups} />
    </>
  );
}

const NO_TEAMS: readonly never[] = [];
