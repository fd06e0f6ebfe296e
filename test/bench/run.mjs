// `npm run bench`: runs every test/bench/*.bench.ts in turn and prints its figures.
// A benchmark module default-exports an async function returning rows of figures.
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((wanted) => name.includes(wanted)))
  .sort();

if (files.length === 0) {
  console.log('No benchmarks to run.');
}
let failed = false;
for (const file of files) {
  console.log(`\n## ${file.replace(/\.bench\.ts$/, '')}`);
  try {
    const { default: bench } = await import(pathToFileURL(`${here}/${file}`).href);
    const rows = await bench();
    const width = Math.max(...rows.map((row) => row.name.length));
    for (const row of rows) {
      console.log(`${row.name.padEnd(width)}  ${String(row.value).padStart(12)} ${row.unit}`);
    }
  } catch (error) {
    failed = true;
    console.error(`benchmark ${file} failed:`, error);
  }
}
process.exit(failed ? 1 : 0);
