#!/usr/bin/env node
// druk-render <description.yaml|json> [--out <dir>] [--assets-url <path>]
// Exit codes: 0 written, 1 the description has problems (each printed as file:line: field: problem),
// 2 usage.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { DescriptionError, parseDescription } from './description.ts';
import { writeFragments } from './write.ts';

const USAGE = `Usage: druk-render <site.yaml|site.json> [--out <dir>] [--assets-url <path>]

Writes the government masthead, header, navigation and footer as HTML fragments with declarative
shadow DOM, in English and Dzongkha, for a theme to include:
  <dir>/head.html               stylesheet and script links, for <head>
  <dir>/en/masthead.html        skip link and masthead, first in <body>
  <dir>/en/header.html          header with the language switcher
  <dir>/en/navigation.html      primary navigation
  <dir>/en/footer.html          footer
  <dir>/dz/…                    the same in Dzongkha
  <dir>/assets/                 tokens.css, fonts/, druk-chrome.js: serve at --assets-url

Options:
  --out <dir>          output folder (default druk)
  --assets-url <path>  URL path where the portal serves <dir>/assets (default: the description's
                       "assets", else /druk/assets)
  -h, --help           this help`;

function fail(message: string, code: number): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = code;
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { out: { type: 'string' }, 'assets-url': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return fail(`druk-render: ${(error as Error).message}\n\n${USAGE}`, 2);
  }
  const { positionals, values } = parsed;
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const [file, ...extra] = positionals;
  if (!file || extra.length) return fail(USAGE, 2);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return fail(`druk-render: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`, 1);
  }
  try {
    const site = parseDescription(text, file);
    if (values['assets-url']) site.assets = values['assets-url'].replace(/\/+$/, '');
    const out = values.out ?? 'druk';
    const report = await writeFragments(site, out, { source: basename(file) });
    process.stdout.write(
      `Wrote ${report.fragments.length} fragments and their assets to ${out}/ (head.html links the assets at ${site.assets})\n`,
    );
    for (const fragment of report.fragments) process.stdout.write(`  ${out}/${fragment}\n`);
  } catch (error) {
    if (error instanceof DescriptionError) {
      const count = error.problems.length === 1 ? 'a problem' : `${error.problems.length} problems`;
      return fail(`druk-render: ${file} has ${count}:\n${error.problems.map((line) => `  ${line}`).join('\n')}`, 1);
    }
    fail(`druk-render: ${(error as Error).message}`, 1);
  }
}

await main();
