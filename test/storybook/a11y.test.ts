// A story with an accessibility violation fails the `storybook` vitest project. The project as
// vitest.config.ts defines it runs on a fixture Storybook config (test/storybook/a11y-fixture/) that keeps
// .storybook/main.ts's addons and .storybook/preview.ts's a11y parameters and has one text field in two
// stories: with its label, as the control that proves the set-up runs, and without.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { REPO_ROOT } from '../support/paths.ts';

interface JsonReport {
  testResults: { assertionResults: { title: string; status: string; failureMessages: string[] }[] }[];
}

const output = mkdtempSync(join(tmpdir(), 'druk-storybook-a11y-'));
afterAll(() => rmSync(output, { recursive: true, force: true }));

/** Runs the fixture's storybook project in its own vitest, outside this one's, and resolves with its exit code. */
function runFixture(report: string): Promise<{ code: number; output: string }> {
  // The outer run's variables would tell the inner vitest it is one of the outer's workers.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  return new Promise((resolve) => {
    execFile(
      join(REPO_ROOT, 'node_modules/.bin/vitest'),
      ['run', '--config', 'test/storybook/a11y-fixture/vitest.config.ts', '--reporter=json', `--outputFile=${report}`],
      { cwd: REPO_ROOT, env: { ...env, NO_COLOR: '1', STORYBOOK_DISABLE_TELEMETRY: '1' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

test('a story whose field has no label fails the storybook project, naming axe’s label rule', async () => {
  const report = join(output, 'report.json');
  const run = await runFixture(report);
  expect(run.code, run.output).toBe(1);
  const results = (JSON.parse(readFileSync(report, 'utf8')) as JsonReport).testResults.flatMap(
    (file) => file.assertionResults,
  );
  expect(results.map(({ title, status }) => `${title}: ${status}`)).toEqual(['Labelled: passed', 'Unlabelled: failed']);
  const [failure] = results.find(({ title }) => title === 'Unlabelled')!.failureMessages;
  expect(failure).toContain('Form elements must have labels (label)');
  expect(failure).toContain('#full-name');
});
