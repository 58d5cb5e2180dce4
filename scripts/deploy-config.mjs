// What `npm run deploy` checks before it builds anything: a real project (not the emulators'
// demo one), the SPA's web config for that project, and one region for the functions and the
// SPA that calls them. Each problem is one sentence saying what to fix.

const REQUIRED_WEB_KEYS = [
  'VITE_FIREBASE_API_KEY',
  'VITE_FIREBASE_AUTH_DOMAIN',
  'VITE_FIREBASE_PROJECT_ID',
  'VITE_FIREBASE_APP_ID',
];

/**
 * Reads a dotenv file's text into an object (KEY=value lines; # comments).
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseDotenv(text) {
  /** @type {Record<string, string>} */
  const values = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trim().startsWith('#')) continue;
    values[match[1]] = match[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return values;
}

/**
 * The problems that stop a deploy, empty when it may go ahead.
 * @param {{ project: string | null, webEnv: Record<string, string> | null, functionsEnv?: Record<string, string> | null }} input
 * @returns {string[]}
 */
export function deployProblems({ project, webEnv, functionsEnv }) {
  const problems = [];
  if (!project) {
    problems.push(
      'Name the Firebase project: `npm run deploy -- --project ID`, or a default in .firebaserc.',
    );
  } else if (project.startsWith('demo-')) {
    problems.push(`"${project}" is the emulators' demo project: deploy to a real project id.`);
  }
  if (!webEnv) {
    problems.push(
      'Create .env.production from .env.production.example with the web app config of the project.',
    );
    return problems;
  }
  for (const key of REQUIRED_WEB_KEYS) {
    if (!webEnv[key])
      problems.push(
        `.env.production lacks ${key} (Firebase console > Project settings > Your apps).`,
      );
  }
  if (webEnv.VITE_USE_EMULATORS === 'true') {
    problems.push('.env.production must not set VITE_USE_EMULATORS=true.');
  }
  if (project && webEnv.VITE_FIREBASE_PROJECT_ID && webEnv.VITE_FIREBASE_PROJECT_ID !== project) {
    problems.push(
      `.env.production is for project "${webEnv.VITE_FIREBASE_PROJECT_ID}", not "${project}".`,
    );
  }
  const webRegion = webEnv.VITE_FUNCTIONS_REGION ?? 'europe-west1';
  const functionsRegion = functionsEnv?.FUNCTIONS_REGION ?? 'europe-west1';
  if (webRegion !== functionsRegion) {
    problems.push(
      `The SPA calls functions in ${webRegion} (VITE_FUNCTIONS_REGION) but they deploy to ${functionsRegion} (FUNCTIONS_REGION in functions/.env): make them the same.`,
    );
  }
  return problems;
}
