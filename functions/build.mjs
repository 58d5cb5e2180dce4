// Bundles the functions, and the domain code they import, into lib/index.js; and the organiser
// command-line tool into lib/organiser-cli.js and the demo data into lib/demo-cli.js, from the
// same sources.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // The domain lives outside this package, so its imports (zod) are bundled; the Firebase SDKs
  // are installed with the package where it is deployed.
  external: ['firebase-functions', 'firebase-admin'],
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['src/index.ts'], outfile: 'lib/index.js' }),
  build({ ...common, entryPoints: ['src/cli/organiser.ts'], outfile: 'lib/organiser-cli.js' }),
  build({ ...common, entryPoints: ['src/cli/demo.ts'], outfile: 'lib/demo-cli.js' }),
]);
