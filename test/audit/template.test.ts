// druk-audit against every site under test, served with the headers its `_headers` file declares:
// a site made from the template must pass every rule, category by category.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { audit, CATEGORY_IDS, type SiteResult } from '../../packages/audit/src/index.ts';
import { serveWithHeaders } from '../support/headers-server.ts';
import { sitesUnderTest } from '../support/sites.ts';
import type { StaticServer } from '../support/static-server.ts';

const MAX_PAGES = 60;

describe.each(sitesUnderTest())('$id site', (site) => {
  let server: StaticServer;
  let outputDir: string;
  let result: SiteResult;

  beforeAll(async () => {
    server = await serveWithHeaders(site.dist);
    outputDir = mkdtempSync(join(tmpdir(), 'druk-audit-template-'));
    const run = await audit({
      sites: [{ url: server.url, name: site.config.name.en }],
      outputDir,
      maxPages: MAX_PAGES,
      samplePerPattern: 3,
      concurrency: 3,
      formats: ['json', 'html'],
    });
    result = run.sites[0]!;
  }, 600_000);

  afterAll(async () => {
    await server?.close();
    if (outputDir) rmSync(outputDir, { recursive: true, force: true });
  });

  test('audits the site without a page failing to load', () => {
    expect(result.pages.length).toBeGreaterThan(10);
    expect(
      result.pages.filter((page) => page.kind === 'error').map((page) => `${page.url}: ${page.error?.message}`),
    ).toEqual([]);
  });

  describe('reports no failure', () => {
    test.each(CATEGORY_IDS)('%s', (category) => {
      const failures = result.findings
        .filter((finding) => finding.category === category && finding.status === 'fail')
        .map(
          (finding) =>
            `${finding.ruleId} on ${finding.pages.length} page(s), e.g. ${finding.pages[0]}: ${finding.message}`,
        );
      expect(failures).toEqual([]);
    });
  });

  test('finds the standard elements, with evidence', () => {
    const found = result.passes.map((finding) => finding.ruleId);
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
});
