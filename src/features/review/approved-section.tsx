// Approved submissions, found by team or by words of the action, team or author, each with
// "Revoke" (and a reason) to take its points back. A season approves hundreds: they are fetched
// and listed only once the organiser unfolds the section.
import { useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Folded } from '../../components/folded';
import { useLiveCollection } from '../../components/use-live';
import { GAME_PATHS } from '../../domain/game';
import { matchesSearch, recentlyApprovedFirst } from '../../domain/review-queue';
import type { Season } from '../../domain/season';
import type { Team } from '../../domain/team';
import { asSubmission } from '../../stores/live-slice';
import type { Lookups } from './review-lookups';
import { RevokeControl } from './revoke-control';
import { SubmissionCard } from './submission-card';

/** How many matches are shown at once; a search narrows the rest down. */
const SHOWN = 20;

interface ApprovedProps {
  season: Season;
  teams: readonly Team[];
  lookups: Lookups;
  now: number;
}

export function ApprovedSection(props: ApprovedProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  return (
    <section aria-labelledby="approved-title">
      <h2 id="approved-title" ref={headingRef} tabIndex={-1}>
        {t('review.approved.title')}
      </h2>
      <Folded className="review-fold" summary={t('review.approved.open')}>
        {() => <ApprovedList {...props} headingRef={headingRef} />}
      </Folded>
    </section>
  );
}

function ApprovedList({
  season,
  teams,
  lookups,
  now,
  headingRef,
}: ApprovedProps & { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useTranslation();
  const approved = useLiveCollection(
    GAME_PATHS.submissions,
    [
      { field: 'seasonId', value: season.id },
      { field: 'status', value: 'approved' },
    ],
    asSubmission,
  );
  const ids = { query: useId(), hint: useId(), team: useId() };
  const [query, setQuery] = useState('');
  const [teamId, setTeamId] = useState('');
  const [status, setStatus] = useState('');
  // Revoked here and confirmed by the server: gone from the list at once, whenever the listener
  // tells of it (on a busy emulator, once seen 30 s later).
  const [revoked, setRevoked] = useState<ReadonlySet<string>>(new Set());

  const all =
    approved.status === 'ready'
      ? recentlyApprovedFirst(approved.data.filter((submission) => !revoked.has(submission.id)))
      : [];
  const matches = all.filter(
    (submission) =>
      (!teamId || submission.teamId === teamId) &&
      matchesSearch(
        [
          lookups.actionTitle(submission.actionId),
          lookups.teamName(submission.teamId, submission.teamName),
          submission.authorName,
        ],
        query,
      ),
  );

  return (
    <>
      {approved.status === 'loading' ? <p role="status">{t('loading')}</p> : null}
      {approved.status === 'error' ? <p>{t('review.loadError')}</p> : null}
      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{t('review.approved.find')}</legend>
          <div className="field">
            <label htmlFor={ids.query}>{t('review.approved.search')}</label>
            <input
              id={ids.query}
              type="search"
              enterKeyHint="search"
              value={query}
              aria-describedby={ids.hint}
              onChange={(event) => setQuery(event.target.value)}
            />
            <small id={ids.hint}>{t('review.approved.searchHint')}</small>
          </div>
          <div className="field">
            <label htmlFor={ids.team}>{t('review.fields.team')}</label>
            <select
              id={ids.team}
              value={teamId}
              onChange={(event) => setTeamId(event.target.value)}
            >
              <option value="">{t('review.filters.allTeams')}</option>
              {[...teams]
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                  </option>
                ))}
            </select>
          </div>
        </fieldset>
      </form>
      {/* No count before the list is there: "0 match" while it loads reads as an empty season. */}
      <p aria-live="polite">
        {approved.status === 'ready' ? (
          <>
            {t('review.approved.count', { count: matches.length })}{' '}
            {matches.length > SHOWN ? t('review.approved.more', { count: SHOWN }) : null}
          </>
        ) : null}
      </p>
      <p role="status">{status}</p>
      <ul className="card-list">
        {matches.slice(0, SHOWN).map((submission) => (
          <SubmissionCard key={submission.id} submission={submission} lookups={lookups} now={now}>
            <RevokeControl
              submission={submission}
              lookups={lookups}
              onRevoked={(message) => {
                setRevoked((ids) => new Set(ids).add(submission.id));
                setStatus(message);
                headingRef.current?.focus();
              }}
            />
          </SubmissionCard>
        ))}
      </ul>
    </>
  );
}
