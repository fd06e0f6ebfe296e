// druk-audit's page audit on W3C ACT Rules test cases (packages/audit/test/fixtures/act, unchanged) and on
// pages planted here: no page is lost to the tool, and the 2.4.1, 2.1.2 and 2.4.7 checks accept what WCAG
// accepts while still failing what ACT fails.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { auditPage, type PageAudit } from '../../packages/audit/src/page/audit-page.ts';
import { FONT_FILES, fontPath } from '../../packages/fonts/src/index.ts';
import { openAuditTab, type ServedAuditTab } from '../support/audit-tab.ts';
import { listenOnLoopback } from '../support/loopback.ts';

const ACT = new URL('../../packages/audit/test/fixtures/act/', import.meta.url);
/** Where the ACT test cases load their assets from. */
const ACT_PREFIX = '/WAI/content-assets/wcag-act-rules/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Planted</title>${head}</head><body>${body}</body></html>`;

/** A feedback dialog that wraps Tab and Shift+Tab inside itself, between a link before and a link after it. */
function modalDialog({ closesWithEscape }: { closesWithEscape: boolean }): string {
  const escape = closesWithEscape
    ? 'dialog.addEventListener("keydown", (event) => { if (event.key === "Escape") dialog.hidden = true });'
    : '';
  return page(
    '<a href="/">Home</a><div role="dialog" aria-modal="true" aria-label="Feedback" id="dialog"><label>Name <input id="first"></label><button id="last">Send</button></div><a href="/next/">Next</a>' +
      `<script>first.focus(); last.addEventListener("keydown", (event) => { if (event.key === "Tab" && !event.shiftKey) { event.preventDefault(); first.focus() } }); first.addEventListener("keydown", (event) => { if (event.key === "Tab" && event.shiftKey) { event.preventDefault(); last.focus() } }); ${escape}</script>`,
  );
}

/** A Tibetan face whose unicode-range holds only the letters of "རྫོང་ཁ". */
const WORD_FACE =
  '@font-face { font-family: "Word Face"; src: url(/tibetan.woff2) format("woff2"); unicode-range: U+0F0B, U+0F41, U+0F44, U+0F62, U+0F7C, U+0FAB; }';

const PLANTED: Record<string, string> = {
  // A link inside inline SVG: its element.href is an SVGAnimatedString.
  '/svg-link/': page(
    '<main><h1>Map</h1><svg width="100" height="40" role="img" aria-label="Map"><a href="/svg-target/"><text x="0" y="20">Office</text></a><a xlink:href="/svg-old/" xmlns:xlink="http://www.w3.org/1999/xlink"><text x="50" y="20">Old</text></a></svg></main>',
  ),
  // The page changes its address without a new document.
  '/push-state/': page(
    '<main><h1>Tabs</h1><a href="#one">One</a><img src="/none.png"></main><script>history.pushState({}, "", "/push-state/tab-2")</script>',
  ),
  // Reading document.fonts throws: the page facts are lost, the engines' findings stay.
  '/facts-throw/': page(
    '<main><h1>Fonts</h1><img src="/none.png"></main>',
    '<script>Object.defineProperty(document, "fonts", { get() { throw new Error("planted failure") } })</script>',
  ),
  // A same-origin location change right after load.
  '/moves/': page(
    '<main><h1>Moved</h1></main><script>addEventListener("load", () => location.replace("/moved-here/"))</script>',
  ),
  '/moved-here/': page('<main><h1>Here</h1></main>'),
  // A face cut for one word, as a language switcher's "རྫོང་ཁ" is: a web font for that word, not for more.
  '/word-font/': page(
    '<main><h1>Ministry</h1><a href="/dz/" lang="dz" hreflang="dz" class="word">རྫོང་ཁ</a></main>',
    `<style>${WORD_FACE} .word { font-family: "Word Face", sans-serif }</style>`,
  ),
  '/word-font-beyond/': page(
    '<main><h1>Ministry</h1><p lang="dz" class="word">རྫོང་ཁ་ ཀ་</p></main>',
    `<style>${WORD_FACE} .word { font-family: "Word Face", sans-serif }</style>`,
  ),
  // A modal dialog that keeps Tab inside and closes with Escape: the standard way out.
  '/modal-dialog/': modalDialog({ closesWithEscape: true }),
  // The same dialog without the Escape handler: focus never leaves it.
  '/modal-trap/': modalDialog({ closesWithEscape: false }),
  // The notice comes first; the menu and the sidebar follow it: nothing to skip before the content.
  '/content-first/': page(
    '<div><p>Offices are closed on 17 December, National Day.</p></div><a href="/services/">Services</a><aside>Related links</aside>',
  ),
  // A control that hides the menu is how the page lets users past it (technique SCR28): a person checks it.
  '/collapsible-menu/': page(
    '<button onclick="menu.hidden = !menu.hidden">Hide menu</button><nav id="menu"><a href="/a/">A</a><a href="/b/">B</a></nav><div><p>Content</p></div>',
  ),
  '/drawing.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><a href="/x/"><rect width="10" height="10"/></a></svg>',
};

