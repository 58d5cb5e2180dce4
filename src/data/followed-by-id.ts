// How the app follows one document in Firestore: as a query on its id, or by reference
// (docs/decisions/021-documents-followed-by-id.md).
//
// The Firestore emulator may tell a listener "all is current up to time T" before it delivers a
// write committed just before T. The SDK then records a document it follows by reference and
// knows missing as "missing at T", and drops its late creation as outdated ("Ignoring outdated
// watch update"): the document stays missing on that device until it changes again (a person's
// first pick stayed "Enregistrement…" though the callable had answered). A query keeps no such
// record of a missing document and takes in its creation whenever it comes. The documents a
// callable creates while the person follows them (their picks, membership, profile, mail
// choices, survey answer, a season's first board) are all followed this way.

/**
 * Collections whose read rule looks at the document's own fields: no query can be allowed on
 * them, so their documents are followed by reference. They all exist before anyone follows them.
 */
const FOLLOWED_BY_REFERENCE: ReadonlySet<string> = new Set([
  'seasons',
  'teams',
  'proofPhotos',
  'events',
]);

/** Whether the document at `path` is followed as a query on its id (else by reference). */
export function followedById(path: string): boolean {
  const segments = path.split('/');
  return !FOLLOWED_BY_REFERENCE.has(segments[segments.length - 2] ?? '');
}
