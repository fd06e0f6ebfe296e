// The competition is its own package: it reaches @druk/audit only through the audit's public entry point,
// the audit never imports it (druk-audit finds it at run time by name), and its own modules import one
// another without a cycle.
import { globSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const PACKAGES = resolve(import.meta.dirname, '../..');
const SOURCE = join(PACKAGES, 'competition', 'src');

/** Every module specifier a TypeScript file imports or re-exports, static or dynamic. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)'([^']+)'/gm)].map((match) => match[1]!);
}

function sourceFiles(dir: string): string[] {
  return globSync('**/*.ts', { cwd: dir, exclude: ['**/*.test.ts'] }).map((file) => join(dir, file));
}

test('the competition uses @druk/audit only through its public entry point', () => {
  const reachingIn = sourceFiles(SOURCE).flatMap((file) =>
    importsOf(file)
      .filter((specifier) => specifier.startsWith('@druk/audit/') || /^\.\.\/\.\.\/audit\//.test(specifier))
      .map((specifier) => `${relative(PACKAGES, file)}: ${specifier}`),
  );
  expect(reachingIn).toEqual([]);
  const outside = sourceFiles(SOURCE).flatMap((file) =>
    importsOf(file)
      .filter((specifier) => specifier.startsWith('.'))
      .filter((specifier) => relative(SOURCE, resolve(dirname(file), specifier)).startsWith('..'))
      .map((specifier) => `${relative(PACKAGES, file)}: ${specifier}`),
  );
  expect(outside).toEqual([]);
});

test('the audit engine neither imports nor depends on the competition', () => {
  const audit = join(PACKAGES, 'audit');
  const imports = sourceFiles(join(audit, 'src')).flatMap((file) =>
    importsOf(file)
      .filter((specifier) => specifier.includes('competition'))
      .map((specifier) => `${relative(PACKAGES, file)}: ${specifier}`),
  );
  expect(imports).toEqual([]);
  const manifest = JSON.parse(readFileSync(join(audit, 'package.json'), 'utf8')) as Record<string, unknown>;
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
    expect(Object.keys((manifest[field] as object | undefined) ?? {}), field).not.toContain('@druk/competition');
  }
});

test("the competition's modules import one another without a cycle", () => {
  const graph = new Map(
    sourceFiles(SOURCE).map((file) => [
      file,
      importsOf(file)
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => resolve(dirname(file), specifier)),
    ]),
  );
  const cycles: string[] = [];
  const done = new Set<string>();
  const visit = (file: string, path: string[]): void => {
    if (path.includes(file)) {
      cycles.push([...path.slice(path.indexOf(file)), file].map((step) => relative(SOURCE, step)).join(' → '));
      return;
    }
    if (done.has(file)) return;
    for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
    done.add(file);
  };
  for (const file of graph.keys()) visit(file, []);
  expect(cycles).toEqual([]);
});
