// Types for the `./styles.css` entry: a side-effect import type-checks under `noUncheckedSideEffectImports`.
import { writeFileSync } from 'node:fs'

writeFileSync(new URL('../dist/styles.css.d.ts', import.meta.url), 'export {}\n')
