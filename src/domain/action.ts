// What a catalogue action is made of, and how its points follow from its effort.
import type { Localized, Modality, ThemeId } from './themes';

export const EFFORTS = ['small', 'medium', 'large'] as const;
export type Effort = (typeof EFFORTS)[number];

export const SCOPES = ['individual', 'team'] as const;
export type Scope = (typeof SCOPES)[number];

export const PROOF_KINDS = ['none', 'text', 'link', 'photo'] as const;
export type ProofKind = (typeof PROOF_KINDS)[number];

/** How often one person (or team, for team actions) may log the same action in a season. */
export type RepeatRule =
  | { readonly kind: 'once' }
  | { readonly kind: 'upTo'; readonly times: number }
  | { readonly kind: 'daily' };

/** An action as written in the catalogue source; points are derived from effort. */
export interface ActionSource {
  readonly id: string;
  readonly theme: ThemeId;
  readonly modality: Modality;
  readonly effort: Effort;
  readonly scope: Scope;
  readonly proof: ProofKind;
  readonly repeat: RepeatRule;
  readonly title: Localized;
  /** Exactly two short lines: what to do, then how to show it was done. */
  readonly howTo: Localized<readonly [string, string]>;
}

export interface Action extends ActionSource {
  readonly points: number;
}

const POINTS_BY_EFFORT: Record<Effort, number> = { small: 5, medium: 10, large: 20 };

/** Rule: an action is worth 5 points for a small effort, 10 for a medium one and 20 for a large one. */
export function pointsForEffort(effort: Effort): number {
  return POINTS_BY_EFFORT[effort];
}

/** Rule: an action id is lower-case words of letters and digits joined by single hyphens. */
export const ACTION_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
