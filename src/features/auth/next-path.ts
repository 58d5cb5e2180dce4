// Where a person goes once signed in: a path of this app only, never another site.

/** Only a path of this app: "/x" but not "//host" or "/\host", which browsers read as hosts. */
export function safeNextPath(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return null;
  }
  return next;
}

/**
 * Where a sign-in link brings the person: its `next`, read from the page's address or, when the
 * link went through Auth's own page first, from the `continueUrl` it carries.
 */
export function returnPathOf(search: URLSearchParams): string {
  const direct = safeNextPath(search.get('next'));
  if (direct) return direct;
  const continueUrl = search.get('continueUrl');
  if (continueUrl) {
    try {
      return safeNextPath(new URL(continueUrl).searchParams.get('next')) ?? '/';
    } catch {
      return '/';
    }
  }
  return '/';
}
