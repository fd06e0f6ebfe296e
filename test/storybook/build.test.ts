// `npm run build-storybook` must keep working: a static Storybook is what developers and
// designers browse, and its index must hold a story for every component.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { REPO_ROOT } from '../support/paths.ts';

interface StoryIndex {
  entries: Record<string, { type: 'story' | 'docs'; importPath: string }>;
}

const output = mkdtempSync(join(tmpdir(), 'druk-storybook-'));
afterAll(() => rmSync(output, { recursive: true, force: true }));

/** Every package source folder that has a `<name>.stories.ts`. */
function foldersWithStories(): string[] {
  const root = join(REPO_ROOT, 'packages');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.stories.ts') && !file.includes('node_modules'))
    .map((file) => `./packages/${file}`);
}

test('storybook build succeeds and indexes a story from every stories file', () => {
  const result = spawnSync(
    join(REPO_ROOT, 'node_modules/.bin/storybook'),
    ['build', '-o', output, '--quiet', '--disable-telemetry'],
    { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } },
  );
  expect(result.status, result.stderr).toBe(0);
  expect(existsSync(join(output, 'index.html'))).toBe(true);

  const index = JSON.parse(readFileSync(join(output, 'index.json'), 'utf8')) as StoryIndex;
  const storyFiles = new Set(
    Object.values(index.entries)
      .filter((entry) => entry.type === 'story')
      .map((entry) => entry.importPath),
  );
  const expected = foldersWithStories();
  expect(expected.length).toBeGreaterThan(30);
  expect(expected.filter((file) => !storyFiles.has(file))).toEqual([]);
});
