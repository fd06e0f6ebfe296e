// The bootstrap behind `npm start` / `npm test`, exercised as a newcomer would run it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { REPO_ROOT } from '../support/paths.ts';

function bootstrap(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/bootstrap.mjs', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
}

test('an unknown task fails and lists the tasks there are', () => {
  const result = bootstrap('serve-everything');
  expect(result.status).toBe(1);
  const listed = /unknown task "serve-everything"; one of: (.+)/.exec(result.stderr)?.[1]?.split(', ') ?? [];
  // Every task the root package.json's scripts hand to the bootstrap is among those listed.
  const { scripts } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const routed = Object.values(scripts).flatMap((script) => /bootstrap\.mjs ([\w-]+)/.exec(script)?.[1] ?? []);
  expect(routed).toContain('test');
  expect(listed).toEqual(expect.arrayContaining(routed));
});

test('a prepared checkout runs the task straight away with the toolchain on PATH', () => {
  const result = bootstrap('doctor');
  expect(result.status).toBe(0);
  expect(result.stderr).not.toMatch(/installing/);
  expect(result.stdout).toMatch(/^node +v(2[2-9]|[3-9]\d)\./m);
  expect(result.stdout).toMatch(/^pnpm +1[2-9]\./m);
  expect(result.stdout).toMatch(/^chromium +Chromium \d+/m);
});
