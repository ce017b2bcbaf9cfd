// Counts passed / failed / skipped tests from the JSON reports of vitest and Playwright.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function countVitest(report) {
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + (report.success === false && !report.numFailedTests ? 1 : 0),
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function countPlaywright(report) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'skipped') counts.skipped += 1;
        else if (test.status === 'expected' || test.status === 'flaky') counts.passed += 1;
        else counts.failed += 1;
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  counts.failed += (report.errors ?? []).length;
  return counts;
}

export function countReports(dir) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : [];
  for (const file of files) {
    let report;
    try {
      report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch {
      total.failed += 1;
      continue;
    }
    const counts = 'numPassedTests' in report ? countVitest(report) : countPlaywright(report);
    for (const key of Object.keys(total)) total[key] += counts[key];
  }
  const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
  return { ...total, line: `tests: ${total.passed} passed, ${total.failed} failed${skipped}` };
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const counts = countReports(process.argv[2] ?? 'test-results');
  console.log(counts.line);
}
