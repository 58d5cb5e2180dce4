// The audit log of the season: every decision and correction, newest first, as a table. It grows
// all season: it is fetched and built only once unfolded.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Folded } from '../../components/folded';
import { useLiveCollection } from '../../components/use-live';
import { GAME_PATHS, type AuditEntry } from '../../domain/game';
import { newestFirst } from '../../domain/review-queue';
import type { Season } from '../../domain/season';
import type { Lookups } from './review-lookups';
import { DataTable } from '../../components/data-table';

const PAGE = 50;

interface AuditLogProps {
  season: Season;
  lookups: Lookups;
}

export function AuditLogSection(props: AuditLogProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="audit-log-title">
      <h2 id="audit-log-title">{t('review.log.title')}</h2>
      <Folded className="review-fold" summary={t('review.log.open')}>
        {() => <AuditLog {...props} />}
      </Folded>
    </section>
  );
}

function AuditLog({ season, lookups }: AuditLogProps) {
  const { t } = useTranslation();
  const log = useLiveCollection(GAME_PATHS.audit(season.id), [], (document) => ({
    ...(document.data as unknown as AuditEntry),
    id: document.id,
  }));
  const [limit, setLimit] = useState(PAGE);
  const entries = log.status === 'ready' ? newestFirst(log.data) : [];
  const none = '—';
  const signed = (points: number) => (points > 0 ? `+${points}` : String(points));

  return (
    <>
      {log.status === 'loading' ? <p role="status">{t('loading')}</p> : null}
      {log.status === 'error' ? <p>{t('review.loadError')}</p> : null}
      {log.status === 'ready' && entries.length === 0 ? <p>{t('review.log.empty')}</p> : null}
      {entries.length > 0 ? (
        <DataTable
          caption={t('review.log.caption', { count: entries.length })}
          className="audit-log"
          captionClassName="visually-hidden"
        >
          <thead>
            <tr>
              <th scope="col">{t('review.log.when')}</th>
              <th scope="col">{t('review.log.kind')}</th>
              <th scope="col">{t('review.log.by')}</th>
              <th scope="col">{t('review.fields.team')}</th>
              <th scope="col">{t('review.fields.action')}</th>
              <th scope="col">{t('review.fields.points')}</th>
              <th scope="col">{t('review.log.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.slice(0, limit).map((entry) => (
              <tr key={entry.id}>
                <td>
                  <time dateTime={new Date(entry.at).toISOString()}>
                    {lookups.dateTime(entry.at)}
                  </time>
                </td>
                <td>{t(`review.log.kinds.${entry.kind}`, { defaultValue: entry.kind })}</td>
                <td>{lookups.personName(entry.by)}</td>
                <td>{entry.teamId ? lookups.teamName(entry.teamId) : none}</td>
                <td>{entry.actionId ? lookups.actionTitle(entry.actionId) : none}</td>
                <td>{entry.points === null ? none : signed(entry.points)}</td>
                <td>{entry.reason ?? none}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      {entries.length > limit ? (
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() => setLimit((current) => current + PAGE)}
          >
            {t('review.log.more', { count: Math.min(PAGE, entries.length - limit) })}
          </button>
        </p>
      ) : null}
    </>
  );
}