let site: ServedAuditTab;

beforeAll(async () => {
  const server = await listenOnLoopback(
    createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (path === '/tibetan.woff2') {
        response.writeHead(200, { 'content-type': 'font/woff2' });
        response.end(readFileSync(fontPath(FONT_FILES[0]!)));
        return;
      }
      const planted = PLANTED[path];
      if (planted !== undefined) {
        response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? TYPES['.html']! });
        response.end(planted);
        return;
      }
      try {
        const body = readFileSync(new URL(`.${path.replace(ACT_PREFIX, '/')}`, ACT));
        response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
        response.end(body);
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('Not found');
      }
    }),
  );
  site = await openAuditTab(server);
});

afterAll(() => site?.close());

/** Audits one page as the crawl does, in a fresh tab after a page that failed or went elsewhere. */
async function audit(path: string): Promise<PageAudit> {
  const url = new URL(path, site.server.url).href;
  const result = await auditPage(site.tab, {
    url,
    depth: 0,
    timeoutMs: 15_000,
    context: { url, today: '2026-12-04', localPreview: true },
    screenshots: null,
    isDisabled: () => false,
    exceptions: [],
  });
  if (result.page.kind === 'error' || site.tab.wandered) await site.replaceTab();
  return result;
}

const actCase = (rule: string, id: string) => `/testcases/${rule}/${id}.html`;
const ruleIds = (result: PageAudit, status = 'fail') =>
  result.findings.filter((finding) => finding.status === status).map((finding) => finding.ruleId);

describe('nothing is lost to the tool', () => {
  test('links inside inline SVG are read (href and xlink:href), and the page is audited', async () => {
    const result = await audit('/svg-link/');
    expect(result.page.kind).toBe('html');
    expect(ruleIds(result, 'tool-error')).toEqual([]);
    expect(result.links.map((link) => new URL(link.href).pathname)).toEqual(['/svg-target/', '/svg-old/']);
  });

  test('a check that throws is a tool error for that check only; the engines still report', async () => {
    const result = await audit('/facts-throw/');
    expect(result.page.kind).toBe('html');
    const toolErrors = result.findings.filter((finding) => finding.status === 'tool-error');
    expect(toolErrors.map((finding) => [finding.ruleId, finding.evidence?.check])).toEqual([
      ['tool/check-error', 'page facts'],
    ]);
    expect(toolErrors[0]?.message).toMatch(/planted failure/);
    expect(ruleIds(result)).toContain('axe/image-alt');
    expect(result.page.rulesRun).toContain('axe/image-alt');
    expect(result.page.rulesRun).not.toContain('performance/viewport');
  });

  test('history.pushState changes nothing: the page is audited in full', async () => {
    const result = await audit('/push-state/');
    expect(result.page.notApplicable).toBeUndefined();
    expect(ruleIds(result, 'tool-error')).toEqual([]);
    expect(ruleIds(result)).toContain('axe/image-alt');
  });

  test('ACT bc659a: a zero-delay meta refresh to another origin is not a failed page, and the address is followed', async () => {
    const result = await audit(actCase('bc659a', '49d79a4e4e4a994a8eb7cf2eaf59c99d2251cac5'));
    expect(result.page.kind).toBe('html');
    expect(result.page.error).toBeUndefined();
    expect(ruleIds(result, 'tool-error')).toEqual([]);
    expect(result.page.notApplicable?.[0]).toMatch(/went to https:\/\/github\.com\/ by itself/);
    expect(result.links.map((link) => link.href)).toContain('https://github.com/');
  });

  test('a page that moves itself to another address of the site after load is not failed, and the next page loads', async () => {
    const result = await audit('/moves/');
    expect(result.page.error).toBeUndefined();
    expect(ruleIds(result, 'tool-error')).toEqual([]);
    expect(result.links.map((link) => new URL(link.href).pathname)).toContain('/moved-here/');
    const next = await audit('/moved-here/');
    expect(next.page).toMatchObject({ kind: 'html', status: 200 });
  });

  test('an SVG document is a page the HTML checks do not apply to, not a lost one', async () => {
    const result = await audit('/drawing.svg');
    expect(result.page.kind).toBe('download');
    expect(result.page.notApplicable?.[0]).toMatch(/Not an HTML document \(image\/svg\+xml\)/);
    expect(result.findings).toEqual([]);
  });

  test.each([
    ['73f2c2', '512d17179ce05f1d10bccf46b7e294864bfa308d', 'an autocomplete value that does not fit the field'],
    ['bc659a', '48a600254c0883cd5a72471420b1ac5a532ca6c3', 'a meta refresh without content'],
  ])('ACT %s/%s: HTML_CodeSniffer runs to the end on %s', async (rule, id) => {
    const result = await audit(actCase(rule, id));
    expect(ruleIds(result, 'tool-error')).toEqual([]);
    expect(result.findings.map((finding) => finding.ruleId)).not.toContain('htmlcs/engine-error');
  });

  test('ACT 73f2c2 failed example: HTML_CodeSniffer reports the autocomplete value', async () => {
    const result = await audit(actCase('73f2c2', '512d17179ce05f1d10bccf46b7e294864bfa308d'));
    expect(ruleIds(result)).toContain('htmlcs/1.3.5-H98');
  });
});

