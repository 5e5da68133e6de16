// Sums Vitest JSON reports into the one line CI reads: `tests: N passed, M failed`.
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`missing test report: ${file}`)
    failed += 1
    continue
  }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests
  // A suite that failed to load has no tests in the counts; count it as a failure so it cannot hide.
  failed += report.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length
}
console.log(`tests: ${passed} passed, ${failed} failed`)
