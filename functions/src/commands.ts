// The callables the commands are deployed as (decision 019): a few functions, each serving the
// commands of src/domain/commands.ts that share its needs, so a few warm instances serve them all
// instead of one cold instance per command. Each refuses to load without every command it serves.
import { serveCommands } from './lib/on-call';
import { advanceSeason } from './callables/advance-season';
import { answerSurvey } from './callables/answer-survey';
import { cancelEvent } from './callables/cancel-event';
import { claimFirstOrganiser } from './callables/claim-first-organiser';
import { correctScore } from './callables/correct-score';
import { createCompany } from './callables/create-company';
import { createTeam } from './callables/create-team';
import { deleteMyAccount } from './callables/delete-my-account';
import { dismissNotification } from './callables/dismiss-notification';
import { exportMyData } from './callables/export-my-data';
import { getSeasonReport } from './callables/get-season-report';
import { handOverCaptaincy } from './callables/hand-over-captaincy';
import { joinTeam } from './callables/join-team';
import { leaveTeam } from './callables/leave-team';
import { markAttendance } from './callables/mark-attendance';
import { nudgeMembers } from './callables/nudge-members';
import { pickAction } from './callables/pick-action';
import { previewInvite } from './callables/preview-invite';
import { reactToSubmission } from './callables/react-to-submission';
import { readAllNotifications } from './callables/read-all-notifications';
import { reconcileScores } from './callables/reconcile-scores';
import { regenerateInvite } from './callables/regenerate-invite';
import { registerForEvent } from './callables/register-for-event';
import { removeChatChannel } from './callables/remove-chat-channel';
import { removeMember } from './callables/remove-member';
import { resubmitAction } from './callables/resubmit-action';
import { reviewSubmissions } from './callables/review-submissions';
import { revokeSubmission } from './callables/revoke-submission';
import { runScheduledJob } from './callables/run-scheduled-job';
import { saveChatChannel } from './callables/save-chat-channel';
import { saveCompanyDomains } from './callables/save-company-domains';
import { saveEvent } from './callables/save-event';
import { saveMailPreferences } from './callables/save-mail-preferences';
import { saveProfile } from './callables/save-profile';
import { saveSeason } from './callables/save-season';
import { sendAnnouncement } from './callables/send-announcement';
import { sendTestPost } from './callables/send-test-post';
import { setAutoApproval } from './callables/set-auto-approval';
import { setOrganiser } from './callables/set-organiser';
import { setSurvey } from './callables/set-survey';
import { setTeamRole } from './callables/set-team-role';
import { submitAction } from './callables/submit-action';
import { unpickAction } from './callables/unpick-action';
import { unregisterFromEvent } from './callables/unregister-from-event';
import { withdrawSubmission } from './callables/withdraw-submission';

/** Every quick command: a minute at most, a photo proof at most in memory. */
export const commands = serveCommands('commands', [
  advanceSeason,
  answerSurvey,
  cancelEvent,
  claimFirstOrganiser,
  correctScore,
  createCompany,
  createTeam,
  dismissNotification,
  handOverCaptaincy,
  joinTeam,
  leaveTeam,
  markAttendance,
  nudgeMembers,
  pickAction,
  previewInvite,
  reactToSubmission,
  readAllNotifications,
  regenerateInvite,
  registerForEvent,
  removeChatChannel,
  removeMember,
  resubmitAction,
  reviewSubmissions,
  revokeSubmission,
  saveChatChannel,
  saveCompanyDomains,
  saveEvent,
  saveMailPreferences,
  saveProfile,
  saveSeason,
  sendAnnouncement,
  sendTestPost,
  setAutoApproval,
  setOrganiser,
  setSurvey,
  setTeamRole,
  submitAction,
  unpickAction,
  unregisterFromEvent,
  withdrawSubmission,
]);

/** The commands that read a whole season or a whole account. */
export const longCommands = serveCommands('longCommands', [
  deleteMyAccount,
  exportMyData,
  getSeasonReport,
  reconcileScores,
  runScheduledJob,
]);
