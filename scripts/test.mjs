// The whole test suite, as `npm test` runs it after the bootstrap: the site checks run on the Yulsum
// sample and on a fork generated from the template (test/fork/). With `--site`, only the checks every
// agency site must pass (`npm run test:site`), on the site in DRUK_SITE_DIR (default sites/template):
// its types, its build, and the end-to-end tests of the built pages (accessibility with axe and
// pa11y-ci, links, archive, search, headers under nginx, JavaScript off, page weight, druk-audit).
// Static checks count as one test each; vitest reports its own tests.
// Ends with one line: `N passed, N failed[, N skipped]`, and exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, '.cache', 'vitest-results.json');
const SITE_ONLY = process.argv.includes('--site');
/** The site `--site` checks; the end-to-end tests' global setup builds it. */
const SITE_DIR = resolve(ROOT, process.env.DRUK_SITE_DIR ?? 'sites/template');
if (SITE_ONLY) process.env.DRUK_SITE_DIR = SITE_DIR;
/** The end-to-end tests that check a built agency site (each runs on every site under test). */
const SITE_TESTS = ['test/template', 'test/a11y', 'test/audit/template.test.ts'];

const ASTRO_CHECK_NAME = `types (astro check, ${relative(ROOT, SITE_DIR)})`;
/** Static checks: each is one pass/fail. */
const CHECKS = [
  { name: 'format (prettier --check)', command: ['prettier', '--check', '--log-level', 'warn', '.'] },
  { name: 'lint (eslint)', command: ['eslint', '--max-warnings', '0', '.'] },
  { name: 'types (tsc, whole workspace)', command: ['tsc', '-p', 'tsconfig.json'] },
  {
    name: ASTRO_CHECK_NAME,
    command: ['astro', 'check', '--minimumSeverity', 'warning'],
    cwd: relative(ROOT, SITE_DIR),
  },
];

function heading(text) {
  process.stdout.write(`\n=== ${text} ===\n`);
}

function runStep(command, cwd = '.') {
  const [bin, ...args] = command;
  const dir = join(ROOT, cwd);
  // Each package's own binaries first (astro lives in sites/template).
  const env = { ...process.env, PATH: `${join(dir, 'node_modules', '.bin')}:${process.env.PATH}` };
  const result = spawnSync(bin, args, { cwd: dir, stdio: 'inherit', env });
  if (result.error) process.stdout.write(`could not start ${bin}: ${result.error.message}\n`);
  return result.status === 0;
}

const tally = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

for (const check of SITE_ONLY ? CHECKS.filter((check) => check.name === ASTRO_CHECK_NAME) : CHECKS) {
  heading(check.name);
  if (runStep(check.command, check.cwd)) tally.passed += 1;
  else {
    tally.failed += 1;
    failures.push(check.name);
  }
}

heading(SITE_ONLY ? 'vitest (end-to-end tests of the site)' : 'vitest (unit, browser, storybook, end-to-end)');
mkdirSync(dirname(RESULTS), { recursive: true });
rmSync(RESULTS, { force: true });
const vitestOk = runStep([
  'vitest',
  'run',
  ...(SITE_ONLY ? ['--project', 'e2e', ...SITE_TESTS] : []),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${RESULTS}`,
]);
if (existsSync(RESULTS)) {
  const report = JSON.parse(readFileSync(RESULTS, 'utf8'));
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
  tally.skipped += report.numPendingTests + report.numTodoTests;
  // A suite that fails to load has no tests to count, but it is a failure.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  );
  tally.failed += brokenFiles.length;
  for (const file of brokenFiles) failures.push(`could not run ${file.name.replace(`${ROOT}/`, '')}`);
  if (!vitestOk && report.numFailedTests === 0 && brokenFiles.length === 0) {
    tally.failed += 1;
    failures.push('vitest exited with an error');
  }
} else {
  tally.failed += 1;
  failures.push('vitest wrote no results');
}

if (failures.length) {
  heading('failed');
  for (const failure of failures) process.stdout.write(`- ${failure}\n`);
}
const summary = `${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`;
process.stdout.write(`\n${summary}\n`);
process.exit(tally.failed > 0 ? 1 : 0);
