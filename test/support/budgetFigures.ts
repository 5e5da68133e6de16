import { writeFileSync } from 'node:fs'

/** One measured count beside the least it could be. */
export interface BudgetFigure {
  group: 'network' | 'renders'
  name: string
  value: number
  /** The least possible value (network) or the budget (renders). */
  reference: number
  referenceName: string
}

const figures: BudgetFigure[] = []

/** Keeps a figure for `npm run bench`, which sets BENCH_OUT to collect them. */
export function recordFigure(figure: BudgetFigure) {
  figures.push(figure)
}

/** Writes the figures to BENCH_OUT, when set. */
export function flushFigures() {
  const out = process.env.BENCH_OUT
  if (out) writeFileSync(out, JSON.stringify(figures, null, 2))
}
