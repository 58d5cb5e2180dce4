// Entry point of the Cloud Functions: one export per callable, trigger or scheduled job.
import './options';

export { advanceSeason } from './callables/advance-season';
export { claimFirstOrganiser } from './callables/claim-first-organiser';
export { createCompany } from './callables/create-company';
export { createTeam } from './callables/create-team';
export { handOverCaptaincy } from './callables/hand-over-captaincy';
export { joinTeam } from './callables/join-team';
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
