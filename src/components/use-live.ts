// A page's own listeners: a document or a filtered collection, followed while the page is shown
// and stopped when it goes. Screens that many pages share listen in the store's startSync.
import { useEffect, useRef, useState } from 'react';
import type { BackendErrorCode, DocumentSnapshot, NewestFirst, WhereEquals } from '../data/backend';
import { useAppStore } from '../stores/store-context';

export type Live<T> =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly data: T;
      /** For a list cut to its newest: the limit this data answered (a larger one may be loading). */
      readonly limit?: number;
    }
  | { readonly status: 'error'; readonly code: BackendErrorCode };

/** Follows one document (null: nothing to follow); `data` is null when it does not exist. */
export function useLiveDocument<T>(
  path: string | null,
  map: (document: DocumentSnapshot) => T,
): Live<T | null> {
  const watch = useAppStore((state) => state.documentWatched);
  const [live, setLive] = useState<Live<T | null>>({ status: 'loading' });
  useEffect(() => {
    if (!path) return undefined;
    setLive({ status: 'loading' });
    return watch(
      path,
      (document) => setLive({ status: 'ready', data: document ? map(document) : null }),
      (error) => setLive({ status: 'error', code: error.code }),
    );
    // `map` is a pure conversion: a new function each render must not restart the listener.
  }, [path, watch]);
  return path ? live : { status: 'ready', data: null };
}

/**
 * Follows the documents of a collection whose fields equal the given values; with `newest`, only
 * the newest ones (by `newest.by`, else `at`), newest first. A larger limit keeps what is shown while it loads.
 */
export function useLiveCollection<T>(
  path: string | null,
  where: readonly WhereEquals[],
  map: (document: DocumentSnapshot) => T,
  newest?: NewestFirst,
): Live<readonly T[]> {
  const watch = useAppStore((state) => state.collectionWatched);
  const [live, setLive] = useState<Live<readonly T[]>>({ status: 'loading' });
  const key = JSON.stringify(where);
  const limit = newest?.limit;
  const by = newest?.by;
  const followed = useRef<string | null>(null);
  useEffect(() => {
    if (!path) return undefined;
    // Only a new limit on the same query keeps what is shown.
    if (followed.current !== `${path} ${key} ${by}`) setLive({ status: 'loading' });
    followed.current = `${path} ${key} ${by}`;
    return watch(
      path,
      JSON.parse(key) as WhereEquals[],
      (documents) =>
        setLive({
          status: 'ready',
          data: documents.map(map),
          ...(limit === undefined ? {} : { limit }),
        }),
      (error) => setLive({ status: 'error', code: error.code }),
      limit === undefined ? undefined : { limit, ...(by === undefined ? {} : { by }) },
    );
  }, [path, key, limit, by, watch]);
  return path ? live : { status: 'ready', data: [] };
}
