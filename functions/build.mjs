// Bundles the functions and the domain code they import into lib/index.js.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/index.ts'],
  outfile: 'lib/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // The domain lives outside this package, so its imports (zod) must be bundled, not resolved
  // at run time from a folder that is not deployed.
  external: ['firebase-functions', 'firebase-admin'],
  logLevel: 'warning',
});
