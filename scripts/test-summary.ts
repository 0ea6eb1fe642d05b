/** Adds up the unit and end-to-end runs' JSON reports into one closing line: "tests: N passed, N failed". */
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of ['.output/test-results/unit.json', '.output/test-results/e2e.json']) {
  if (!existsSync(file)) {
    console.error(`test-summary: ${file} is missing (did that run happen?)`);
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
