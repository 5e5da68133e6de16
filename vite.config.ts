import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath, pathToFileURL } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { BaseSequencer } from 'vitest/node'
import type { TestSpecification } from 'vitest/node'
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

const react18 = (path: string) => fileURLToPath(new URL(`./test/react18/${path}`, import.meta.url))

/** Resolves `react` and `react-dom` from test/react18 (React 18.3) for the kit's own modules; see register.mjs. */
function reactFromReact18(): Plugin {
  return {
    name: 'react-action-instances:react18',
    enforce: 'pre',
    resolveId(source, _importer, options) {
      if (!/^(react|react-dom)(\/.*)?$/.test(source)) return null
      return this.resolve(source, react18('package.json'), { ...options, skipSelf: true })
    },
  }
}

/**
 * The unit suite's slowest files (20–40 s each alone), slowest first. With no duration cache of its own, as on a
 * fresh clone in CI, Vitest starts the largest files first; these are small files, and the stories file started
 * last, leaving one core idle for its last 35 s. They start first; everything else keeps Vitest's order.
 */
const SLOW_FILES = [
  'test/stories.test.tsx',
  'test/hooks.run.history.test.tsx',
  'test/property.cache.test.tsx',
  'test/budgets.test.tsx',
  'test/reliability.runner.test.tsx',
  'test/components.runner.flows.test.tsx',
  'test/components.form.dataCollections.test.tsx',
  'test/typegen.test.ts',
]

class SlowFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = SLOW_FILES.findIndex((name) => file.moduleId.endsWith(`/${name}`))
      return index === -1 ? SLOW_FILES.length : index
    }
    const sorted = await super.sort(files)
    const projects = [...new Set(sorted.map((file) => file.project.name))]
    const project = (file: TestSpecification) => projects.indexOf(file.project.name)
    // Projects keep their order, and within a rank Vitest's own order stays (the sort is stable).
    return sorted.sort((a, b) => project(a) - project(b) || rank(a) - rank(b))
  }
}

const unit = {
  environment: 'jsdom' as const,
  include: ['test/**/*.test.{ts,tsx}'],
  setupFiles: ['test/setup.ts'],
}

export default defineConfig({
  plugins: [react(), stylesheet()],
  resolve: {
    alias: [
      { find: /^react-action-instances$/, replacement: src('index.ts') },
      { find: /^react-action-instances\/components$/, replacement: src('components/index.ts') },
      { find: /^react-action-instances\/testing$/, replacement: src('testing/index.ts') },
      { find: /^react-action-instances\/tools$/, replacement: src('tools/index.ts') },
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
        tools: src('tools/index.ts'),
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: isExternal,
      output: {
        // `testing` and `tools` hold no React: they run on servers too (an MCP server, a route handler).
        banner: (chunk) =>
          chunk.isEntry && !['testing', 'tools'].includes(chunk.name) ? "'use client';" : '',
      },
    },
  },
  test: {
    globals: true,
    testTimeout: 20_000,
    // Every core runs test files (Vitest's default leaves one to its main process, which on a two-core machine
    // runs the suite one file at a time).
    maxWorkers: availableParallelism(),
    sequence: { sequencer: SlowFilesFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          ...unit,
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
        },
      },
      {
        // The same suite on React 18.3, the oldest React the peer range allows.
        extends: true,
        plugins: [reactFromReact18()],
        test: {
          name: 'unit-react18',
          ...unit,
          execArgv: ['--import', pathToFileURL(react18('register.mjs')).href],
        },
      },
      {
        extends: true,
        test: {
          name: 'consumers',
          environment: 'node',
          include: ['test/consumers/**/*.smoke.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
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
          // The axe file checks stories on two pages at once (see test/e2e/axe.e2e.ts).
          maxConcurrency: 2,
        },
      },
    ],
  },
})
