import { describe, expect, it } from 'vitest';
import { deployProblems, parseDotenv } from './deploy-config.mjs';

const web = {
  VITE_FIREBASE_API_KEY: 'key',
  VITE_FIREBASE_AUTH_DOMAIN: 'acme-tfg.firebaseapp.com',
  VITE_FIREBASE_PROJECT_ID: 'acme-tfg',
  VITE_FIREBASE_APP_ID: '1:2:web:3',
};

describe('deployProblems', () => {
  it('lets a complete config for the named project through', () => {
    expect(deployProblems({ project: 'acme-tfg', webEnv: web, functionsEnv: {} })).toEqual([]);
  });

  it('refuses the demo project, a missing config and a config for another project', () => {
    expect(deployProblems({ project: 'demo-techforgood', webEnv: web })[0]).toMatch(/demo project/);
    expect(deployProblems({ project: 'acme-tfg', webEnv: null })[0]).toMatch(/\.env\.production/);
    expect(deployProblems({ project: 'other', webEnv: web })).toContainEqual(
      expect.stringMatching(/for project "acme-tfg", not "other"/),
    );
    expect(deployProblems({ project: null, webEnv: web })[0]).toMatch(/--project ID/);
  });

  it('names each missing key, and refuses emulator mode', () => {
    const problems = deployProblems({
      project: 'acme-tfg',
      webEnv: { ...web, VITE_FIREBASE_APP_ID: '', VITE_USE_EMULATORS: 'true' },
    });
    expect(problems).toContainEqual(expect.stringMatching(/lacks VITE_FIREBASE_APP_ID/));
    expect(problems).toContainEqual(expect.stringMatching(/VITE_USE_EMULATORS/));
  });

  it('wants the SPA and the functions in the same region', () => {
    const problems = deployProblems({
      project: 'acme-tfg',
      webEnv: { ...web, VITE_FUNCTIONS_REGION: 'us-central1' },
      functionsEnv: { FUNCTIONS_REGION: 'europe-west1' },
    });
    expect(problems).toContainEqual(expect.stringMatching(/us-central1.*europe-west1/));
  });
});

describe('parseDotenv', () => {
  it('reads KEY=value lines, unquotes values and skips comments', () => {
    expect(parseDotenv('# web config\nA=1\nB="two words"\n  C = x \n')).toEqual({
      A: '1',
      B: 'two words',
      C: 'x',
    });
  });
});
