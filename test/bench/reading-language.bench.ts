// What the reading and language checks cost per page, on every page of the built template site (English
// and Dzongkha): the measurement in the page, and the language identification in Node, each timed apart (the
// least of three runs per page, so that a busy machine does not inflate it); and what they report there (a
// site made from the template must give no failure).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchAuditBrowser } from '../../packages/audit/src/browser.ts';
import { languageChecks } from '../../packages/audit/src/checks/language.ts';
import { readingChecks, type ReadingLanguageFacts } from '../../packages/audit/src/checks/reading.ts';
import { openTab } from '../../packages/audit/src/page/audit-page.ts';
import type { RawFinding } from '../../packages/audit/src/rules/raw.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { htmlPages, serveStatic } from '../support/static-server.ts';
import type { Bench, BenchRow } from './types.ts';

const DIST = join(REPO_ROOT, 'sites/template/dist');
const RUNS = 3;

const quantile = (values: number[], share: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(share * values.length))] ?? 0;
const round = (value: number) => Math.round(value * 10) / 10;

const bench: Bench = async () => {
  const paths = htmlPages(readdirSync(DIST, { recursive: true, encoding: 'utf8' }));
  const server = await serveStatic(DIST);
  const browser = await launchAuditBrowser([server.url]);
  const inPage: number[] = [];
  const inNode: number[] = [];
  const found = new Map<string, number>();
  try {
    const tab = await openTab(browser);
    for (const path of paths) {
      const url = new URL(path.slice(1), server.url).href;
      await tab.page.goto(url, { waitUntil: 'load' });
      // In an audit the engines have laid the page out before these checks run: so here too, untimed.
      await tab.page.evaluate(() => document.body.offsetHeight);
      // The least of three runs: what the checks cost, not what other work on a busy machine added.
      let findings: RawFinding[] = [];
      let pageMs = Infinity;
      let nodeMs = Infinity;
      for (let run = 0; run < RUNS; run += 1) {
        let started = performance.now();
        const facts = await tab.page.evaluate(() =>
          (window as unknown as { __drukReadingLanguage(): ReadingLanguageFacts }).__drukReadingLanguage(),
        );
        pageMs = Math.min(pageMs, performance.now() - started);
        started = performance.now();
        findings = [...readingChecks(url, facts.reading), ...languageChecks(url, facts)];
        nodeMs = Math.min(nodeMs, performance.now() - started);
      }
      inPage.push(pageMs);
      inNode.push(nodeMs);
      for (const finding of findings) {
        const key = `${finding.ruleId} (${finding.status})`;
        found.set(key, (found.get(key) ?? 0) + 1);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const rows: BenchRow[] = [
    { name: 'template pages', value: paths.length, unit: 'pages' },
    { name: 'in the page: mean', value: round(mean(inPage)), unit: 'ms/page' },
    { name: 'in the page: 95th percentile', value: round(quantile(inPage, 0.95)), unit: 'ms/page' },
    { name: 'language identification in Node: mean', value: round(mean(inNode)), unit: 'ms/page' },
    { name: 'language identification in Node: 95th percentile', value: round(quantile(inNode, 0.95)), unit: 'ms/page' },
  ];
  for (const [key, count] of [...found].sort()) rows.push({ name: `found: ${key}`, value: count, unit: 'occurrences' });
  return rows;
};

export default bench;
