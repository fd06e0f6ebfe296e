// Every `--druk-*` custom property that another part of the system reads must be a token:
// a misspelt or invented name silently falls back to its hard-coded value and ignores themes,
// forced colours and Dzongkha typography.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tokensCss } from '../src/index.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SOURCE = /\.(ts|astro|css|mjs|js)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name) && !entry.parentPath.includes('node_modules'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function readers(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  const dirs = [
    ...readdirSync(join(ROOT, 'packages'))
      .filter((name) => name !== 'tokens')
      .map((name) => join(ROOT, 'packages', name, 'src')),
    ...readdirSync(join(ROOT, 'sites')).map((name) => join(ROOT, 'sites', name, 'src')),
  ];
  for (const dir of dirs.filter((path) => existsSync(path))) {
    for (const file of sourceFiles(dir)) {
      // A name written as a pattern in prose (`--druk-color-*`) is not a read.
      for (const [name] of readFileSync(file, 'utf8').matchAll(/--druk-[a-z0-9-]*[a-z0-9](?![a-z0-9])(?!-\*)/g)) {
        used.set(name, [...(used.get(name) ?? []), relative(ROOT, file)]);
      }
    }
  }
  return used;
}

describe('token names read elsewhere', () => {
  const defined = new Set(Array.from(tokensCss.matchAll(/(--druk-[a-z0-9-]+):/g), (match) => match[1]));
  const used = readers();

  it('are all defined by @druk/tokens', () => {
    const unknown = [...used.keys()].filter((name) => !defined.has(name));
    expect(unknown.map((name) => `${name} in ${[...new Set(used.get(name))].join(', ')}`)).toEqual([]);
  });
});
