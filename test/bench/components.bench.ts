// @druk/components: gzip -9 size of each component bundled alone (Lit and the base element included),
// the budget bundles, and the server-render time of each component (200 renders after a warm-up: the
// median, and the mean, which includes garbage collection).
import { componentEntries } from '../../packages/components/scripts/build.ts';
import '../../packages/components/src/index.ts';
import { renderToString } from '../../packages/components/src/ssr/render.ts';
import { CHROME_MODULES, bundleModules, elementsCss, gzipSize } from '../../packages/components/test/bundle.ts';
import { samples } from '../../packages/components/test/samples.ts';
import type { Bench, BenchRow } from './types.ts';

const RENDERS = 200;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const bench: Bench = async () => {
  const rows: BenchRow[] = [];
  const baseline = gzipSize(await bundleModules(['base/druk-element']));
  rows.push({ name: 'Lit + base element', value: baseline, unit: 'B gzip' });
  const entries = await componentEntries();
  const ours = new Set(samples.map((sample) => sample.module.replace(/\.ts$/, '')));
  for (const [name, file] of Object.entries(entries)) {
    const module = file.slice(file.indexOf('/src/') + 5).replace(/\.ts$/, '');
    if (!ours.has(module)) continue;
    const bytes = gzipSize(await bundleModules([module]));
    rows.push({ name: `${name} (alone, with Lit)`, value: bytes, unit: 'B gzip' });
  }
  const chromeTags = CHROME_MODULES.map((module) => `druk-${module.split('/')[0]}`);
  rows.push({
    name: 'site chrome JS (budget 14336)',
    value: gzipSize(await bundleModules(CHROME_MODULES)),
    unit: 'B gzip',
  });
  rows.push({ name: 'site chrome CSS (budget 8192)', value: gzipSize(elementsCss(chromeTags)), unit: 'B gzip' });
  const everything = samples.map((sample) => sample.module.replace(/\.ts$/, ''));
  rows.push({
    name: 'all components JS (budget 35840)',
    value: gzipSize(await bundleModules(everything)),
    unit: 'B gzip',
  });
  for (const sample of samples) {
    for (let run = 0; run < 20; run += 1) await renderToString(sample.tag, sample);
    const times: number[] = [];
    for (let run = 0; run < RENDERS; run += 1) {
      const start = performance.now();
      await renderToString(sample.tag, sample);
      times.push(performance.now() - start);
    }
    const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
    rows.push({
      name: `SSR ${sample.tag} (median / mean)`,
      value: `${median(times).toFixed(3)} / ${mean.toFixed(3)}`,
      unit: 'ms',
    });
  }
  return rows;
};

export default bench;
