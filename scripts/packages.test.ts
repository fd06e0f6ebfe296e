// The published shape stays in step with the workspace's: every `exports` entry has its compiled twin
// in `publishConfig.exports`, and the import rewriting leaves bare and non-TypeScript paths alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rewriteRelativeTsImports, workspacePackages } from './packages.ts';

interface Manifest {
  exports: Record<string, unknown>;
  bin?: Record<string, string>;
  files?: string[];
  publishConfig?: { exports?: Record<string, unknown>; bin?: Record<string, string> };
}

/** What a workspace `exports` target becomes once compiled. */
function compiledTarget(target: unknown): unknown {
  if (typeof target !== 'string') return target;
  const typescript = /^\.\/src\/(.*)\.ts$/.exec(target);
  if (typescript) return { types: `./dist/${typescript[1]}.d.ts`, default: `./dist/${typescript[1]}.js` };
  return target.replace(/^\.\/src\//, './dist/');
}

describe('published package manifests', () => {
  for (const pkg of workspacePackages().filter((candidate) => candidate.compiled)) {
    it(`${pkg.name}: publishConfig.exports and .bin are the compiled twins of exports and bin`, () => {
      const manifest = JSON.parse(readFileSync(join(pkg.dir, 'package.json'), 'utf8')) as Manifest;
      const expected = Object.fromEntries(
        Object.entries(manifest.exports).map(([entry, target]) => [entry, compiledTarget(target)]),
      );
      expect(manifest.publishConfig?.exports).toEqual(expected);
      const bins = Object.entries(manifest.bin ?? {}).map(([name, file]) => [
        name,
        file.replace(/^\.\/src\//, './dist/').replace(/\.ts$/, '.js'),
      ]);
      expect(manifest.publishConfig?.bin ?? {}).toEqual(Object.fromEntries(bins));
      expect(manifest.files).toEqual(expect.arrayContaining(['dist', 'LICENSE', 'README.md']));
      expect(manifest.files).not.toContain('src');
    });
  }
});

describe('rewriteRelativeTsImports', () => {
  it('rewrites relative .ts specifiers in imports, exports and import types', () => {
    const source = [
      "export { a } from './a.ts';",
      "import type { B } from '../b/b.ts';",
      "import './side-effect.ts';",
      "type C = import('./c.ts').C;",
    ].join('\n');
    expect(rewriteRelativeTsImports(source)).toBe(
      [
        "export { a } from './a.js';",
        "import type { B } from '../b/b.js';",
        "import './side-effect.js';",
        "type C = import('./c.js').C;",
      ].join('\n'),
    );
  });

  it('leaves package specifiers, declaration files and other extensions alone', () => {
    const source = "import { x } from '@druk/locale';\nimport '../styles/site.css';\nimport y from 'lib/file.ts';";
    expect(rewriteRelativeTsImports(source)).toBe(source);
  });
});
