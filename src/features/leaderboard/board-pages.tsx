// The teams of the board one page at a time: page 1 is the top the store follows, any other page
// is its page document, read while it is shown. The page number lives in the address (?page=N),
// so a reload or the browser's back button comes back to it.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormats } from '../../components/formats';
import { useBoardPage } from '../../components/use-board';
import type { Leaderboard } from '../../domain/game';
import { positionsOfPage } from '../../domain/leaderboard-view';
import { LeaderboardTable } from './leaderboard-tables';

/** The address of a page of the board: page 1 is the leaderboard's own. */
export const boardPageHref = (page: number) =>
  page <= 1 ? '/leaderboard' : `/leaderboard?page=${String(page)}`;

export function BoardTeams({
  leaderboard,
  page,
  myTeamId,
  withImpact,
}: {
  leaderboard: Leaderboard;
  /** From 1 (the top) to leaderboard.pageCount + 1. */
  page: number;
  myTeamId: string | null;
  withImpact: boolean;
}) {
  const { t } = useTranslation();
  const table =
    page === 1 ? (
      <LeaderboardTable
        rows={leaderboard.rows}
        companies={leaderboard.companies}
        rankingRule={leaderboard.rankingRule}
        caption={t('leaderboard.table.caption')}
        myTeamId={myTeamId}
        withImpact={withImpact}
      />
    ) : (
      <PageTable
        leaderboard={leaderboard}
        page={page}
        myTeamId={myTeamId}
        withImpact={withImpact}
      />
    );
  if (leaderboard.pageCount === 0) return table;
  // Above too: on a phone the hundred rows of a page are a long way to scroll to reach the pager.
  return (
    <>
      <BoardPager leaderboard={leaderboard} page={page} above />
      {table}
      <BoardPager leaderboard={leaderboard} page={page} />
    </>
  );
}

function PageTable({
  leaderboard,
  page,
  myTeamId,
  withImpact,
}: {
  leaderboard: Leaderboard;
  page: number;
  myTeamId: string | null;
  withImpact: boolean;
}) {
  const { t } = useTranslation();
  const formats = useFormats();
  const document = useBoardPage(page - 1);
  if (document.status === 'loading') return <p role="status">{t('loading')}</p>;
  if (document.status === 'error') return <p>{t('leaderboard.pager.error')}</p>;
  if (!document.data) return <p>{t('leaderboard.pager.missing')}</p>;
  const positions = positionsOfPage(page, leaderboard);
  return (
    <LeaderboardTable
      rows={document.data.rows}
      companies={document.data.companies}
      rankingRule={leaderboard.rankingRule}
      caption={t('leaderboard.pager.caption', {
        first: formats.whole(positions.first),
        last: formats.whole(positions.last),
      })}
      myTeamId={myTeamId}
      withImpact={withImpact}
    />
  );
}

/** Where the reader is on the board, and the links to the pages before and after. */
function BoardPager({
  leaderboard,
  page,
  above = false,
}: {
  leaderboard: Leaderboard;
  page: number;
  /** The pager before the table: named apart, and silent (the one after it says the change). */
  above?: boolean;
}) {
  const { t } = useTranslation();
  const formats = useFormats();
  const positions = positionsOfPage(page, leaderboard);
  const pages = leaderboard.pageCount + 1;
  const nav = useRef<HTMLElement>(null);
  const followed = useRef(false);
  // The link followed to the first or last page goes with it: the keyboard stays in the pager,
  // on the link that is left, rather than falling back to the top of the document.
  useEffect(() => {
    if (!followed.current) return;
    followed.current = false;
    if (!nav.current?.contains(document.activeElement)) nav.current?.querySelector('a')?.focus();
  }, [page]);
  const follow = () => {
    followed.current = true;
  };
  return (
    <nav
      ref={nav}
      aria-label={t(above ? 'leaderboard.pager.labelAbove' : 'leaderboard.pager.label')}
      className={above ? 'board-pager board-pager-above' : 'board-pager'}
    >
      {/* Said again when the page changes: the links keep the focus. */}
      <p aria-live={above ? undefined : 'polite'} className="board-pager-positions">
        {t('leaderboard.pager.positions', {
          first: formats.whole(positions.first),
          last: formats.whole(positions.last),
          total: formats.whole(leaderboard.teamCount),
        })}{' '}
        <span className="muted">
          {t('leaderboard.pager.page', { page: formats.whole(page), pages: formats.whole(pages) })}
        </span>
      </p>
      <ul className="plain-list board-pager-links">
        {page > 1 ? (
          <li>
            <Link href={boardPageHref(page - 1)} rel="prev" onClick={follow}>
              {t('leaderboard.pager.previous')}
            </Link>
          </li>
        ) : null}
        {page < pages ? (
          <li>
            <Link href={boardPageHref(page + 1)} rel="next" onClick={follow}>
              {t('leaderboard.pager.next')}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
