// The queue: pending submissions, longest-waiting first, narrowed by filters (folded until
// wanted); approve or reject one, or tick several and approve them together (in batches the
// callable accepts).
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Folded } from '../../components/folded';
import { FormAlert, useFormAlert } from '../../components/form-alert';
import { commandFailureText, useCommand } from '../../components/use-command';
import { useLiveCollection } from '../../components/use-live';
import { GAME_PATHS, reviewPayloadSchema, type Submission } from '../../domain/game';
import {
  AGE_FILTERS,
  batchIds,
  filterQueue,
  isAgeFilter,
  oldestFirst,
  reviewOutcomeOf,
  type QueueFilter,
} from '../../domain/review-queue';
import type { Season } from '../../domain/season';
import type { Team } from '../../domain/team';
import { isThemeId, THEME_IDS } from '../../domain/themes';
import { asSubmission } from '../../stores/live-slice';
import { useAppStore } from '../../stores/store-context';
import { ReasonForm, useOpener } from './reason-form';
import type { Lookups } from './review-lookups';
import { SubmissionCard } from './submission-card';

/** How many pending submissions the queue shows at first, and adds with "show more". */
export const QUEUE_PAGE_SIZE = 25;

interface SectionProps {
  season: Season;
  teams: readonly Team[];
  lookups: Lookups;
  now: number;
}

