import { domains } from './catalogue/index.ts';
import type { CatalogueEntry } from './types.ts';

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * A worksheet for the Dzongkha editor: every string whose Dzongkha still awaits review, by
 * domain, with the English beside it. `node packages/locale/src/review-cli.ts` prints it.
 */
export function reviewWorksheet(): string {
  const sections: string[] = [];
  let total = 0;
  let count = 0;
  for (const [domain, strings] of Object.entries(domains)) {
    const entries = Object.entries(strings) as [string, CatalogueEntry][];
    total += entries.length;
    const pending = entries.filter(([, entry]) => entry.review === true);
    count += pending.length;
    if (pending.length === 0) continue;
    sections.push(
      [
        `## ${domain} (${pending.length} of ${entries.length})`,
        '',
        '| id | English | Dzongkha (to check) | note |',
        '|---|---|---|---|',
        ...pending.map(
          ([id, entry]) => `| \`${id}\` | ${cell(entry.en)} | ${cell(entry.dz)} | ${cell(entry.note ?? '')} |`,
        ),
      ].join('\n'),
    );
  }
  return [
    '# Dzongkha strings awaiting review',
    '',
    `${count} of ${total} strings. When a string is checked, correct its Dzongkha if needed and remove \`review: true\`.`,
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n');
}
