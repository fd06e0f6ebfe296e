// The content of iframes in one page's audit. axe-core, run from the page, asks each frame for its findings;
// a frame whose renderer is busy (a heavy embed, or any frame on a loaded machine) answers late. Its findings
// must be there all the same, or two audits of one site disagree (robustness.test.ts compares two runs).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { auditPage } from '../../packages/audit/src/page/audit-page.ts';
import { openAuditTab, type ServedAuditTab } from '../support/audit-tab.ts';
import { serveFiles, type ServedFile } from '../support/static-server.ts';

/** A cross-site embed with a button without a name, whose thread is busy 1.9 s of every 2 s for 8 s after load. */
const BUSY_EMBED = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Office map</title></head>
  <body>
    <button class="zoom-in"><svg width="16" height="16" viewBox="0 0 16 16"><path d="M2 8h12" stroke="#000" /></svg></button>
    <script>
      const busy = () => {
        const end = performance.now() + 1900;
        while (performance.now() < end);
      };
      addEventListener('load', () => {
        setTimeout(busy, 0);
        let rounds = 4;
        const timer = setInterval(() => (--rounds ? busy() : clearInterval(timer)), 2000);
      });
    </script>
  </body>
</html>`;

let site: ServedAuditTab;

beforeAll(async () => {
  const files: Record<string, ServedFile> = { '/embed.html': BUSY_EMBED };
  const server = await serveFiles(files);
  // Another site than the page's (localhost, not 127.0.0.1): the embed runs in a renderer of its own.
  const embed = new URL('/embed.html', server.url.replace('127.0.0.1', 'localhost')).href;
  files['/'] = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>Contact</title></head>
  <body><main><h1>Contact</h1><iframe title="Office map" src="${embed}" width="300" height="120"></iframe></main></body>
</html>`;
  site = await openAuditTab(server);
});

afterAll(() => site?.close());

test('the failures inside a cross-site iframe whose renderer answers late are found', async () => {
  const url = site.server.url;
  const result = await auditPage(site.tab, {
    url,
    depth: 0,
    timeoutMs: 30_000,
    context: { url, today: '2026-12-05', localPreview: true },
    screenshots: null,
    isDisabled: () => false,
    exceptions: [],
  });
  const inFrame = result.findings.filter((finding) => finding.selector?.includes(' |> '));
  expect(inFrame.map((finding) => `${finding.ruleId} ${finding.status}`)).toContain('axe/button-name fail');
  // axe-core did not give up on the frame.
  expect(result.findings.map((finding) => finding.ruleId)).not.toContain('axe/frame-tested');
});
