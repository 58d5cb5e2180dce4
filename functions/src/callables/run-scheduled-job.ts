// An organiser runs a scheduled job now (on the emulators the schedule never fires by itself,
// and on a real project one may not want to wait): the same handler the schedule runs.
import { command } from '../lib/on-call';
import { runScheduledJob as run } from '../scheduled/jobs';

export const runScheduledJob = command('runScheduledJob', async ({ input: { job } }) => {
  return { job, outcome: await run(job, Date.now()) };
});
