// Writes the tokens stylesheet: `node packages/tokens/src/build.ts [--accent #hex] [--accent-dark #hex] [--out file]`.
// Without options it regenerates src/tokens.css, src/druk-page.css and src/tokens.json (a test checks they
// are current).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildPageCss, buildTokensCss } from './css.ts';
import { tokens } from './index.ts';

const { values } = parseArgs({
  options: { accent: { type: 'string' }, 'accent-dark': { type: 'string' }, out: { type: 'string' } },
});
try {
  const css = buildTokensCss({ accent: values.accent, accentDark: values['accent-dark'] });
  const out = values.out ?? fileURLToPath(new URL('./tokens.css', import.meta.url));
  writeFileSync(out, css);
  if (!values.out) {
    writeFileSync(new URL('./druk-page.css', import.meta.url), buildPageCss());
    writeFileSync(new URL('./tokens.json', import.meta.url), `${JSON.stringify(tokens, null, 2)}\n`);
  }
  process.stdout.write(`wrote ${out}\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
}
