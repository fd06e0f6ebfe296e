// Size of the tokens stylesheet a page loads, and how long an agency build with its own accent takes.
import { gzipSync } from 'node:zlib';
import { buildTokensCss, tokensCss } from '../../packages/tokens/src/index.ts';
import type { Bench } from './types.ts';

const bench: Bench = async () => {
  const runs = 50;
  const started = performance.now();
  for (let run = 0; run < runs; run += 1) buildTokensCss({ accent: '#0a5c36' });
  return [
    { name: 'tokens.css', value: Buffer.byteLength(tokensCss), unit: 'B' },
    { name: 'tokens.css, gzip -9', value: gzipSync(tokensCss, { level: 9 }).byteLength, unit: 'B' },
    {
      name: 'build with an accent (checked), mean of 50',
      value: ((performance.now() - started) / runs).toFixed(2),
      unit: 'ms',
    },
  ];
};

export default bench;
