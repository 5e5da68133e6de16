import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { build } from 'vite'

const root = fileURLToPath(new URL('../../..', import.meta.url))

/**
 * Builds a small page (a folder with an index.html) with Vite into a fresh temporary folder and returns that
 * folder. The package's entries resolve to the sources, as in the tests.
 */
export async function buildPage(pageFolder: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'rai-page-'))
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(root, pageFolder),
    plugins: [react()],
    resolve: {
      alias: [
        { find: /^react-action-instances$/, replacement: join(root, 'src/index.ts') },
        { find: /^react-action-instances\/components$/, replacement: join(root, 'src/components/index.ts') },
        { find: /^react-action-instances\/testing$/, replacement: join(root, 'src/testing/index.ts') },
      ],
    },
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  })
  return outDir
}
