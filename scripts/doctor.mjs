// `npm run doctor`: shows the toolchain the bootstrap prepared, for bug reports and support.
import { spawnSync } from 'node:child_process';

function version(command) {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim().split('\n')[0] : 'not found';
}

const rows = [
  ['node', `${process.version} (${process.execPath})`],
  ['pnpm', version('pnpm')],
  ['chromium', `${version(process.env.CHROMIUM_PATH ?? 'chromium')} (${process.env.CHROMIUM_PATH ?? 'not found'})`],
];
for (const [name, value] of rows) console.log(`${name.padEnd(9)} ${value}`);
