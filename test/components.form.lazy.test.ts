// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const componentsDir = fileURLToPath(new URL('../src/components', import.meta.url))
const lazyDir = join(componentsDir, 'form', 'theme')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  )
}

/** The module specifiers of a file's value imports and re-exports (`import type` and `export type` left out). */
function valueImports(file: string): string[] {
  const statements = readFileSync(file, 'utf8').split(/\n(?=import |export )/)
  return statements
    .filter((statement) => /^(import|export) /.test(statement) && !/^(import|export) type /.test(statement))
    .flatMap((statement) => /from\s+['"]([^'"]+)['"]/.exec(statement)?.[1] ?? [])
}

const eagerFiles = () => sourceFiles(componentsDir).filter((file) => !file.startsWith(lazyDir))

describe('the eager components entry', () => {
  it('imports rjsf, ajv and the combobox library only from the lazily loaded form folder', () => {
    const eager = eagerFiles()
    expect(eager.length).toBeGreaterThan(10)
    const offenders = eager.filter((file) =>
      valueImports(file).some((specifier) => /^(@rjsf\/|ajv$|ajv-formats$|downshift$)/.test(specifier)),
    )
    expect(offenders.map((file) => relative(componentsDir, file))).toEqual([])
    // The form folder itself does use them, so the check above is looking at real imports.
    expect(valueImports(join(lazyDir, 'SchemaForm.tsx'))).toContain('@rjsf/core')
    expect(valueImports(join(lazyDir, 'reference', 'ReferenceCombobox.tsx'))).toContain('downshift')
  })

  it('reaches the lazy theme folder only through the dynamic import in preloadActionForm', () => {
    const staticImports = eagerFiles().filter((file) =>
      valueImports(file).some((specifier) => /(^|\/)theme\//.test(specifier)),
    )
    expect(staticImports.map((file) => relative(componentsDir, file))).toEqual([])
    expect(readFileSync(join(componentsDir, 'form', 'preloadActionForm.ts'), 'utf8')).toContain(
      "import('./theme/SchemaForm')",
    )
  })
})
