/** A line diff of `before` and `after` (`-` removed, `+` added, two lines of context), or '' when equal. */
export function diffLines(before: string, after: string): string {
  if (before === after) return ''
  const a = before.split('\n')
  const b = after.split('\n')
  // Longest common subsequence table, from the end.
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
    }
  }
  const lines: { mark: ' ' | '-' | '+'; text: string }[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push({ mark: ' ', text: a[i]! })
      i++
      j++
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      lines.push({ mark: '+', text: b[j++]! })
    } else {
      lines.push({ mark: '-', text: a[i++]! })
    }
  }
  const shown = lines.map((line, index) =>
    lines.slice(Math.max(0, index - 2), index + 3).some((near) => near.mark !== ' '),
  )
  const out: string[] = []
  lines.forEach((line, index) => {
    if (shown[index]) out.push(`${line.mark} ${line.text}`)
    else if (shown[index - 1]) out.push('  ...')
  })
  return out.join('\n')
}
