// druk-render as a PHP portal uses it: the CLI from the installed tarball turns a YAML description into
// fragments, which a theme pastes into its pages (here as Drupal's and WordPress's includes would),
// under a foreign stylesheet (Bootstrap 5 and an old portal theme). In Chromium, with JavaScript off the
// fragments show, link and switch language as plain HTML; with it on they hydrate without rendering
// twice and without console errors. Registered by consumers.test.ts, which packs and installs once.
import { AxeBuilder } from '@axe-core/playwright';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../packages/chromium/src/index.js';
import { translate, type MessageKey } from '../../packages/locale/src/index.ts';
import { FONT_FILES } from '../../packages/fonts/src/index.ts';
import { CHROME_FONT_FAMILY, chromeFamiliesCss, parseDescription } from '../../packages/render/src/index.ts';
import { ROOT } from '../../scripts/packages.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { runCommand, type CommandResult, type ConsumerSetup } from './consumers.ts';

const DESCRIPTION = join(ROOT, 'packages/render/examples/site.yaml');
/** The logo the example description names, where it says it is (a missing logo shows its alt text). */
const LOGO = { from: join(ROOT, 'sites/template/public/logo.svg'), to: 'themes/custom/yulsum/emblem.svg' };
const FOREIGN_CSS = {
  'bootstrap.css': join(ROOT, 'packages/components/node_modules/bootstrap/dist/css/bootstrap.min.css'),
  'hostile-theme.css': join(ROOT, 'test/components/hostile-theme.css'),
};
const LANGS = ['en', 'dz'] as const;
const CDN_PLACES: CdnPlace[] = ['before', 'after', 'instead of'];
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Hydration {
  /** Server-rendered nodes, taken before the client script runs (module scripts wait for the parser). */
  before?: Record<string, Node | null>;
}

/** The nodes whose survival shows that hydration kept the server's DOM. */
const PROBE = `<script>
  window.before = {
    summary: document.querySelector('druk-masthead').shadowRoot.querySelector('summary'),
    switcher: document.querySelector('druk-language-switcher').shadowRoot.querySelector('a'),
    link: document.querySelector('druk-navigation').shadowRoot.querySelector('a'),
    footer: document.querySelector('druk-footer').shadowRoot.querySelector('footer'),
  };
</script>`;

/** The same-site addresses the example description links to. */
function linkTargets(): string[] {
  const site = parseDescription(readFileSync(DESCRIPTION, 'utf8'), DESCRIPTION);
  const links = [...site.navigation, ...site.footer.links].map((link) => link.href);
  return [...links, site.languages, ...(site.footer.sitemap ? [site.footer.sitemap] : [])].flatMap((href) =>
    LANGS.map((lang) => href[lang]),
  );
}

/**
 * How many times each part's shadow root holds its main element: 1, or 2 when a script without
 * hydration support rendered the part again beside the server's markup.
 */
function partCopies(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    ['druk-masthead summary', 'druk-navigation ul', 'druk-footer footer', 'druk-header header'].map((selector) => {
      const [host, inner] = selector.split(' ') as [string, string];
      return document.querySelector(host)!.shadowRoot!.querySelectorAll(inner).length;
    }),
  );
}

/** Whether each server-rendered probe node is still the one in the page (hydration kept it). */
function keptNodes(page: Page): Promise<Record<string, boolean>> {
  return page.evaluate(() => {
    const before = (window as Hydration).before!;
    const root = (tag: string) => document.querySelector(tag)!.shadowRoot!;
    return {
      summary: before.summary === root('druk-masthead').querySelector('summary'),
      switcher: before.switcher === root('druk-language-switcher').querySelector('a'),
      link: before.link === root('druk-navigation').querySelector('a'),
      footer: before.footer === root('druk-footer').querySelector('footer'),
    };
  });
}

const CDN_SCRIPT = '<script type="module" src="/druk-components.js"></script>';
/** Where a theme loads the CDN file: before or after the fragments' script, or instead of it. */
type CdnPlace = 'before' | 'after' | 'instead of';

/** The font files a page has downloaded once its fonts are ready: file name → bytes transferred (body). */
async function fontDownloads(page: Page): Promise<Record<string, number>> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.woff2'))
        .map((entry) => [entry.name.split('/').pop()!, (entry as PerformanceResourceTiming).encodedBodySize]),
    ),
  );
}

