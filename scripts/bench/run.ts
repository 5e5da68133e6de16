// `npm run bench`: every figure beside its baseline from the same run; prints a table and writes BENCHMARKS.md.
import { fileURLToPath } from 'node:url'
import { execFileSync } from 'node:child_process'
import { cpus, totalmem, type as osType, release } from 'node:os'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BudgetFigure } from '../../test/support/budgetFigures'
import { measureBrowserTimings } from './browserTimings'
import { measureReferenceApiLoad } from './referenceApiLoad'
import { measureSizes } from './size'

const root = fileURLToPath(new URL('../..', import.meta.url))
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const ratio = (value: number, baseline: number) => (baseline > 0 ? `${(value / baseline).toFixed(2)}×` : '—')
const ms = (value: number) => `${value.toFixed(1)} ms`
const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')

function budgetFigures(): BudgetFigure[] {
  const out = join(mkdtempSync(join(tmpdir(), 'rai-bench-')), 'figures.json')
  execFileSync('npx', ['vitest', 'run', '--project', 'unit', 'test/budgets.test.tsx', '--reporter=dot'], {
    cwd: root,
    env: { ...process.env, BENCH_OUT: out },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return JSON.parse(readFileSync(out, 'utf8')) as BudgetFigure[]
}

const log = (line: string) => process.stderr.write(`${line}\n`)

log('measuring sizes…')
const sizes = await measureSizes()
log('counting requests and renders…')
const counts = budgetFigures()
log('timing in Chromium…')
const timings = await measureBrowserTimings()
log('loading the reference API…')
const load = await measureReferenceApiLoad(Number(process.env.BENCH_LOAD_SECONDS ?? 5))

const sections = [
  `# Benchmarks`,
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ` +
    `${Math.round(totalmem() / 2 ** 30)} GiB, ${osType()} ${release()}, Node ${process.version}. ` +
    'Regenerate with `npm run bench`; every baseline is measured in the same run.',
  `## Size (min+gzip, esbuild, minified, gzip -9)`,
  table(
    ['what', 'size', 'baseline', 'baseline size', 'ratio'],
    [
      [
        'root entry (client, provider, hooks), peers external',
        kb(sizes.rootEntry),
        'bare @tanstack/react-query',
        kb(sizes.reactQuery),
        ratio(sizes.rootEntry, sizes.reactQuery),
      ],
      [
        'components entry, eager part (peers, rjsf, Radix external)',
        kb(sizes.componentsEager),
        'bare @radix-ui/react-dialog',
        kb(sizes.radixDialog),
        ratio(sizes.componentsEager, sizes.radixDialog),
      ],
      [
        'components entry, lazy form chunk (rjsf external)',
        kb(sizes.componentsLazy),
        'bare @rjsf/core + validator-ajv8',
        kb(sizes.rjsfWithAjv),
        ratio(sizes.componentsLazy, sizes.rjsfWithAjv),
      ],
      [
        'typical app at first paint (all but react, react-dom)',
        kb(sizes.typicalAppFirstPaint),
        'floors: react-query + Radix',
        kb(sizes.reactQuery + sizes.radixDialog),
        ratio(sizes.typicalAppFirstPaint, sizes.reactQuery + sizes.radixDialog),
      ],
      [
        'typical app in total, form opened',
        kb(sizes.typicalAppTotal),
        'floors: react-query + rjsf/ajv + Radix + Downshift',
        kb(sizes.floors),
        ratio(sizes.typicalAppTotal, sizes.floors),
      ],
      [
        'tools entry (ajv, ajv-formats external)',
        kb(sizes.toolsEntry),
        'the tools entry with ajv and ajv-formats',
        kb(sizes.toolsEntryWithAjv),
        ratio(sizes.toolsEntry, sizes.toolsEntryWithAjv),
      ],
      [
        'kit\u2019s own cost in the total (total − floors)',
        kb(sizes.kitOwnCost),
        'budget',
        kb(35 * 1024),
        ratio(sizes.kitOwnCost, 35 * 1024),
      ],
    ],
  ),
  `## Requests per user scenario (reference API, counted exactly)`,
  table(
    ['scenario', 'requests', 'minimum', 'ratio'],
    counts
      .filter((f) => f.group === 'network')
      .map((f) => [
        f.name,
        String(f.value),
        String(f.reference),
        f.value === f.reference ? 'at the minimum' : ratio(f.value, f.reference),
      ]),
  ),
  `## Renders (counted exactly through React's devtools hook)`,
  table(
    ['change', 'components rendered', 'reference', 'ratio'],
    counts
      .filter((f) => f.group === 'renders')
      .map((f) => [
        f.name,
        String(f.value),
        `${f.reference} (${f.referenceName})`,
        ratio(f.value, f.reference),
      ]),
  ),
  `## Time in Chromium (median of 7 runs after a warm-up, performance.now())`,
  table(
    ['what', 'kit', 'baseline', 'baseline time', 'ratio'],
    timings.map((t) => [t.name, ms(t.kitMs), t.baselineName, ms(t.baselineMs), ratio(t.kitMs, t.baselineMs)]),
  ),
  `## Reference API over loopback HTTP (autocannon, 10 connections, ${process.env.BENCH_LOAD_SECONDS ?? 5} s each)`,
  table(
    ['route', 'req/s', 'p99', 'errors', 'non-2xx', 'baseline req/s', 'ratio'],
    [load.get, load.run].map((f) => [
      f.name,
      String(f.requestsPerSecond),
      `${f.p99Ms} ms`,
      String(f.errors),
      String(f.non2xx),
      String(load.baseline.requestsPerSecond),
      ratio(f.requestsPerSecond, load.baseline.requestsPerSecond),
    ]),
  ),
  `Baseline: ${load.baseline.name}, ${load.baseline.requestsPerSecond} req/s, p99 ${load.baseline.p99Ms} ms. ` +
    `Writes acknowledged: ${load.acknowledged}; listed afterwards: ${load.listed}; lost: ${load.lost}.`,
]

const markdown = `${sections.join('\n\n')}\n`
writeFileSync(join(root, 'BENCHMARKS.md'), markdown)
process.stdout.write(markdown)
if (load.lost > 0 || load.get.errors + load.run.errors > 0) process.exitCode = 1