export function QueueSection({ season, teams, lookups, now }: SectionProps) {
  const { t } = useTranslation();
  const pending = useLiveCollection(
    GAME_PATHS.submissions,
    [
      { field: 'seasonId', value: season.id },
      { field: 'status', value: 'pending' },
    ],
    asSubmission,
  );
  const [filter, setFilter] = useState<QueueFilter>({});
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState('');
  const alert = useFormAlert();
  const { run, pending: busyKey } = useCommand();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Oldest first, a page at a time: the queue is worked from the top, and a page stays light.
  const [limit, setLimit] = useState(QUEUE_PAGE_SIZE);
  const queue = pending.status === 'ready' ? oldestFirst(pending.data) : [];
  const matching = filterQueue(queue, filter, now);
  const shown = matching.slice(0, limit);
  const chosen = shown.filter((submission) => selected.has(submission.id));
  const allChosen = shown.length > 0 && chosen.length === shown.length;
  const activeFilters = Object.values(filter).filter(Boolean).length;
  const changeFilter = (next: QueueFilter) => {
    setFilter(next);
    setLimit(QUEUE_PAGE_SIZE);
  };

  const choose = (ids: readonly string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  /** After a decision the item leaves the list: focus goes to the queue's heading, not the page top. */
  const settle = (message: string) => {
    setStatus(message);
    headingRef.current?.focus();
  };

  const approve = async (ids: readonly string[], key: string) => {
    setStatus('');
    alert.clear();
    let changed = 0;
    let skipped = 0;
    for (const batch of batchIds(ids)) {
      const result = await run(
        'reviewSubmissions',
        { submissionIds: batch, decision: 'approve', reason: null },
        key,
      );
      if (!result.ok) {
        alert.show(commandFailureText(t, result), { focus: false });
        break;
      }
      const outcome = reviewOutcomeOf(result.data);
      changed += outcome.changed;
      skipped += outcome.skipped.length;
      choose(batch, false);
    }
    if (changed + skipped === 0) return;
    settle(
      [
        t('review.queue.approvedCount', { count: changed }),
        skipped > 0 ? t('review.queue.skippedCount', { count: skipped }) : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  };

  return (
    <section aria-labelledby="queue-title">
      <h2 id="queue-title" ref={headingRef} tabIndex={-1}>
        {t('review.queue.title')}
      </h2>
      {pending.status === 'loading' ? <p role="status">{t('loading')}</p> : null}
      {pending.status === 'error' ? <p>{t('review.loadError')}</p> : null}
      {/* Its selects list every team, company and waiting action: built when unfolded. The
          filter lives here, so it holds (and the count says so) while the fold is closed. */}
      <Folded
        className="review-fold"
        summary={
          activeFilters > 0
            ? `${t('review.filters.legend')} (${t('review.filters.active', { count: activeFilters })})`
            : t('review.filters.legend')
        }
      >
        {() => (
          <QueueFilters
            filter={filter}
            onChange={changeFilter}
            queue={queue}
            teams={teams}
            lookups={lookups}
          />
        )}
      </Folded>
      <p aria-live="polite">
        {t('review.queue.count', { count: queue.length })}{' '}
        {matching.length !== queue.length
          ? t('review.queue.shown', { count: matching.length })
          : null}
      </p>
      {activeFilters > 0 ? (
        <p>
          <button type="button" className="link-button" onClick={() => changeFilter({})}>
            {t('review.filters.clear')}
          </button>
        </p>
      ) : null}
      <FormAlert alert={alert} />
      <p role="status">{status}</p>
      {shown.length > 0 ? (
        <p className="inline-actions">
          <label className="check">
            <input
              type="checkbox"
              checked={allChosen}
              ref={(box) => {
                if (box) box.indeterminate = chosen.length > 0 && !allChosen;
              }}
              onChange={(event) =>
                choose(
                  shown.map((submission) => submission.id),
                  event.target.checked,
                )
              }
            />
            {t('review.queue.selectAll', { count: shown.length })}
          </label>
          <button
            type="button"
            className="primary"
            disabled={chosen.length === 0 || busyKey === 'bulk'}
            aria-busy={busyKey === 'bulk' || undefined}
            onClick={() =>
              void approve(
                chosen.map((submission) => submission.id),
                'bulk',
              )
            }
          >
            {t('review.queue.approveSelected', { count: chosen.length })}
          </button>
        </p>
      ) : pending.status === 'ready' ? (
        <p>{queue.length === 0 ? t('review.queue.empty') : t('review.queue.noMatch')}</p>
      ) : null}
      <ul className="card-list">
        {shown.map((submission) => (
          <QueueItem
            key={submission.id}
            submission={submission}
            lookups={lookups}
            now={now}
            selected={selected.has(submission.id)}
            onSelect={(on) => choose([submission.id], on)}
            busy={busyKey === `approve:${submission.id}`}
            onApprove={() => void approve([submission.id], `approve:${submission.id}`)}
            onRejected={() =>
              settle(
                t('review.queue.rejected', {
                  action: lookups.actionTitle(submission.actionId),
                  author: submission.authorName,
                }),
              )
            }
          />
        ))}
      </ul>
      {matching.length > shown.length ? (
        <div className="show-more">
          <p>{t('review.queue.onPage', { count: shown.length, total: matching.length })}</p>
          <button
            type="button"
            className="secondary"
            onClick={() => setLimit((current) => current + QUEUE_PAGE_SIZE)}
          >
            {t('review.queue.showMore', {
              count: Math.min(QUEUE_PAGE_SIZE, matching.length - shown.length),
            })}
          </button>
        </div>
      ) : null}
    </section>
  );
}

interface QueueItemProps {
  submission: Submission;
  lookups: Lookups;
  now: number;
  selected: boolean;
  onSelect: (on: boolean) => void;
  busy: boolean;
  onApprove: () => void;
  onRejected: () => void;
}

function QueueItem(props: QueueItemProps) {
  const { submission, lookups, now, selected, onSelect, busy, onApprove, onRejected } = props;
  const { t } = useTranslation();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const rejecting = useOpener(triggerRef);
  const title = lookups.actionTitle(submission.actionId);
  const whose = t('review.whose', { action: title, author: submission.authorName });
  return (
    <SubmissionCard
      submission={submission}
      lookups={lookups}
      now={now}
      // The visible word starts each accessible name, which adds whose submission it is.
      select={
        <label className="check review-select">
          <input
            type="checkbox"
            aria-label={`${t('review.queue.select')} ${whose}`}
            checked={selected}
            onChange={(event) => onSelect(event.target.checked)}
          />
          {t('review.queue.select')}
        </label>
      }
    >
      {rejecting.open ? (
        <ReasonForm
          label={t('review.queue.rejectReason', { action: title, author: submission.authorName })}
          hint={t('review.queue.rejectHint')}
          submitLabel={t('review.queue.rejectSubmit')}
          schema={reviewPayloadSchema}
          toInput={(reason) => ({
            submissionIds: [submission.id],
            decision: 'reject',
            // No reason at all is its own error: "say why, the person will read it".
            reason: reason.trim() === '' ? null : reason,
          })}
          command="reviewSubmissions"
          onSent={() => {
            rejecting.hide(false);
            onRejected();
          }}
          onCancel={() => rejecting.hide(true)}
        />
      ) : (
        <>
          <button
            type="button"
            className="primary"
            aria-label={`${t('review.queue.approve')} ${whose}`}
            aria-disabled={busy || undefined}
            aria-busy={busy || undefined}
            onClick={() => {
              if (!busy) onApprove();
            }}
          >
            {t('review.queue.approve')}
          </button>
          <button
            ref={triggerRef}
            type="button"
            className="secondary"
            aria-label={`${t('review.queue.reject')} ${whose}`}
            onClick={rejecting.show}
          >
            {t('review.queue.reject')}
          </button>
        </>
      )}
    </SubmissionCard>
  );
}

interface QueueFiltersProps {
  filter: QueueFilter;
  onChange: (filter: QueueFilter) => void;
  queue: readonly Submission[];
  teams: readonly Team[];
  lookups: Lookups;
}

function QueueFilters({ filter, onChange, queue, teams, lookups }: QueueFiltersProps) {
  const { t } = useTranslation();
  const companies = useAppStore((state) => state.live.companies);
  const byName = <T extends { name: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => a.name.localeCompare(b.name));
  // Actions offered are those waiting in the queue (and the one chosen, even once it is done).
  const actionIds = [
    ...new Set([...queue.map((submission) => submission.actionId), filter.actionId ?? '']),
  ].filter(Boolean);
  const actions = byName(actionIds.map((id) => ({ id, name: lookups.actionTitle(id) })));
  const set = (patch: QueueFilter) => onChange({ ...filter, ...patch });

  return (
    <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        {/* The fold's summary already says it on screen. */}
        <legend className="visually-hidden">{t('review.filters.legend')}</legend>
        <FilterSelect
          label={t('review.fields.theme')}
          all={t('review.filters.allThemes')}
          value={filter.theme}
          options={THEME_IDS.map((id) => ({ value: id, label: t(`themes.${id}`) }))}
          onChange={(value) => set({ theme: value && isThemeId(value) ? value : undefined })}
        />
        <FilterSelect
          label={t('review.fields.team')}
          all={t('review.filters.allTeams')}
          value={filter.teamId}
          options={byName(teams).map((team) => ({ value: team.id, label: team.name }))}
          onChange={(teamId) => set({ teamId })}
        />
        <FilterSelect
          label={t('review.fields.company')}
          all={t('review.filters.allCompanies')}
          value={filter.companyId}
          options={byName(companies).map((company) => ({ value: company.id, label: company.name }))}
          onChange={(companyId) => set({ companyId })}
        />
        <FilterSelect
          label={t('review.fields.action')}
          all={t('review.filters.allActions')}
          value={filter.actionId}
          options={actions.map((action) => ({ value: action.id, label: action.name }))}
          onChange={(actionId) => set({ actionId })}
        />
        <FilterSelect
          label={t('review.filters.age')}
          all={t('review.filters.anyAge')}
          value={filter.olderThan}
          options={Object.keys(AGE_FILTERS).map((age) => ({
            value: age,
            label: t(`review.filters.olderThan.${age}`),
          }))}
          onChange={(value) => set({ olderThan: value && isAgeFilter(value) ? value : undefined })}
        />
      </fieldset>
    </form>
  );
}

interface FilterSelectProps {
  label: string;
  /** The first option's text: it clears the filter. */
  all: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
}

/** One filter of the queue: a labelled select whose first option, "all", clears it. */
function FilterSelect({ label, all, value, options, onChange }: FilterSelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || undefined)}
      >
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
