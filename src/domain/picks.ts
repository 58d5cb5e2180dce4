// A person's list of picked actions, as the pick callables store it.

/** Firestore collection holding one document per person, keyed by uid. */
export const PICKS_COLLECTION = 'picks';

/** Rule: a person keeps at most this many actions in their list at once. */
export const MAX_PICKS = 60;

/** Rule: the list shows the most recently picked action first. */
export function orderPicks(picks: Readonly<Record<string, number>>): string[] {
  return Object.entries(picks)
    .sort(([idA, atA], [idB, atB]) => atB - atA || idA.localeCompare(idB))
    .map(([id]) => id);
}
