// The interaction family (packages/audit/src/checks/widgets.ts) in a real tab, with real key presses, on
// planted pages that show each check firing and not firing; and through the page audit, that a page the
// presses changed or took elsewhere is loaded again and keeps every check's findings.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { widgetChecks } from '../../packages/audit/src/checks/widgets.ts';
import { auditPage } from '../../packages/audit/src/page/audit-page.ts';
import type { RawFinding } from '../../packages/audit/src/rules/raw.ts';
import { openAuditTab, type ServedAuditTab } from '../support/audit-tab.ts';
import { servePages } from '../support/static-server.ts';

const DIALOG_STYLE = '<style>[role=dialog][hidden]{display:none}</style>';
/** A script-made modal dialog; each of `behaviour` says one thing it does right. */
const scriptedDialog = (behaviour: {
  moveFocus: boolean;
  trapTab: boolean;
  closeOnEscape: boolean;
  returnFocus: boolean;
}) => `
${DIALOG_STYLE}
<main><h1>Notices</h1><p><a href="/">Home</a></p>
<button id="open" aria-haspopup="dialog" aria-controls="box">Office hours</button>
<div role="dialog" aria-modal="true" aria-labelledby="box-title" id="box" hidden>
  <h2 id="box-title">Office hours</h2><p>9 am to 5 pm.</p><button id="ok">OK</button><button id="close">Close</button>
</div><p><a href="/contact/">Contact</a></p></main>
<script>
  const box = document.getElementById('box'), open = document.getElementById('open');
  const close = () => { box.hidden = true; ${behaviour.returnFocus ? 'open.focus();' : ''} };
  open.addEventListener('click', () => { box.hidden = false; ${behaviour.moveFocus ? "document.getElementById('ok').focus();" : ''} });
  document.getElementById('close').addEventListener('click', close);
  ${
    behaviour.trapTab
      ? `box.addEventListener('keydown', (event) => {
          const [first, last] = [document.getElementById('ok'), document.getElementById('close')];
          if (event.key !== 'Tab') return;
          if (!event.shiftKey && document.activeElement === last) { event.preventDefault(); first.focus(); }
          if (event.shiftKey && document.activeElement === first) { event.preventDefault(); last.focus(); }
        });`
      : ''
  }
  ${behaviour.closeOnEscape ? "document.addEventListener('keydown', (event) => { if (event.key === 'Escape' && !box.hidden) close(); });" : ''}
</script>`;

const menu = (opensOnFocus: boolean, linksElsewhere = false) => `
<style>
  nav ul ul { display: none; position: absolute; background: #fff }
  nav li:hover > ul ${opensOnFocus ? ', nav li:focus-within > ul' : ''} { display: block }
</style>
<header><nav aria-label="Main"><ul>
  <li><a href="/">Home</a></li>
  <li><a href="/services/">Services</a><ul><li><a href="/services/permits/">Permits</a></li><li><a href="/services/land/">Land</a></li></ul></li>
</ul></nav></header>
<main><h1>Welcome</h1>${linksElsewhere ? '<p><a href="/services/permits/">Permits</a> and <a href="/services/land/">Land</a></p>' : ''}</main>`;

const PAGES: Record<string, string> = {
  // A native modal dialog: showModal moves focus in and keeps it there, Escape closes it, focus returns.
  '/dialog-native/': `<main><h1>Notices</h1><button id="open" aria-haspopup="dialog">Office hours</button>
    <dialog id="box"><p>9 am to 5 pm.</p><button>OK</button></dialog></main>
    <script>document.getElementById('open').addEventListener('click', () => document.getElementById('box').showModal());</script>`,
  '/dialog-good/': scriptedDialog({ moveFocus: true, trapTab: true, closeOnEscape: true, returnFocus: true }),
  // Focus stays on the trigger behind the modal dialog, and Escape does nothing.
  '/dialog-unfocused/': scriptedDialog({ moveFocus: false, trapTab: false, closeOnEscape: false, returnFocus: false }),
  // Focus moves in, but Tab walks out behind the modal dialog, and closing drops focus on the body.
  '/dialog-leaky/': scriptedDialog({ moveFocus: true, trapTab: false, closeOnEscape: true, returnFocus: false }),
  '/menu-hover/': menu(false),
  '/menu-focus/': menu(true),
  '/menu-hover-linked/': menu(false, true),
  '/fake-button/': `<main><h1>Forms</h1>
    <div id="fake" style="cursor: pointer">Download the form</div>
    <div id="styled-only" style="cursor: pointer">Only looks clickable</div>
    <div id="wraps-link" style="cursor: pointer"><a href="/form/">The form</a></div>
    <span id="onclick-only" onclick="this.textContent = 'Thank you'">Rate this page</span></main>
    <script>
      document.getElementById('fake').addEventListener('click', () => document.body.append('Downloading'));
      document.getElementById('wraps-link').addEventListener('click', () => {});
    </script>`,
  '/role-button/': `<main><h1>Services</h1>
    <div role="button" tabindex="0" id="mouse-only">Show fees</div>
    <div role="button" tabindex="0" id="both-keys">Show hours</div>
    <div role="button" tabindex="0" id="enter-only">Show address</div>
    <span role="button" id="no-tab-stop">Show map</span>
    <p id="out"></p></main>
    <script>
      const out = document.getElementById('out');
      for (const button of document.querySelectorAll('[role=button]'))
        button.addEventListener('click', () => (out.textContent += button.textContent));
      document.getElementById('both-keys').addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); event.target.click(); }
      });
      document.getElementById('enter-only').addEventListener('keydown', (event) => {
        if (event.key === 'Enter') event.target.click();
      });
    </script>`,
  '/accesskeys/': `<main><h1>Home</h1><a href="/" accesskey="1">Home</a> <a href="/news/" accesskey="1">News</a>
    <a href="/search/" accesskey="d">Search</a> <a href="/contact/" accesskey="9">Contact</a></main>`,
  // A scripted button that takes the page elsewhere when Enter is pressed on it.
  '/navigates/': `<main><h1>Services</h1><p><a href="/">Home</a></p>
    <div role="button" tabindex="0" id="go" onkeydown="if (event.key === 'Enter') location.href = '/accesskeys/'">Go</div>
    <a href="/" accesskey="1">Home</a> <a href="/news/" accesskey="1">News</a></main>`,
};

