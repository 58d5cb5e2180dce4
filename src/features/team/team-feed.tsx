// The team's feed: its approved actions, newest first, a page at a time, each with a one-tap
// reaction from team-mates. The reaction is asked of the functions; the listener brings the new
// count back.
import { useTranslation } from 'react-i18next';
import { FormAlert, useFormAlert } from '../../components/form-alert';
import type { Live } from '../../components/use-live';
import { commandFailureText, useCommand } from '../../components/use-command';
import type { Submission } from '../../domain/game';
import { actionTitleOf, hasReacted, reactionCount } from '../../domain/team-insights';
import { useLocale } from '../../i18n/use-locale';
import { selectSession } from '../../stores/app-store';
import { useAppStore } from '../../stores/store-context';
import './team-feed.css';

export interface TeamFeedProps {
  /** The approved submissions to show, in the feed's order (see useTeamSubmissions). */
  submissions: Live<readonly Submission[]>;
  /** Asks for the next page; null when every approved action is shown. */
  more: (() => void) | null;
  /** Whether the next page was asked and has not come yet. */
  loadingMore: boolean;
  /** Whether the person may react to team-mates' actions. */
  mayReact: boolean;
}

export function TeamFeed({ submissions, more, loadingMore, mayReact }: TeamFeedProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const season = useAppStore((state) => state.live.season);
  const myUid = useAppStore(selectSession).user?.uid ?? null;
  const alert = useFormAlert();
  const { run, pending } = useCommand();
  const number = new Intl.NumberFormat(locale);
  const date = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    ...(season?.timeZone ? { timeZone: season.timeZone } : {}),
  });

  const react = async (submission: Submission, on: boolean) => {
    const key = `react:${submission.id}`;
    if (pending === key) return;
    alert.clear();
    const result = await run('reactToSubmission', { submissionId: submission.id, on }, key);
    if (!result.ok) alert.show(commandFailureText(t, result), { focus: false });
  };

  let body;
  if (submissions.status === 'loading') {
    body = <p role="status">{t('loading')}</p>;
  } else if (submissions.status === 'error') {
    body = <p>{t('feed.error')}</p>;
  } else {
    const feed = submissions.data;
    body =
      feed.length === 0 ? (
        <p>{t('feed.empty')}</p>
      ) : (
        <ol className="plain-list team-feed">
          {feed.map((submission) => {
            const action =
              actionTitleOf(season, submission.actionId)?.[locale] ?? t('feed.unknownAction');
            const author = submission.authorName;
            const count = reactionCount(submission.reactions);
            const reacted = hasReacted(submission.reactions, myUid);
            const busy = pending === `react:${submission.id}`;
            return (
              <li key={submission.id} className="feed-item">
                <p>
                  {t('feed.item', { author, action })}{' '}
                  <time dateTime={new Date(submission.doneAt).toISOString()}>
                    {t('feed.doneOn', { date: date.format(submission.doneAt) })}
                  </time>
                </p>
                <p className="feed-meta">
                  <span className={`tag theme-tag theme-${submission.theme}`}>
                    {t(`themes.${submission.theme}`)}
                  </span>{' '}
                  <span className="muted">
                    {t('feed.points', {
                      count: submission.points,
                      value: number.format(submission.points),
                    })}
                  </span>
                </p>
                <p className="feed-reactions">
                  {/* One's own action is for team-mates to cheer. */}
                  {mayReact && submission.uid !== myUid ? (
                    <>
                      <button
                        type="button"
                        className="secondary"
                        aria-pressed={reacted}
                        aria-disabled={busy || undefined}
                        onClick={() => void react(submission, !reacted)}
                      >
                        {t('feed.react')}
                        <span className="visually-hidden">
                          {' '}
                          {t('feed.reactFor', { author, action })}
                        </span>
                      </button>{' '}
                    </>
                  ) : null}
                  <span>{t('feed.reactions', { count, value: number.format(count) })}</span>
                </p>
              </li>
            );
          })}
        </ol>
      );
  }
  const shown = submissions.status === 'ready' ? submissions.data.length : 0;

  return (
    <section aria-labelledby="feed-title">
      <h2 id="feed-title">{t('feed.title')}</h2>
      <p className="muted">{t('feed.intro')}</p>
      <FormAlert alert={alert} />
      {body}
      {shown > 0 ? (
        <p role="status" className="muted">
          {t('feed.shown', { count: shown, value: number.format(shown) })}
        </p>
      ) : null}
      {shown > 0 && more ? (
        <button
          type="button"
          className="secondary"
          aria-disabled={loadingMore || undefined}
          onClick={() => {
            if (!loadingMore) more();
          }}
        >
          {t('feed.more')}
        </button>
      ) : null}
    </section>
  );
}
