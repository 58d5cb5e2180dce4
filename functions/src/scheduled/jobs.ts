// Every scheduled job by name: the handler each schedule runs in production, that `npm start`
// runs itself every minute (the emulator never fires schedules), and that an organiser may run
// now (runScheduledJob). Each handler is idempotent within its window.
import { onSchedule } from 'firebase-functions/v2/scheduler';
import {
  SCHEDULED_JOBS,
  SCHEDULED_JOB_NAMES,
  type ScheduledJob,
} from '../../../src/domain/schedule';
import { finishFanOuts } from '../lib/happenings';
import { remindEvents, reportReviewBacklog, tellDailyStandings } from './daily-news';
import { deliverDuePosts } from './deliver-due-posts';
import { purgeExpiredProofPhotos } from './purge-proof-photos';
import { sendDueMailNow } from './send-due-mail';
import { sendWeeklyDigests } from './weekly-digest';
import { tickSeasons } from './season-tick';

const HANDLERS: Readonly<Record<ScheduledJob, (now: number) => Promise<unknown>>> = {
  seasonDates: tickSeasons,
  eventReminders: remindEvents,
  dailyTopFive: tellDailyStandings,
  reviewBacklog: reportReviewBacklog,
  weeklyDigest: sendWeeklyDigests,
  unfinishedFanOuts: finishFanOuts,
  dueMail: sendDueMailNow,
  duePosts: deliverDuePosts,
  proofPhotos: purgeExpiredProofPhotos,
};

/** Runs one job as of `now`; returns what it reports (counts, never a person's data). */
export function runScheduledJob(job: ScheduledJob, now: number): Promise<unknown> {
  return HANDLERS[job](now);
}

/** One pass of every job, in order; a failing job is reported and the others still run. */
export async function runScheduledJobs(
  now: number,
): Promise<Record<ScheduledJob, { ok: boolean; outcome: unknown }>> {
  const results = {} as Record<ScheduledJob, { ok: boolean; outcome: unknown }>;
  for (const job of SCHEDULED_JOB_NAMES) {
    try {
      results[job] = { ok: true, outcome: await runScheduledJob(job, now) };
    } catch (error) {
      results[job] = { ok: false, outcome: String((error as Error).message ?? error) };
    }
  }
  return results;
}

/** The production schedules of the jobs that have no function of their own yet. */
const scheduled = (job: ScheduledJob) =>
  onSchedule({ schedule: SCHEDULED_JOBS[job].every, timeoutSeconds: 540 }, async () => {
    await runScheduledJob(job, Date.now());
  });

export const remindEventsSchedule = scheduled('eventReminders');
export const dailyStandingsSchedule = scheduled('dailyTopFive');
export const reviewBacklogSchedule = scheduled('reviewBacklog');
export const finishFanOutsSchedule = scheduled('unfinishedFanOuts');
export const weeklyDigestSchedule = scheduled('weeklyDigest');
