// Who may manage a chat channel, and the refusal of a pasted URL in words a person can act on.
import { HttpsError } from 'firebase-functions/v2/https';
import type { Transaction } from 'firebase-admin/firestore';
import type { ChatChannel, ChatScope } from '../../../src/domain/chat';
import type { Actor } from '../../../src/domain/roles';
import { membershipOf, notFound, requireCan, roleOf } from './authorise';
import { readTeam } from './documents';
import type { AddressCheck } from './safe-post';

type Refused = Extract<AddressCheck, { ok: false }>['reason'];

const REASONS_EN: Readonly<Record<Refused, string>> = {
  'chat.url.invalid': 'This is not a URL: paste the whole webhook URL.',
  'chat.url.tooLong': 'A webhook URL has at most 2,000 characters.',
  'chat.url.notHttps': 'The URL must start with https://.',
  'chat.url.credentials': 'The URL must not carry a user name or password.',
  'chat.url.fragment': 'The URL must not end with a #fragment.',
  'chat.url.notSlack': 'A Slack incoming webhook URL starts with https://hooks.slack.com/.',
  'chat.url.notTeams':
    'A Teams webhook URL is on webhook.office.com, logic.azure.com or environment.api.powerplatform.com: copy it from the Workflows app.',
  'chat.url.privateHost':
    'This host is private, loopback, link-local or a metadata service: posts go to public addresses only.',
  'chat.url.unresolved': 'This host name does not resolve: check the URL.',
};

/** Rule: a refused URL answers invalid-argument with its reason (an i18n key the SPA translates). */
export function urlRefusal(reason: Refused): HttpsError {
  return new HttpsError('invalid-argument', REASONS_EN[reason], { key: reason });
}

/**
 * Asks the table whether the actor may manage a channel of this scope: a team channel needs
 * `chat.manageTeam` for that team (which must be in the season), the others `chat.manageSeason`.
 */
export async function requireChannelManager(
  tx: Transaction,
  actor: Actor,
  target: { readonly scope: ChatScope; readonly seasonId: string; readonly teamId: string | null },
): Promise<void> {
  if (target.scope === 'team' && target.teamId) {
    const team = await readTeam(tx, target.teamId);
    if (team.seasonId !== target.seasonId) throw notFound('This team');
    const membership = await membershipOf(tx, team.seasonId, actor.uid);
    requireCan(roleOf(actor, membership, team.id), 'chat.manageTeam');
    return;
  }
  const membership = await membershipOf(tx, target.seasonId, actor.uid);
  requireCan(roleOf(actor, membership), 'chat.manageSeason');
}

export type { ChatChannel };
