// The catalogue of actions, with points derived from effort, and the ways to look it up.
import { pointsForEffort, type Action } from './action';
import { CATALOGUE_SOURCE } from './catalogue-data';
import type { Locale, Modality, ThemeId } from './themes';

export const CATALOGUE: readonly Action[] = CATALOGUE_SOURCE.map((source) => ({
  ...source,
  points: pointsForEffort(source.effort),
}));

const BY_ID = new Map(CATALOGUE.map((action) => [action.id, action]));

export function findAction(id: string): Action | undefined {
  return BY_ID.get(id);
}

export function isCatalogueActionId(id: string): boolean {
  return BY_ID.has(id);
}

export interface CatalogueFilter {
  readonly theme?: ThemeId | undefined;
  readonly modality?: Modality | undefined;
  readonly query?: string | undefined;
}

/** Lower-cases and strips accents so "écran" matches "ecran" and "Écran". */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * Rule: an action matches when it has the chosen theme and modality (if any) and every word of
 * the query appears, accents and case aside, in its title or how-to in the reader's language.
 */
export function filterCatalogue(
  actions: readonly Action[],
  filter: CatalogueFilter,
  locale: Locale,
): Action[] {
  const words = normalizeForSearch(filter.query ?? '')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  return actions.filter((action) => {
    if (filter.theme && action.theme !== filter.theme) return false;
    if (filter.modality && action.modality !== filter.modality) return false;
    if (words.length === 0) return true;
    const haystack = normalizeForSearch([action.title[locale], ...action.howTo[locale]].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}
