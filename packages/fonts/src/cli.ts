#!/usr/bin/env node
// druk-fonts copy <dir>          copy the Tibetan fonts, their licences and druk-fonts.css into <dir>
// druk-fonts subset <site-dir>   subset them to the characters the built site uses (see subsetSite)
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { copyFonts } from './copy.ts';
import { subsetSite } from './subset.ts';

const USAGE = `Usage:
  druk-fonts copy <dir>
  druk-fonts subset <site-dir> [--fonts-dir _fonts]`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { 'fonts-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
const [command, dir] = positionals;

async function main(): Promise<void> {
  if (values.help || !command || !dir) {
    process.stdout.write(`${USAGE}\n`);
    if (!values.help) process.exitCode = 2;
    return;
  }
  if (command === 'copy') {
    await copyFonts(dir);
    process.stdout.write(`Copied the Tibetan fonts and druk-fonts.css to ${dir}\n`);
  } else if (command === 'subset') {
    const started = performance.now();
    const report = await subsetSite(dir, values['fonts-dir'] ? { fontsDir: values['fonts-dir'] } : {});
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const pages = `${report.pages} ${report.pages === 1 ? 'page' : 'pages'}`;
    process.stdout.write(`${pages}, ${report.codePoints} Tibetan characters, ${seconds} s\n`);
    for (const file of report.files) {
      process.stdout.write(
        `  ${file.family}, ${file.codePoints} characters: ${file.bytes} B (full font ${file.fullBytes} B) -> ${file.path}\n`,
      );
    }
    process.stdout.write(`Stylesheet: ${join(report.css)}\n`);
  } else {
    process.stderr.write(`Unknown command "${command}".\n${USAGE}\n`);
    process.exitCode = 2;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`druk-fonts: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
