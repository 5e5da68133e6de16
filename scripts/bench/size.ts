// Min+gzip sizes of the kit's entries and of a typical app, beside bare-dependency floors built the same way.
import { fileURLToPath } from 'node:url'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type Metafile } from 'esbuild'

const root = fileURLToPath(new URL('../..', import.meta.url))
const peers = ['react', 'react-dom', '@tanstack/react-query']
// The form engine is rjsf with its ajv validator; the kit's schema pre-check uses that same ajv.
const formAndDialog = [
  '@rjsf/core',
  '@rjsf/utils',
  '@rjsf/validator-ajv8',
  'ajv',
  'ajv-formats',
  '@radix-ui/react-dialog',
  // The combobox of reference fields; loaded with the form, never eagerly.
  'downshift',
]

// RE2 for the tools' `pattern` checks: imported on demand (a dynamic import) when a tool's schema first holds a
// pattern, so no entry carries it; esbuild would still emit it as a chunk beside any importer, so it is kept
// external here and measured on its own (`re2jsOnDemand`).
const onDemand = ['re2js']

export interface SizeFigure {
  name: string
  bytes: number
}

const gz = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length

/** Bundles `source` (an ES module) and returns min+gzip bytes of the entry chunk, its static imports and all chunks. */
async function measure(source: string, external: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'rai-size-'))
  try {
    const entry = join(dir, 'entry.tsx')
    writeFileSync(entry, source)
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outdir: join(dir, 'out'),
      write: true,
      metafile: true,
      external: external.flatMap((name) => [name, `${name}/*`]),
      alias: {
        'react-action-instances': join(root, 'src/index.ts'),
        'react-action-instances/components': join(root, 'src/components/index.ts'),
        'react-action-instances/tools': join(root, 'src/tools/index.ts'),
      },
      define: { 'process.env.NODE_ENV': '"production"' },
      loader: { '.css': 'empty' },
      logLevel: 'silent',
      absWorkingDir: root,
      nodePaths: [join(root, 'node_modules')],
    })
    const outputs = result.metafile.outputs
    const entryOut = Object.keys(outputs).find((file) => outputs[file]?.entryPoint)
    if (!entryOut) throw new Error('no entry chunk')
    const size = (file: string) => gz(readFileSync(join(root, file)))
    const eager = new Set<string>()
    const visit = (file: string) => {
      if (eager.has(file)) return
      eager.add(file)
      for (const imp of (outputs as Metafile['outputs'])[file]?.imports ?? []) {
        if (imp.kind === 'import-statement' && !imp.external) visit(imp.path)
      }
    }
    visit(entryOut)
    const js = Object.keys(outputs).filter((file) => file.endsWith('.js'))
    return {
      eager: [...eager].reduce((sum, file) => sum + size(file), 0),
      total: js.reduce((sum, file) => sum + size(file), 0),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const typicalApp = `
import { createRoot } from 'react-dom/client'
import { ActionsProvider } from 'react-action-instances'
import { ActionList, ActionRunner } from 'react-action-instances/components'
function App() {
  return (
    <ActionsProvider clientOptions={{ token: 'token' }}>
      <ActionList connection="hubspot" />
      <ActionRunner connection="hubspot" action="create-contact" />
    </ActionsProvider>
  )
}
createRoot(document.getElementById('root')!).render(<App />)
`

/**
 * The component families the 30 KB eager budget was set for (list with its virtualizer, runner, form shell,
 * dialogs, output, labels), without the later families (run logs, connection health, tool-call approval), which a
 * host that does not import them tree-shakes away. The runner still carries its inline Reconnect.
 */
const coreComponents = `
export {
  ActionsLabelsProvider, useLabels, enLabels, deLabels, ActionBadges, ActionList, CustomizeActionDialog,
  ResetActionDialog, ArchiveActionDialog, SetupActionButton, ActionOutput, ActionErrorMessage, CopyJsonButton,
  JsonTree, ActionInputForm, preloadActionForm, FormSkeleton, RunActionButton, ActionRunner, ActionRunHistory,
} from 'react-action-instances/components'
`

/** Every size figure the benchmark reports, in bytes of min+gzip. */
export async function measureSizes() {
  const [root, components, core, rq, rjsf, radix, app, combobox, tools, toolsWithAjv, re2js] =
    await Promise.all([
      measure(`export * from 'react-action-instances'`, [...peers, ...formAndDialog, ...onDemand]),
      measure(`export * from 'react-action-instances/components'`, [...peers, ...formAndDialog, ...onDemand]),
      measure(coreComponents, [...peers, ...formAndDialog, ...onDemand]),
      measure(`export * from '@tanstack/react-query'`, ['react', 'react-dom']),
      measure(
        `export { default as Form } from '@rjsf/core'\nexport { default as validator } from '@rjsf/validator-ajv8'`,
        ['react', 'react-dom'],
      ),
      measure(`export * from '@radix-ui/react-dialog'`, ['react', 'react-dom']),
      measure(typicalApp, ['react', 'react-dom', ...onDemand]),
      measure(`export { useCombobox } from 'downshift'`, ['react', 'react-dom']),
      // The tools entry's own code (ajv and ajv-formats external), and with ajv and ajv-formats bundled.
      measure(`export * from 'react-action-instances/tools'`, [...peers, ...formAndDialog, ...onDemand]),
      measure(`export * from 'react-action-instances/tools'`, [...peers, ...onDemand]),
      measure(`export { RE2JS } from 're2js'`, []),
    ])
  const floors = rq.total + rjsf.total + radix.total + combobox.total
  return {
    rootEntry: root.total,
    componentsEager: components.eager,
    componentsLazy: components.total - components.eager,
    coreComponentsEager: core.eager,
    reactQuery: rq.total,
    rjsfWithAjv: rjsf.total,
    radixDialog: radix.total,
    downshiftCombobox: combobox.total,
    typicalAppFirstPaint: app.eager,
    typicalAppTotal: app.total,
    floors,
    kitOwnCost: app.total - floors,
    toolsEntry: tools.total,
    toolsEntryWithAjv: toolsWithAjv.total,
    re2jsOnDemand: re2js.total,
  }
}

export type Sizes = Awaited<ReturnType<typeof measureSizes>>