describe('the wrong failures fixed', () => {
  test('ACT 73f2c2: a page with one field and nothing before it has nothing to skip', async () => {
    const result = await audit(actCase('73f2c2', '512d17179ce05f1d10bccf46b7e294864bfa308d'));
    expect(result.findings.map((finding) => finding.ruleId)).not.toContain('druk/skip-link-missing');
  });

  test('ACT cf77f2 passed: a skip button that moves focus with location.assign("#main") works', async () => {
    const result = await audit(actCase('cf77f2', '1c8d17ef6a69be1bbc5b28f432d2b7192e0f65c9'));
    expect(result.findings.map((finding) => finding.ruleId)).not.toContain('druk/skip-link-missing');
    expect(result.findings.map((finding) => finding.ruleId)).not.toContain('druk/skip-link-broken');
  });

  test('ACT cf77f2 passed: a heading at the start of the content bypasses the navigation', async () => {
    const result = await audit(actCase('cf77f2', '36f679b6844299beda3f720e0d94cabdcfa122ba'));
    expect(result.findings.map((finding) => finding.ruleId)).not.toContain('druk/skip-link-missing');
  });

  test('ACT cf77f2 failed: no skip link, landmark or heading past the aside still fails', async () => {
    const result = await audit(actCase('cf77f2', '55a6cc3efc35180844d75a9f207b456373b1435c'));
    expect(ruleIds(result)).toContain('druk/skip-link-missing');
  });

  test('ACT ebe86a passed: a trap the page advises how to leave (Ctrl+M) is needs review, not a failure', async () => {
    const result = await audit(actCase('ebe86a', 'ab24c77ed9daefc8fa1650aedf0d1c6438460243'));
    expect(ruleIds(result)).not.toContain('druk/keyboard-trap');
    const trap = result.findings.find((finding) => finding.ruleId === 'druk/keyboard-trap');
    expect(trap?.status).toBe('needs-review');
    expect(trap?.evidence?.advice).toMatch(/Ctrl\+M/);
  });

  test('ACT ebe86a failed: a trap without advice is still a failure', async () => {
    const result = await audit(actCase('ebe86a', '7dcc4ae00712889d448ecbcba200e032dca59bf0'));
    expect(ruleIds(result)).toContain('druk/keyboard-trap');
  });

  test('a modal dialog that keeps focus inside and closes with Escape is no keyboard trap', async () => {
    const result = await audit('/modal-dialog/');
    expect(result.findings.map((finding) => finding.ruleId)).not.toContain('druk/keyboard-trap');
  });

  test('the same dialog without a way out is still a keyboard trap', async () => {
    const result = await audit('/modal-trap/');
    expect(ruleIds(result)).toContain('druk/keyboard-trap');
  });

  test('a page that starts with its content has nothing to skip', async () => {
    const result = await audit('/content-first/');
    expect(result.findings.map((finding) => finding.ruleId)).not.toContain('druk/skip-link-missing');
  });

  test('beside a control that hides the menu, a missing skip link needs review', async () => {
    const result = await audit('/collapsible-menu/');
    expect(ruleIds(result)).not.toContain('druk/skip-link-missing');
    const missing = result.findings.find((finding) => finding.ruleId === 'druk/skip-link-missing');
    expect(missing?.status).toBe('needs-review');
    expect(missing?.message).toMatch(/"Hide menu" may collapse the repeated block/);
  });

  test('a face cut for the one Dzongkha word a page shows is a web font for it; a letter beyond it is not', async () => {
    const word = await audit('/word-font/');
    expect(word.findings.map((finding) => finding.ruleId)).not.toContain('dzongkha/no-webfont');
    const beyond = await audit('/word-font-beyond/');
    expect(beyond.findings.map((finding) => finding.ruleId)).toContain('dzongkha/no-webfont');
  });

  test('ACT oj04fd passed: a sibling indicator that turns navy on focus is a visible focus', async () => {
    const result = await audit(actCase('oj04fd', 'dd9628d86628e285fe99ce98efdacbe441c20ca5'));
    expect(result.findings.map((finding) => finding.ruleId)).not.toContain('druk/focus-visible');
  });

  test('ACT oj04fd failed: no indicator anywhere is still a failure', async () => {
    const result = await audit(actCase('oj04fd', 'f1c9efb4c8d1b5f7870c693bce2e6ca046dd768d'));
    expect(ruleIds(result)).toContain('druk/focus-visible');
  });
});
