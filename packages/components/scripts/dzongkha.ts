// Writes src/base/dzongkha.json, the Dzongkha strings that browsers fetch the first time an element
// speaks Dzongkha, from the catalogue (src/base/dzongkha.ts). Run it after the Dzongkha catalogue
// changes; a unit test fails while the file is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dzongkha } from '../src/base/dzongkha.ts';

export const DZONGKHA_JSON = fileURLToPath(new URL('../src/base/dzongkha.json', import.meta.url));

/** The file's text: one line, as small as JSON gets (it is fetched as it is). */
export function dzongkhaJson(): string {
  return `${JSON.stringify(dzongkha)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(DZONGKHA_JSON, dzongkhaJson());
