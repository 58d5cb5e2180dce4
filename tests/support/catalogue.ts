// The first catalogue action that fits what a test needs, so a test names the kind of action it
// needs rather than an id the catalogue may drop; a catalogue that lacks one fails the test loudly.
import type { Action, ProofKind, Scope } from '../../src/domain/action';
import { CATALOGUE } from '../../src/domain/catalogue';
import type { Modality, ThemeId } from '../../src/domain/themes';

export interface ActionWanted {
  readonly proof: ProofKind;
  /** Individual unless said. */
  readonly scope?: Scope;
  readonly theme?: ThemeId;
  readonly modality?: Modality;
  /** Once only; repeatable in any way; or at least this many times per person. */
  readonly repeat?: 'once' | 'repeatable' | { readonly atLeast: number };
}

function repeats(action: Action, repeat: ActionWanted['repeat']): boolean {
  if (repeat === undefined) return true;
  if (repeat === 'once') return action.repeat.kind === 'once';
  if (repeat === 'repeatable') return action.repeat.kind !== 'once';
  return action.repeat.kind === 'upTo' && action.repeat.times >= repeat.atLeast;
}

export function catalogueAction(wanted: ActionWanted): Action {
  const { proof, scope = 'individual', theme, modality, repeat } = wanted;
  const found = CATALOGUE.find(
    (action) =>
      action.proof === proof &&
      action.scope === scope &&
      (theme === undefined || action.theme === theme) &&
      (modality === undefined || action.modality === modality) &&
      repeats(action, repeat),
  );
  if (!found) throw new Error(`The catalogue has no action ${JSON.stringify(wanted)}`);
  return found;
}
