// Bundles the functions, and the domain code they import, into lib/index.js; and the organiser
// command-line tool into lib/organiser-cli.js, the demo data into lib/demo-cli.js and the
// scheduled jobs `npm start` runs into lib/jobs-cli.js, from the same sources.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // The domain lives outside this package, so its imports (zod) are bundled; the Firebase SDKs
  // and the photo decoders are installed with the package where it is deployed. @jsquash/webp
  // cannot be bundled: an ES module (loaded with import()) that reads its WebAssembly file from its
  // own folder. jpeg-js and pngjs could be, but stay beside it, so that every decoder that runs is
  // the version functions/package.json names.
  external: ['firebase-functions', 'firebase-admin', 'jpeg-js', 'pngjs', '@jsquash/webp'],
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['src/index.ts'], outfile: 'lib/index.js' }),
  build({ ...common, entryPoints: ['src/cli/organiser.ts'], outfile: 'lib/organiser-cli.js' }),
  build({ ...common, entryPoints: ['src/cli/demo.ts'], outfile: 'lib/demo-cli.js' }),
  build({ ...common, entryPoints: ['src/cli/jobs.ts'], outfile: 'lib/jobs-cli.js' }),
]);
