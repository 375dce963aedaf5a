/**
 * Ends a run with the plain "N passed, N failed" line that CI reads. Printed on exit, because jest's
 * summary reporter writes after every configured reporter.
 */
export default class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites
    const line = `Tests: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`
    process.once('exit', () => process.stdout.write(`\n${line}\n`))
  }
}
