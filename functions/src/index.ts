// Entry point of the Cloud Functions: one export per callable, trigger or scheduled job.
import './options';

export { advanceSeason } from './callables/advance-season';
export { claimFirstOrganiser } from './callables/claim-first-organiser';
export { createCompany } from './callables/create-company';
export { saveCompanyDomains } from './callables/save-company-domains';
export { createTeam } from './callables/create-team';
export { handOverCaptaincy } from './callables/hand-over-captaincy';
export { joinTeam } from './callables/join-team';
export { previewInvite } from './callables/preview-invite';
export { leaveTeam } from './callables/leave-team';
export { pickAction } from './callables/pick-action';
export { regenerateInvite } from './callables/regenerate-invite';
export { removeMember } from './callables/remove-member';
export { saveProfile } from './callables/save-profile';
export { saveSeason } from './callables/save-season';
export { setOrganiser } from './callables/set-organiser';
export { setTeamRole } from './callables/set-team-role';
export { unpickAction } from './callables/unpick-action';
export { seasonTick } from './scheduled/season-tick';
export { submitAction } from './callables/submit-action';
export { resubmitAction } from './callables/resubmit-action';
export { withdrawSubmission } from './callables/withdraw-submission';
export { reviewSubmissions } from './callables/review-submissions';
export { revokeSubmission } from './callables/revoke-submission';
export { correctScore } from './callables/correct-score';
export { setAutoApproval } from './callables/set-auto-approval';
export { reconcileScores } from './callables/reconcile-scores';
export { reactToSubmission } from './callables/react-to-submission';
export { saveEvent } from './callables/save-event';
export { cancelEvent } from './callables/cancel-event';
export { registerForEvent } from './callables/register-for-event';
export { unregisterFromEvent } from './callables/unregister-from-event';
export { markAttendance } from './callables/mark-attendance';
export { dismissNotification } from './callables/dismiss-notification';
export { readAllNotifications } from './callables/read-all-notifications';
export { nudgeMembers } from './callables/nudge-members';
export { setSurvey } from './callables/set-survey';
export { answerSurvey } from './callables/answer-survey';
export { getSeasonReport } from './callables/get-season-report';
export { exportMyData } from './callables/export-my-data';
export { deleteMyAccount } from './callables/delete-my-account';
export { purgeProofPhotos } from './scheduled/purge-proof-photos';
export { onSubmissionWritten } from './triggers/on-submission-written';
export { onSeasonUpdated, onTeamWritten } from './triggers/on-board-inputs-changed';
export { onLeaderboardRequested } from './triggers/on-leaderboard-requested';
export { onHappeningCreated } from './triggers/on-happening-created';
export { sendAnnouncement } from './callables/send-announcement';
export { runScheduledJob } from './callables/run-scheduled-job';
export {
  remindEventsSchedule,
  dailyStandingsSchedule,
  reviewBacklogSchedule,
  finishFanOutsSchedule,
  weeklyDigestSchedule,
} from './scheduled/jobs';
export { saveMailPreferences } from './callables/save-mail-preferences';
export { onMailQueued } from './triggers/on-mail-queued';
export { sendDueMail } from './scheduled/send-due-mail';
export { unsubscribe } from './http/unsubscribe';
export { saveChatChannel } from './callables/save-chat-channel';
export { removeChatChannel } from './callables/remove-chat-channel';
export { sendTestPost } from './callables/send-test-post';
export { onChatDeliveryCreated } from './triggers/on-chat-delivery-created';
export { deliverDuePostsEveryFiveMinutes } from './scheduled/deliver-due-posts';
