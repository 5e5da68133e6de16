// `npm run bench`: every figure beside its baseline from the same run; prints a table and writes BENCHMARKS.md.
import { fileURLToPath } from 'node:url'
import { execFileSync } from 'node:child_process'
import { cpus, totalmem, type as osType, release } from 'node:os'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BudgetFigure } from '../../test/support/budgetFigures'
import { BATCH, measureBrowserTimings, RUNS, WARM_UP } from './browserTimings'
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

interface RunMemory {
  runs: number
  heldRuns: number
  heldBytes: number
  heapGrowthBytes: number
  capRuns: number
  capBytes: number
}

function runMemory(): RunMemory {
  const out = execFileSync('node', ['--expose-gc', '--import', 'tsx', 'scripts/bench/runMemory.ts'], {
    cwd: root,
    encoding: 'utf8',
  })
  return JSON.parse(out) as RunMemory
}

const log = (line: string) => process.stderr.write(`${line}\n`)

log('measuring sizes…')
const sizes = await measureSizes()
log('counting requests and renders…')
const counts = budgetFigures()
log('timing in Chromium…')
const { timings, scrolls } = await measureBrowserTimings()
log('measuring the run history…')
const memory = runMemory()
log('loading the reference API…')
// A failure of the load test (the shared machine starving the server) must not lose the figures above.
const loadOrError = await measureReferenceApiLoad(Number(process.env.BENCH_LOAD_SECONDS ?? 5)).catch(
  (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
)

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const timingRatio = (prefix: string) => {
  const t = timings.find((figure) => figure.name.startsWith(prefix))
  return t ? t.kitMs / t.baselineMs : Number.NaN
}
const kitScroll = scrolls[0]
const goal = (name: string, value: string, target: string, met: boolean) => [
  name,
  value,
  target,
  met ? 'met' : 'MISSED',
]
const ratioGoal = (name: string, prefix: string, limit: number) =>
  goal(name, `${timingRatio(prefix).toFixed(2)}×`, `≤ ${limit.toFixed(2)}×`, timingRatio(prefix) <= limit)
const goals = [
  ratioGoal('mount ActionList 10,000 vs bare `<ul>` of 10,000', 'mount ActionList, 10,000', 0.25),
  ratioGoal('mount ActionList 1,000 vs bare `<ul>` of 1,000', 'mount ActionList, 1,000', 1),
  goal(
    'scroll 10,000 rows top to bottom',
    kitScroll
      ? `${kitScroll.longTasks} long tasks (longest ${ms(kitScroll.maxLongTaskMs)}), ` +
          `${kitScroll.reached.toLocaleString('en')} of ${kitScroll.count.toLocaleString('en')} rows reached`
      : '—',
    'no long task > 50 ms, every row reached',
    !!kitScroll && kitScroll.longTasks === 0 && kitScroll.reached === kitScroll.count,
  ),
  ratioGoal('one keystroke, 200-field form vs bare rjsf', 'one keystroke', 1.3),
  ratioGoal('mount 200-field form vs bare rjsf', 'mount ActionInputForm', 1.1),
  goal(
    `heap after ${memory.runs.toLocaleString('en')} runs with 1 MB outputs`,
    `+${mb(memory.heapGrowthBytes)} (${memory.heldRuns} runs, ${mb(memory.heldBytes)} of output held)`,
    `bounded by the cap: ${memory.capRuns} runs / ${mb(memory.capBytes)} per action`,
    memory.heldBytes <= memory.capBytes && memory.heldRuns <= memory.capRuns,
  ),
]

function loadSections(): string[] {
  const load = loadOrError
  if (load instanceof Error) {
    return [
      `## Reference API over loopback HTTP`,
      `Not measured in this run: the load test failed (${load.message}).`,
    ]
  }
  return [
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
      `Writes acknowledged: ${load.acknowledged}; read back by id afterwards: ${load.listed}; lost: ${load.lost}.`,
  ]
}

const sections = [
  `# Benchmarks`,
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ` +
    `${Math.round(totalmem() / 2 ** 30)} GiB, ${osType()} ${release()}, Node ${process.version}. ` +
    'Regenerate with `npm run bench`; every baseline is measured in the same run. The machine is shared, so ' +
    'absolute times are noisy; compare the ratios.',
  `## Goals (issue 19)`,
  table(['figure', 'this run', 'goal', ''], goals),
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
        'list, runner, form shell, dialogs and output, eager (peers, rjsf, Radix external)',
        kb(sizes.coreComponentsEager),
        'bare @radix-ui/react-dialog',
        kb(sizes.radixDialog),
        ratio(sizes.coreComponentsEager, sizes.radixDialog),
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
        're2js, loaded by the tools when a schema first holds a pattern',
        kb(sizes.re2jsOnDemand),
        'the tools entry with ajv and ajv-formats',
        kb(sizes.toolsEntryWithAjv),
        ratio(sizes.re2jsOnDemand, sizes.toolsEntryWithAjv),
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
  `## Time in Chromium (performance.now(); median of ${RUNS} samples each, a sample being the mean of ${BATCH} mounts or first keystrokes; kit and baseline samples alternated after ${WARM_UP} warm-up samples of each)`,
  table(
    ['what', 'kit', 'baseline', 'baseline time', 'ratio'],
    timings.map((t) => [t.name, ms(t.kitMs), t.baselineName, ms(t.baselineMs), ratio(t.kitMs, t.baselineMs)]),
  ),
  `## Scrolling in Chromium (10,000 rows, one viewport a frame, top to bottom)`,
  table(
    ['list', 'time', 'long tasks (> 50 ms)', 'longest', 'rows reached'],
    scrolls.map((f) => [
      f.name,
      ms(f.ms),
      String(f.longTasks),
      ms(f.maxLongTaskMs),
      `${f.reached.toLocaleString('en')} of ${f.count.toLocaleString('en')}`,
    ]),
  ),
  `## Memory of the run history (Node, --expose-gc)`,
  table(
    ['what', 'figure', 'cap', 'ratio'],
    [
      [
        `heap growth after ${memory.runs.toLocaleString('en')} runs with 1 MB outputs`,
        mb(memory.heapGrowthBytes),
        mb(memory.capBytes),
        ratio(memory.heapGrowthBytes, memory.capBytes),
      ],
      [
        'output JSON held in the run history',
        mb(memory.heldBytes),
        mb(memory.capBytes),
        ratio(memory.heldBytes, memory.capBytes),
      ],
      ['runs held', String(memory.heldRuns), String(memory.capRuns), ratio(memory.heldRuns, memory.capRuns)],
    ],
  ),
  ...loadSections(),
]

const markdown = `${sections.join('\n\n')}\n`
writeFileSync(join(root, 'BENCHMARKS.md'), markdown)
process.stdout.write(markdown)
if (
  loadOrError instanceof Error ||
  loadOrError.lost > 0 ||
  loadOrError.get.errors + loadOrError.run.errors > 0
)
  process.exitCode = 1
