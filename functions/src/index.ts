// Entry point of the Cloud Functions: the callables that serve the commands (commands.ts), then
// one export per trigger, scheduled job and HTTP endpoint.
import './options';

export { commands, longCommands } from './commands';

export { seasonTick } from './scheduled/season-tick';
export { purgeProofPhotos } from './scheduled/purge-proof-photos';
export { onSubmissionWritten } from './triggers/on-submission-written';
export { onSeasonUpdated, onTeamWritten } from './triggers/on-board-inputs-changed';
export { onLeaderboardRequested } from './triggers/on-leaderboard-requested';
export { onHappeningCreated } from './triggers/on-happening-created';
export {
  remindEventsSchedule,
  dailyStandingsSchedule,
  reviewBacklogSchedule,
  finishFanOutsSchedule,
  weeklyDigestSchedule,
} from './scheduled/jobs';
export { onMailQueued } from './triggers/on-mail-queued';
export { sendDueMail } from './scheduled/send-due-mail';
export { unsubscribe } from './http/unsubscribe';
export { onChatDeliveryCreated } from './triggers/on-chat-delivery-created';
export { deliverDuePostsEveryFiveMinutes } from './scheduled/deliver-due-posts';
