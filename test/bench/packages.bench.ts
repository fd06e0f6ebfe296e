// The packed packages as consumers get them: the gzip size of each consumer's bundle (written into the
// developer guide's table, which test/packages/consumers.test.ts checks), and what a browser-only
// install and a server-rendering portal install.
import { rmSync } from 'node:fs';
import {
  buildWithVite,
  buildWithWebpack,
  cdnBundle,
  fragmentsScript,
  installedPackages,
  measureSizes,
  setUpConsumers,
  writeDocumentedSizes,
} from '../packages/consumers.ts';
import type { Bench, BenchRow } from './types.ts';

const bench: Bench = async () => {
  const setup = await setUpConsumers();
  try {
    const sizes = measureSizes(
      cdnBundle(setup.portal),
      buildWithVite(setup.portal),
      buildWithWebpack(setup.portal),
      fragmentsScript(setup.portal),
    );
    await writeDocumentedSizes(sizes);
    const rows: BenchRow[] = sizes.map((size) => ({ name: size.label, value: size.bytes, unit: 'B gzip' }));
    rows.push({
      name: 'browser-only install (@druk/components)',
      value: installedPackages(setup.browserOnly).length,
      unit: 'packages',
    });
    rows.push({
      name: 'portal install (components, SSR, druk-render, audit, fonts, Vite, webpack, TypeScript)',
      value: installedPackages(setup.portal).length,
      unit: 'packages',
    });
    return rows;
  } finally {
    rmSync(setup.folder, { recursive: true, force: true });
  }
};

export default bench;
