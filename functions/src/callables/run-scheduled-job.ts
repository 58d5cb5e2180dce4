// An organiser runs a scheduled job now (on the emulators the schedule never fires by itself,
// and on a real project one may not want to wait): the same handler the schedule runs.
import { runJobPayloadSchema } from '../../../src/domain/schedule';
import { actorOf, requireCan, roleOf } from '../lib/authorise';
import { parsePayload } from '../lib/callable';
import { onCall } from '../lib/on-call';
import { runScheduledJob as run } from '../scheduled/jobs';

export const runScheduledJob = onCall(
  async (request) => {
    const actor = actorOf(request);
    requireCan(roleOf(actor, null), 'jobs.run');
    const { job } = parsePayload(runJobPayloadSchema, request.data);
    return { job, outcome: await run(job, Date.now()) };
  },
  { timeoutSeconds: 540, memory: '512MiB' },
);
