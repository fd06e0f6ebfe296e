// --resume reads only the journal of the site being audited: sites that differ only in the query (or the
// scheme, or the case of the path) have folders of their own, so one never scores from the other's pages.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { audit } from '../../packages/audit/src/index.ts';
import { siteFolderName } from '../../packages/audit/src/results/site-folder.ts';
import { listenOnLoopback, type LoopbackServer } from '../support/loopback.ts';

let server: LoopbackServer;
let outputDir: string;
const requested: string[] = [];

beforeAll(async () => {
  server = await listenOnLoopback(
    createServer((request, response) => {
      requested.push(request.url ?? '');
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        '<!doctype html><html lang="en"><head><title>Agency</title></head><body><main><h1>Agency</h1></main></body></html>',
      );
    }),
  );
  outputDir = mkdtempSync(join(tmpdir(), 'druk-audit-resume-'));
});

afterAll(async () => {
  await server?.close();
  rmSync(outputDir, { recursive: true, force: true });
});

test("a resumed audit of one agency's site never reads the journal of a site that differs only in the query", async () => {
  const agencyOne = new URL('/?agency=1', server.url).href;
  const agencyTwo = new URL('/?agency=2', server.url).href;
  const options = { outputDir, checkExternalLinks: false, formats: ['json' as const], screenshots: false, maxPages: 1 };
  await audit({ ...options, sites: [{ url: agencyOne }] });

  const run = await audit({ ...options, sites: [{ url: agencyTwo }], resume: true });
  expect(run.sites[0]!.pages.map((page) => page.url)).toEqual([agencyTwo]);
  expect(requested).toContain('/?agency=2');
  expect(readdirSync(outputDir).filter((name) => name.startsWith('127.0.0.1'))).toEqual(
    [siteFolderName(agencyOne), siteFolderName(agencyTwo)].sort(),
  );
});
