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
  // A suite that failed to load, or whose hook failed and skipped its tests, has no failed test in the counts;
  // count it as a failure so it cannot hide.
  const hidden = report.testResults.filter(
    (s) => s.status === 'failed' && !s.assertionResults.some((test) => test.status === 'failed'),
  ).length
  const reportFailed = report.numFailedTests + hidden
  // Name what failed, so a red CI log says which test to look at.
  for (const suite of report.testResults) {
    const failedTests = suite.assertionResults.filter((test) => test.status === 'failed')
    if (suite.status === 'failed' && failedTests.length === 0) {
      console.log(
        `failed: ${file}: ${suite.name}: ${String(suite.message ?? 'the suite failed').split('\n')[0]}`,
      )
    }
    for (const test of failedTests) {
      const message = String(test.failureMessages?.[0] ?? '').split('\n')[0]
      console.log(`failed: ${file}: ${suite.name} > ${test.fullName}: ${message.slice(0, 300)}`)
    }
  }
  // So does an unhandled error (an uncaught exception in a test): the run fails while every test passed.
  failed += reportFailed === 0 && report.success === false ? 1 : reportFailed
}
console.log(`tests: ${passed} passed, ${failed} failed`)
