// Prints one line "N passed, N failed" summing the unit (Vitest) and browser (Playwright) suites,
// from their JSON reports. A suite that did not run (no report) counts as one failure, so a broken
// run can never look green.
import { existsSync, readFileSync } from 'node:fs'

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null
}

let passed = 0
let failed = 0

const unit = read('reports/unit.json')
if (unit) {
  passed += unit.numPassedTests
  failed += unit.numFailedTests
} else failed += 1

const e2e = read('reports/e2e.json')
if (e2e) {
  // "flaky" passed on retry; "unexpected" failed; skipped tests are neither.
  passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0)
  failed += e2e.stats.unexpected ?? 0
} else failed += 1

console.log(`${passed} passed, ${failed} failed`)