let site: ServedAuditTab;

beforeAll(async () => {
  site = await openAuditTab(await servePages('Widgets', PAGES, '<main><h1>Elsewhere</h1></main>'));
});

afterAll(() => site?.close());

const widgetsOf = async (path: string) => {
  const url = new URL(path, site.server.url).href;
  await site.tab.page.goto(url, { waitUntil: 'load' });
  const outcome = await widgetChecks(site.tab.page, site.tab.session, url, () => false);
  const summary = (finding: RawFinding) => `${finding.ruleId} ${finding.status} ${finding.selector ?? ''}`;
  return { ...outcome, summaries: outcome.findings.map(summary) };
};

test('a native modal dialog passes: focus moves in and stays, Escape closes it, focus returns', async () => {
  expect((await widgetsOf('/dialog-native/')).summaries).toEqual([]);
});

test('a script-made modal dialog that does everything right passes', async () => {
  const { summaries, changed } = await widgetsOf('/dialog-good/');
  expect(summaries).toEqual([]);
  expect(changed).toBe(true);
});

test('a modal dialog that leaves focus behind it fails, and one Escape leaves open is for review', async () => {
  const { summaries, findings } = await widgetsOf('/dialog-unfocused/');
  expect(summaries).toEqual(['druk/dialog-focus fail #box', 'druk/dialog-escape needs-review #box']);
  expect(findings[0]?.evidence).toMatchObject({ trigger: '#open', modal: true });
});

test('Tab leaving an open modal dialog fails; focus not returned after Escape is for review', async () => {
  const { summaries, findings } = await widgetsOf('/dialog-leaky/');
  expect(summaries).toEqual(['druk/dialog-focus fail #box', 'druk/dialog-focus needs-review #box']);
  expect(findings[0]?.message).toMatch(/^Tab moves focus out of the open modal dialog "Office hours" opened, to /);
});

test('a sub-menu that opens only under the mouse fails; one that opens on focus passes', async () => {
  const hover = await widgetsOf('/menu-hover/');
  expect(hover.summaries).toEqual([
    'druk/hover-only-menu fail html > body > header > nav > ul > li:nth-of-type(2) > a',
  ]);
  expect(hover.findings[0]?.message).toMatch(/opens under the mouse, but not on focus/);
  expect((await widgetsOf('/menu-focus/')).summaries).toEqual([]);
});

test('a hover-only sub-menu whose links are also on the page is for review', async () => {
  const { summaries } = await widgetsOf('/menu-hover-linked/');
  expect(summaries).toEqual([
    'druk/hover-only-menu needs-review html > body > header > nav > ul > li:nth-of-type(2) > a',
  ]);
});

test('a clickable element with no role or tab stop fails; one without a listener or around a link does not', async () => {
  const { summaries, findings } = await widgetsOf('/fake-button/');
  expect(summaries).toEqual(['druk/fake-button fail #fake', 'druk/fake-button needs-review #onclick-only']);
  expect(findings[0]?.evidence).toEqual({ listeners: 'click' });
});

test('role=button: keys ignored or no tab stop fail, one key ignored is for review, both keys pass', async () => {
  const { summaries } = await widgetsOf('/role-button/');
  expect(summaries).toEqual([
    'druk/button-keys fail #mouse-only',
    'druk/button-keys needs-review #enter-only',
    'druk/button-keys fail #no-tab-stop',
  ]);
});

test('shared access keys fail, a browser key is for review, and a page without presses is unchanged', async () => {
  const { summaries, changed } = await widgetsOf('/accesskeys/');
  expect(summaries).toEqual([
    'druk/accesskey-conflict fail html > body > main > a:nth-of-type(1)',
    'druk/accesskey-conflict needs-review html > body > main > a:nth-of-type(3)',
  ]);
  expect(changed).toBe(false);
});

test('a press that takes the page elsewhere: the page is loaded again and keeps its findings and checks', async () => {
  const url = new URL('/navigates/', site.server.url).href;
  const audit = await auditPage(site.tab, {
    url,
    depth: 0,
    timeoutMs: 15_000,
    context: { url, today: '2026-12-05', localPreview: true },
    screenshots: null,
    isDisabled: () => false,
    exceptions: [],
  });
  expect(audit.page.notApplicable).toBeUndefined();
  expect(audit.findings.filter((finding) => finding.ruleId === 'tool/check-error')).toEqual([]);
  expect(audit.findings.map((finding) => finding.ruleId)).toContain('druk/accesskey-conflict');
  expect(audit.page.rulesRun).toContain('druk/button-keys');
  expect(audit.page.checkMs).toHaveProperty('widgets');
  expect(await site.tab.page.evaluate(() => location.pathname)).toBe('/navigates/');
});
