// druk-audit against the built site template, served with the headers its `_headers` file declares:
// the template is the reference site, so every rule must pass on it, category by category.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { audit, CATEGORY_IDS, type SiteResult } from '../../packages/audit/src/index.ts';
import { serveWithHeaders } from '../support/headers-server.ts';
import type { StaticServer } from '../support/static-server.ts';

const MAX_PAGES = 60;

let server: StaticServer;
let outputDir: string;
let site: SiteResult;

beforeAll(async () => {
  server = await serveWithHeaders(inject('templateDist'));
  outputDir = mkdtempSync(join(tmpdir(), 'druk-audit-template-'));
  const run = await audit({
    sites: [{ url: server.url, name: 'Site template' }],
    outputDir,
    maxPages: MAX_PAGES,
    samplePerPattern: 3,
    concurrency: 3,
    formats: ['json', 'html'],
  });
  site = run.sites[0]!;
}, 600_000);

afterAll(async () => {
  await server?.close();
  if (outputDir) rmSync(outputDir, { recursive: true, force: true });
});

test('audits the template without a page failing to load', () => {
  expect(site.pages.length).toBeGreaterThan(10);
  expect(
    site.pages.filter((page) => page.kind === 'error').map((page) => `${page.url}: ${page.error?.message}`),
  ).toEqual([]);
});

describe('reports no failure on the template', () => {
  test.each(CATEGORY_IDS)('%s', (category) => {
    const failures = site.findings
      .filter((finding) => finding.category === category && finding.status === 'fail')
      .map(
        (finding) =>
          `${finding.ruleId} on ${finding.pages.length} page(s), e.g. ${finding.pages[0]}: ${finding.message}`,
      );
    expect(failures).toEqual([]);
  });
});

test('finds the standard elements, with evidence', () => {
  const found = site.passes.map((finding) => finding.ruleId);
  for (const ruleId of [
    'standards/identity',
    'standards/language-switch',
    'standards/contact-page',
    'standards/contact-phone',
    'standards/contact-email',
    'standards/search',
    'standards/privacy-policy',
    'standards/accessibility-statement',
    'standards/last-updated',
  ]) {
    expect(found, ruleId).toContain(ruleId);
  }
});
