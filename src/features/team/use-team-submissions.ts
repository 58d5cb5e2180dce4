// What the team page reads of the team's submissions. The captain's dashboard needs every one of
// them (any status) for its insights; everyone else reads only the feed's pages, the newest
// approved first, so that opening the page reads at most FEED_PAGE documents, not the whole team's.
import { useState } from 'react';
import { useLiveCollection, type Live } from '../../components/use-live';
import { GAME_PATHS, type Submission } from '../../domain/game';
import { feedOrder } from '../../domain/team-insights';
import { asSubmission } from '../../stores/live-slice';

/** How many approved submissions the feed shows at first, and how many more each "Show more" adds. */
export const FEED_PAGE = 50;

export interface TeamSubmissions {
  /** Every submission of the team, any status: only when `readAll` was asked, else null. */
  readonly all: Live<readonly Submission[]> | null;
  /** The feed: approved submissions, most recently approved first, one page or more of them. */
  readonly feed: Live<readonly Submission[]>;
  /** Whether `feed` holds every approved submission of the team. */
  readonly complete: boolean;
  /** Whether a next page was asked and has not come yet (what is shown stays meanwhile). */
  readonly loadingMore: boolean;
  /** Asks for the next page. */
  more(): void;
}

/**
 * `readAll`: whoever sees the captain's dashboard. Their feed is cut from those submissions to the
 * same pages rather than read a second time. `readFeed`: whoever may read the team's submissions.
 */
export function useTeamSubmissions(
  teamId: string,
  { readAll, readFeed }: { readAll: boolean; readFeed: boolean },
): TeamSubmissions {
  const [limit, setLimit] = useState(FEED_PAGE);
  const all = useLiveCollection(
    readAll ? GAME_PATHS.submissions : null,
    [{ field: 'teamId', value: teamId }],
    asSubmission,
  );
  const paged = useLiveCollection(
    readFeed && !readAll ? GAME_PATHS.submissions : null,
    [
      { field: 'teamId', value: teamId },
      { field: 'status', value: 'approved' },
    ],
    asSubmission,
    // The feed's own order (see feedOrder): approved submissions all carry approvedAt.
    { limit, by: 'approvedAt' },
  );
  const more = () => setLimit((shown) => shown + FEED_PAGE);

  const source = readAll ? all : paged;
  if (source.status !== 'ready') {
    return { all: readAll ? all : null, feed: source, complete: false, loadingMore: false, more };
  }
  const approved = feedOrder(source.data);
  // The paged query says which limit its data answered: fewer than that means no more exist.
  const answered = readAll ? limit : (source.limit ?? limit);
  return {
    all: readAll ? all : null,
    feed: { status: 'ready', data: approved.slice(0, answered) },
    complete: readAll ? approved.length <= limit : source.data.length < answered,
    loadingMore: answered < limit,
    more,
  };
}
