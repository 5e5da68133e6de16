import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import type { Plugin } from 'vite'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>
  peerDependencies: Record<string, string>
}
const externals = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)]
const isExternal = (id: string) =>
  id.startsWith('node:') || externals.some((name) => id === name || id.startsWith(`${name}/`))

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url))

/** Ships the stylesheet as `dist/styles.css` without importing it from any script. */
function stylesheet(): Plugin {
  return {
    name: 'react-action-instances:stylesheet',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'styles.css',
        source: readFileSync(src('styles.css'), 'utf8'),
      })
    },
  }
}

export default defineConfig({
  plugins: [react(), stylesheet()],
  resolve: {
    alias: [
      { find: /^react-action-instances$/, replacement: src('index.ts') },
      { find: /^react-action-instances\/components$/, replacement: src('components/index.ts') },
      { find: /^react-action-instances\/testing$/, replacement: src('testing/index.ts') },
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    emptyOutDir: true,
    lib: {
      entry: {
        index: src('index.ts'),
        components: src('components/index.ts'),
        testing: src('testing/index.ts'),
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: isExternal,
      output: {
        banner: (chunk) => (chunk.isEntry && chunk.name !== 'testing' ? "'use client';" : ''),
      },
    },
  },
  test: {
    globals: true,
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup.ts'],
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
