// A consumer file typechecked against a generated registry, for the typegen tests (unit and e2e).
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = fileURLToPath(new URL('../../src/index.ts', import.meta.url))

/** A consumer of the seed's actions: compiles only against a registry generated from the seed. */
export const CONSUMER = `
import { useAction, useRunAction } from 'react-action-instances'

export function useConsumer() {
  const run = useRunAction({ connection: 'hubspot', action: 'create-contact' })
  run.mutate({ email: 'ada@example.com', firstName: 'Ada', lifecycleStage: 'lead' })
  // @ts-expect-error firstName is required
  run.mutate({ email: 'ada@example.com' })
  // @ts-expect-error email is a string
  run.mutate({ email: 1, firstName: 'Ada' })
  // @ts-expect-error the input schema is closed
  run.mutate({ email: 'ada@example.com', firstName: 'Ada', nickname: 'A' })
  const id: string | undefined = run.data?.output.id
  // @ts-expect-error output fields are typed
  const wrong: number | undefined = run.data?.output.email
  const send = useRunAction({ connection: 'slack', action: 'send-message' })
  const defaults = useAction({ connection: 'hubspot', action: 'create-contact' }).data?.config?.defaultInput
  const stage: string | undefined = defaults?.lifecycleStage
  const loose = useRunAction({ connection: 'no-such-app', action: 'anything' })
  loose.mutate({ whatever: true })
  return { id, wrong, send, stage }
}
`

/** Typechecks files as a consumer's bundler project would, with the package resolved to its sources. */
export function typecheck(files: string[]): string[] {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    paths: { 'react-action-instances': [root] },
  })
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
}
