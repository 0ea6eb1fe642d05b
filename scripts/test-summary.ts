/**
 * Adds up the unit and end-to-end runs' JSON reports into one closing line: "tests: N passed, N failed",
 * after the detection figures the evaluation test wrote (eval/names.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs';

interface Figures {
  nameRecall: number;
  eventRecall: number;
  precision: number;
  wrong: number;
  gold: number;
  system: number;
}

const evalFile = '.output/test-results/eval-names.json';
if (existsSync(evalFile)) {
  const sets = JSON.parse(readFileSync(evalFile, 'utf8')) as { sets: Record<string, Record<string, Figures>> };
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
  for (const [set, figures] of Object.entries(sets.sets)) {
    console.log(`detection on ${set}:`);
    console.log('  lang   names  events  precision  wrong entities  gold mentions');
    for (const [lang, f] of Object.entries(figures)) {
      console.log(`  ${lang.padEnd(4)} ${pct(f.nameRecall)} ${pct(f.eventRecall)} ${pct(f.precision).padStart(10)} ${String(f.wrong).padStart(15)} ${String(f.gold).padStart(14)}`);
    }
  }
}

const claimsFile = '.output/test-results/eval-claims.json';
if (existsSync(claimsFile)) {
  const sets = JSON.parse(readFileSync(claimsFile, 'utf8')) as { sets: Record<string, Record<string, { recall: number; precision: number; stance: number; onTraps: number; gold: number }>> };
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
  for (const [set, figures] of Object.entries(sets.sets)) {
    if (!Object.keys(figures).length) continue;
    console.log(`claim flags on ${set}:`);
    console.log('  lang   recall  precision  stance right  flags on traps  gold sentences');
    for (const [lang, f] of Object.entries(figures)) {
      console.log(`  ${lang.padEnd(4)} ${pct(f.recall)} ${pct(f.precision).padStart(10)} ${pct(f.stance).padStart(13)} ${String(f.onTraps).padStart(15)} ${String(f.gold).padStart(15)}`);
    }
  }
}

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
