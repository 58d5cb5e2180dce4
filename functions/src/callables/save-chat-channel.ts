// An organiser sets the season's or the organisers' chat channel (or a signed webhook), a captain
// their team's: the URL is checked (syntax, DNS, public addresses), kept where only whoever set it
// and organisers read it, and summarised without it for the scope's readers. A signed webhook's
// signing secret is made here and answered once.
import { CHAT_PATHS, type ChatChannel } from '../../../src/domain/chat';
import { publicName } from '../../../src/domain/team';
import { db } from '../lib/admin';
import { requireChannelManager, urlRefusal } from '../lib/chat-channels';
import { readProfile, readSeason } from '../lib/documents';
import { command } from '../lib/on-call';
import { chatRefs } from '../lib/posts';
import { checkDestination } from '../lib/safe-post';
import { newSigningSecret } from '../lib/webhook-signature';

export const saveChatChannel = command('saveChatChannel', async ({ actor, input }) => {
  const teamId = input.teamId ?? null;
  const scopeId = input.scope === 'team' ? (teamId as string) : input.seasonId;
  const channelId = CHAT_PATHS.channelId(input.scope, scopeId, input.kind);
  // Who may, before any DNS query is made on their behalf.
  await db.runTransaction(async (tx) => {
    await readSeason(tx, input.seasonId, actor);
    await requireChannelManager(tx, actor, { ...input, teamId });
  });
  const destination = await checkDestination(input.url, input.kind);
  if (!destination.ok) throw urlRefusal(destination.reason);
  const signingSecret = input.kind === 'webhook' ? newSigningSecret() : null;
  const now = Date.now();
  await db.runTransaction(async (tx) => {
    await requireChannelManager(tx, actor, { ...input, teamId });
    const profile = await readProfile(tx, actor.uid as string);
    const channel: ChatChannel = {
      scope: input.scope,
      seasonId: input.seasonId,
      teamId,
      kind: input.kind,
      host: destination.url.host,
      language: input.language,
      backlogAlertHours: input.scope === 'organisers' ? (input.backlogAlertHours ?? 24) : null,
      setBy: actor.uid as string,
      setByName: profile ? publicName(profile) : '',
      setAt: now,
    };
    tx.set(chatRefs.channel(channelId), channel);
    tx.set(chatRefs.secret(channelId), {
      url: destination.url.toString(),
      setBy: actor.uid,
      seasonId: input.seasonId,
    });
    if (signingSecret) tx.set(chatRefs.signingKey(channelId), { secret: signingSecret });
  });
  return { channelId, ...(signingSecret ? { signingSecret } : {}) };
});
