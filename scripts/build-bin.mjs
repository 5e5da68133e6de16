// Bundles the `react-action-instances` bin (src/typegen/bin.ts) to dist/bin/typegen.js; dependencies stay external.
import { readFileSync } from 'node:fs'
import { build } from 'esbuild'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
await build({
  entryPoints: [new URL('../src/typegen/bin.ts', import.meta.url).pathname],
  outfile: new URL('../dist/bin/typegen.js', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)],
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
})
