// The scoring page behind Debian's nginx with the shipped server block (packages/competition/deploy/
// competition-nginx.conf), as evaluators reach it from their offices. startNginx serves the block on plain
// HTTP on a free port; the certificate lines stay, pointed at a test certificate, so the block loads as shipped.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openDatabase, type Database } from '../../src/db.ts';
import { type EvaluatorServer, startEvaluatorServer } from '../../src/evaluator-server.ts';
import { addEvaluator, createCompetition, listSites, registerSites, startRound } from '../../src/store.ts';
import { startNginx, type NginxServer } from '../../../../test/support/nginx.ts';
import { REPO_ROOT } from '../../../../test/support/paths.ts';
import { selfSignedCertificate } from '../../../../test/support/test-certificates.ts';

const PUBLIC_ORIGIN = 'https://scores.example.bt';
const temp = mkdtempSync(join(tmpdir(), 'druk-competition-nginx-'));
let db: Database;
let scoring: EvaluatorServer;
let nginx: NginxServer;
let token: string;
let siteId: number;

beforeAll(async () => {
  db = openDatabase(join(temp, 'competition.db'));
  const competition = createCompetition(db, 'Behind nginx');
  registerSites(db, competition.id, [{ url: 'http://a.test/', name: 'Ministry A' }]);
  siteId = listSites(db, competition.id)[0]!.id;
  startRound(db, competition.id);
  token = addEvaluator(db, competition.id, 'Pema').token;
  scoring = await startEvaluatorServer(db, { publicOrigin: PUBLIC_ORIGIN });
  const { key, cert } = selfSignedCertificate();
  writeFileSync(join(temp, 'cert.pem'), cert);
  writeFileSync(join(temp, 'key.pem'), key);
  const shipped = readFileSync(join(REPO_ROOT, 'packages/competition/deploy/competition-nginx.conf'), 'utf8');
  // startNginx moves the first listen to a free port; the IPv6 one would still ask for port 443.
  const block = shipped
    .replace(/^\s*listen \[::\][^;]+;\n/m, '')
    .replace(/proxy_pass http:\/\/127\.0\.0\.1:\d+;/, `proxy_pass ${scoring.url.slice(0, -1)};`)
    .replace(/ssl_certificate [^;]+;/, `ssl_certificate ${join(temp, 'cert.pem')};`)
    .replace(/ssl_certificate_key [^;]+;/, `ssl_certificate_key ${join(temp, 'key.pem')};`);
  nginx = await startNginx(block, temp);
});

afterAll(async () => {
  await nginx?.stop();
  await scoring?.close();
  db?.close();
  rmSync(temp, { recursive: true, force: true });
});

/** A request to nginx as an evaluator's browser sends it: Host is the public name, not nginx's address. */
function send(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body = '',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  return new Promise((done, failed) => {
    const request = httpRequest(new URL(path, nginx.url), {
      method,
      headers: { host: 'scores.example.bt', 'content-type': 'application/x-www-form-urlencoded', ...headers },
    });
    request.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => done({ status: response.statusCode!, headers: response.headers, text }));
    });
    request.on('error', failed);
    request.end(body);
  });
}

test("serves an evaluator's sheet through nginx, with HSTS", async () => {
  const sheet = await send('GET', `/e/${token}/`);
  expect(sheet.status).toBe(200);
  expect(sheet.text).toContain('Ministry A');
  expect(sheet.headers['strict-transport-security']).toBe('max-age=31536000');
  expect(sheet.headers['referrer-policy']).toBe('same-origin');
  expect((await send('GET', '/')).status).toBe(404);
});

test('keeps Host and Origin, so forms from the public origin save and others are refused', async () => {
  const path = `/e/${token}/sites/${siteId}`;
  expect((await send('POST', path, { origin: PUBLIC_ORIGIN }, 'score.aesthetics=7')).status).toBe(303);
  expect((await send('POST', path, { origin: 'null' }, 'score.aesthetics=1')).status).toBe(403);
  expect((await send('POST', path, { origin: 'https://evil.example' }, 'score.aesthetics=1')).status).toBe(403);
  expect((await send('GET', `/e/${token}/`, { host: 'other.example' })).status).toBe(400);
});

test('refuses a form over 64 KiB with 413 itself, before it reaches the page', async () => {
  const big = `score.aesthetics=1&comment=${'x'.repeat(64 * 1024)}`;
  const refused = await send('POST', `/e/${token}/sites/${siteId}`, { origin: PUBLIC_ORIGIN }, big);
  expect(refused.status).toBe(413);
  expect(refused.text).toContain('<title>413 Request Entity Too Large</title>');
});