/** The status of every face of `family` the page has declared ('loaded' once downloaded and usable). */
function faceStatus(page: Page, family: string): Promise<string[]> {
  return page.evaluate(
    (family) =>
      [...document.fonts].filter((face) => face.family.replace(/['"]/g, '') === family).map((face) => face.status),
    family,
  );
}

/** A theme's page template: the head fragment after the theme's CSS, the parts around its content. */
function themePage(out: string, lang: 'en' | 'dz', cdn?: CdnPlace): string {
  const fragment = (file: string) => readFileSync(join(out, file), 'utf8');
  const fragments = fragment('head.html');
  const head = {
    before: `${CDN_SCRIPT}\n${fragments}`,
    after: `${fragments}\n${CDN_SCRIPT}`,
    'instead of': fragments.replace(/<script [^>]*druk-chrome\.js"><\/script>/, CDN_SCRIPT),
    none: fragments,
  }[cdn ?? 'none'];
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${lang === 'en' ? 'Yulsum Dzongkhag Administration' : 'ཡུལ་གསུམ་རྫོང་ཁག་བདག་སྐྱོང་།'}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/bootstrap.css"><link rel="stylesheet" href="/hostile-theme.css">
${head}
</head>
<body>
${fragment(`${lang}/masthead.html`)}
${fragment(`${lang}/header.html`)}
${fragment(`${lang}/navigation.html`)}
<main id="main" class="container"><h1>${lang === 'en' ? 'Welcome' : 'བྱོན་པ་ལེགས་སོ།'}</h1>
<p>${lang === 'en' ? 'The portal’s own content.' : 'འབྲུག་ཡུལ་གསུམ་རྫོང་ཁག'}</p></main>
${fragment(`${lang}/footer.html`)}
${PROBE}
</body>
</html>`;
}

export function describeRenderedFragments(getSetup: () => ConsumerSetup): void {
  describe('druk-render from the installed tarball', () => {
    let site: string;
    let out: string;
    let cli: string;
    /** The run that writes the fragments every test below uses. */
    let run: CommandResult;

    beforeAll(() => {
      site = join(getSetup().folder, 'theme');
      out = join(site, 'druk');
      cli = join(getSetup().portal, 'node_modules/.bin/druk-render');
      mkdirSync(site, { recursive: true });
      copyFileSync(DESCRIPTION, join(site, 'site.yaml'));
      run = runCommand(cli, ['site.yaml', '--out', 'druk'], site);
    });

    it('writes every fragment and the assets they link to from a YAML description', () => {
      expect(run.status, run.stderr).toBe(0);
      for (const lang of LANGS) {
        for (const part of ['masthead', 'header', 'navigation', 'footer']) {
          expect(readFileSync(join(out, lang, `${part}.html`), 'utf8')).toContain('shadowrootmode="open"');
        }
      }
      for (const asset of ['tokens.css', 'druk-chrome.js', 'fonts/druk-fonts.css', 'fonts/LICENSE-Jomolhari.txt']) {
        expect(existsSync(join(out, 'assets', asset)), asset).toBe(true);
      }
      expect(run.stdout).toContain(
        'Wrote 9 fragments and their assets to druk/ (head.html links the assets at /druk/assets)',
      );
    });

    it('names the file, line and field of a mistake, with no stack trace', () => {
      writeFileSync(
        join(site, 'broken.yaml'),
        'agency: { en: Ministry of Health, dz: གསོ་བ་ལྷན་ཁག }\nlanguages: { en: /en/, dz: /dz/ }\nnavigation:\n  - label: { en: Home }\n    href: /en/\n',
      );
      const invalid = runCommand(cli, ['broken.yaml', '--out', 'broken'], site);
      expect(invalid.status).toBe(1);
      expect(invalid.stderr).toBe(
        'druk-render: broken.yaml has a problem:\n  broken.yaml:4: navigation[1].label.dz: missing; expected the Dzongkha text\n',
      );
      writeFileSync(join(site, 'syntax.yaml'), 'agency:\n  en: Ministry of Health\n  dz: [unclosed\n');
      const syntax = runCommand(cli, ['syntax.yaml'], site);
      expect(syntax.status).toBe(1);
      expect(syntax.stderr).toMatch(/^druk-render: syntax\.yaml has a problem:\n {2}syntax\.yaml:\d+: .+\n$/);
      expect(existsSync(join(site, 'broken'))).toBe(false);
    });

    describe('included in a themed page, in Chromium', () => {
      let browser: Browser;
      let server: StaticServer;

      beforeAll(async () => {
        for (const lang of LANGS) {
          mkdirSync(join(site, lang), { recursive: true });
          writeFileSync(join(site, lang, 'index.html'), themePage(out, lang));
        }
        // A theme that also loads the CDN file (with the files it fetches beside it) for other components,
        // in any order, or only the CDN file.
        cpSync(join(getSetup().portal, 'node_modules/@druk/components/dist/cdn'), site, { recursive: true });
        for (const place of CDN_PLACES) {
          writeFileSync(join(site, 'en', `cdn-${place.replace(/ /g, '-')}.html`), themePage(out, 'en', place));
        }
        for (const [name, file] of Object.entries(FOREIGN_CSS)) copyFileSync(file, join(site, name));
        mkdirSync(join(site, dirname(LOGO.to)), { recursive: true });
        copyFileSync(LOGO.from, join(site, LOGO.to));
        // A page at every other address the description links to, so that following a link lands on one.
        for (const path of linkTargets()) {
          if (existsSync(join(site, path, 'index.html'))) continue;
          mkdirSync(join(site, path), { recursive: true });
          writeFileSync(join(site, path, 'index.html'), `<!doctype html><title>${path}</title><h1>${path}</h1>`);
        }
        server = await serveStatic(site);
        browser = await launchChromium();
      });

      afterAll(async () => {
        await browser?.close();
        await server?.close();
      });

      /**
       * Opens a page with JavaScript on or off, or on with the components' script answered empty (for
       * axe, itself a script: the page is then as a browser without JavaScript shows it). Collects
       * console errors and warnings, and page errors.
       */
      async function open(
        path: string,
        javaScriptEnabled: boolean,
        width = 1280,
        componentScript = javaScriptEnabled,
      ): Promise<[Page, string[]]> {
        const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 900 } });
        if (!componentScript) {
          await context.route('**/druk-chrome.js', (route) =>
            route.fulfill({ contentType: 'text/javascript', body: '' }),
          );
        }
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('console', (message) => {
          if (['error', 'warning'].includes(message.type())) problems.push(message.text());
        });
        page.on('pageerror', (error) => problems.push(error.message));
        await page.goto(new URL(path, server.url).href);
        if (componentScript) await hydrated(page);
        return [page, problems];
      }

      /** Waits until the client script has defined the elements and each has finished its first update. */
      async function hydrated(page: Page): Promise<void> {
        await page.waitForFunction(() => customElements.get('druk-footer') !== undefined);
        await page.evaluate(async () => {
          const elements = [...document.querySelectorAll('*')].filter((node) => node.localName.startsWith('druk-'));
          await Promise.all(
            elements.map((element) => (element as Element & { updateComplete: unknown }).updateComplete),
          );
        });
      }

      describe.each([false, true])('with JavaScript enabled: %s', (javaScriptEnabled) => {
        it('shows the chrome’s text and landmarks in English and in Dzongkha', async () => {
          for (const lang of LANGS) {
            const [page, problems] = await open(`/${lang}/`, javaScriptEnabled);
            const en = lang === 'en';
            const texts = en
              ? ['An official website of the Royal Government of Bhutan', 'Ministry of Home Affairs', 'Services']
              : ['འབྲུག་རྒྱལ་གཞུང་གི་ གཞུང་འབྲེལ་ཝེབ་སའིཊ།', 'ནང་སྲིད་ལྷན་ཁག', 'ཞབས་ཏོག', 'སྤྱི་ལོ་༢༠༢༦ ཟླ་བཅུ་གཅིག་པ་ ཚེས་༢༠'];
            for (const text of texts) expect(await page.getByText(text).first().isVisible(), text).toBe(true);
            expect(await page.getByRole('banner').count()).toBe(1);
            expect(await page.getByRole('contentinfo').count()).toBe(1);
            const named = (id: MessageKey) => ({ name: translate(id, lang), exact: true });
            expect(await page.getByRole('region', named('masthead.label')).count()).toBe(1);
            for (const id of ['navigation.label', 'language-switcher.label', 'footer.links'] as const) {
              expect(await page.getByRole('navigation', named(id)).count(), id).toBe(1);
            }
            // Rendered once: hydration adds no second copy of any part.
            expect(await partCopies(page)).toEqual([1, 1, 1, 1]);
            expect(problems).toEqual([]);
            await page.context().close();
          }
        });

        it('passes axe and does not scroll sideways at 320 px', async () => {
          for (const lang of LANGS) {
            const [page, problems] = await open(`/${lang}/`, true, 320, javaScriptEnabled);
            expect(await page.evaluate(() => customElements.get('druk-masthead') !== undefined)).toBe(
              javaScriptEnabled,
            );
            const sideways = await page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            );
            expect(sideways, lang).toBeLessThanOrEqual(0);
            const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
            expect(
              violations.map(
                (violation) => `${lang} ${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
              ),
            ).toEqual([]);
            expect(problems).toEqual([]);
            await page.context().close();
          }
        });

        it('switches language by the language switcher’s link, and follows the menu’s and footer’s links', async () => {
          const [page] = await open('/en/', javaScriptEnabled, 320);
          await page.getByRole('link', { name: 'རྫོང་ཁ', exact: true }).click();
          await page.waitForURL(new URL('/dz/', server.url).href);
          if (javaScriptEnabled) await hydrated(page);
          expect(await page.locator('html').getAttribute('lang')).toBe('dz');
          const services = page.locator('druk-navigation').getByRole('link', { name: 'ཞབས་ཏོག' });
          expect(await services.isVisible()).toBe(false);
          await page.locator('druk-navigation summary').click();
          expect(await services.isVisible()).toBe(true);
          await services.click();
          await page.waitForURL(new URL('/dz/services/', server.url).href);
          await page.goBack();
          await page.locator('druk-footer').getByRole('link', { name: 'འཛུལ་སྤྱོད་གསལ་བསྒྲགས།' }).click();
          await page.waitForURL(new URL('/dz/accessibility/', server.url).href);
          await page.context().close();
        });
      });

      it('hydrates with JavaScript on: keeps the server’s nodes, and the components respond to keys', async () => {
        const [page, problems] = await open('/en/', true, 320);
        expect(await keptNodes(page)).toEqual({ summary: true, switcher: true, link: true, footer: true });
        // Escape closing the open menu is the component's script at work, not the browser's <details>.
        const menu = page.locator('druk-navigation summary');
        await menu.click();
        await page.keyboard.press('Escape');
        await page.waitForFunction(
          () => !document.querySelector('druk-navigation')!.shadowRoot!.querySelector('details')!.open,
        );
        expect(await menu.evaluate((summary) => summary.matches(':focus'))).toBe(true);
        expect(problems).toEqual([]);
        await page.context().close();
      });

      it('downloads the chrome’s Dzongkha subset, not the full Jomolhari, on English and Dzongkha pages', async () => {
        const full = `${FONT_FILES[0]!.baseName}.woff2`;
        for (const lang of LANGS) {
          const [page, problems] = await open(`/${lang}/`, true);
          const downloads = await fontDownloads(page);
          // The page's own content is in the theme's fonts; the chrome's Tibetan all comes from one subset.
          expect(Object.keys(downloads), lang).toEqual([expect.stringMatching(/^chrome-[0-9a-f]{10}\.woff2$/)]);
          expect(Object.values(downloads)[0], lang).toBeLessThan(40_000);
          expect(downloads[full], lang).toBeUndefined();
          expect(await faceStatus(page, CHROME_FONT_FAMILY)).toEqual(['loaded']);
          expect(problems).toEqual([]);
          await page.context().close();
        }
      });

      it('draws the chrome’s Dzongkha text with the subset exactly as with the full Jomolhari', async () => {
        const hosts = ['druk-masthead', 'druk-header', 'druk-navigation', 'druk-footer'];
        const fullFamily = 'Full Jomolhari';
        for (const lang of LANGS) {
          const [page] = await open(`/${lang}/`, true);
          await fontDownloads(page);
          const subset = await Promise.all(hosts.map((host) => page.locator(host).screenshot()));
          // The same chrome with the full file under a family of its own (an installed Jomolhari cannot stand in).
          await page.addStyleTag({
            content: `@font-face { font-family: '${fullFamily}'; src: url('/druk/assets/fonts/files/${FONT_FILES[0]!.baseName}.woff2') format('woff2'); unicode-range: U+0F00-0FFF; }
${chromeFamiliesCss(fullFamily)}`,
          });
          await page.evaluate((family) => document.fonts.load(`16px '${family}'`, 'ཀ'), fullFamily);
          expect(await faceStatus(page, fullFamily)).toEqual(['loaded']);
          const fullFont = await Promise.all(hosts.map((host) => page.locator(host).screenshot()));
          hosts.forEach((host, index) => {
            expect(subset[index]!.equals(fullFont[index]!), `${lang} ${host}: the pixels differ`).toBe(true);
          });
          await page.context().close();
        }
      });

      it.each(CDN_PLACES)('hydrates each part once with the CDN file %s the fragments’ script', async (place) => {
        const [page, problems] = await open(`/en/cdn-${place.replace(/ /g, '-')}.html`, true);
        await page.waitForFunction(() => customElements.get('druk-alert') !== undefined);
        await hydrated(page);
        expect(await partCopies(page)).toEqual([1, 1, 1, 1]);
        expect(await keptNodes(page)).toEqual({ summary: true, switcher: true, link: true, footer: true });
        // Whichever script comes second skips the chrome's elements the first defined, and says so once.
        const skipped = /druk-masthead, .*: already defined by @druk\/components [\d.]+ \(compatible\)/;
        expect(problems).toEqual(place === 'instead of' ? [] : [expect.stringMatching(skipped)]);
        await page.context().close();
      });
    });
  });
}
