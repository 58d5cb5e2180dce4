// Entry point of the Cloud Functions: one export per callable, trigger or scheduled job.
import './options';

export { pickAction } from './callables/pick-action';
export { unpickAction } from './callables/unpick-action';
