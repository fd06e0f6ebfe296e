// What the bootstrap adds before every `npm start` / `npm test` on a prepared checkout.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Bench } from './types.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

const bench: Bench = async () => {
  const runs = 5;
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const result = spawnSync(process.execPath, ['scripts/bootstrap.mjs', 'doctor'], { cwd: root });
    if (result.status !== 0) throw new Error(`bootstrap doctor failed: ${result.stderr}`);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return [
    { name: 'bootstrap + doctor, median of 5', value: Math.round(times[Math.floor(runs / 2)] ?? 0), unit: 'ms' },
    { name: 'bootstrap + doctor, slowest', value: Math.round(times[runs - 1] ?? 0), unit: 'ms' },
  ];
};

export default bench;
