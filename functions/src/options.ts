// Options every function shares. Imported first by index.ts so they apply before any function
// is defined (imports run before the body of the module that imports them).
import { setGlobalOptions } from 'firebase-functions/v2';

/** Functions run in Europe, near the participants; a deploy may choose another region. */
export const REGION = process.env.FUNCTIONS_REGION ?? 'europe-west1';

// Commands and triggers are small: 256 MiB and a minute each, unless a function says otherwise.
setGlobalOptions({ region: REGION, maxInstances: 10, memory: '256MiB', timeoutSeconds: 60 });
