// The packed packages as a portal developer gets them: each tarball passes publint and "Are the types
// wrong?", and scratch projects that install the tarballs (offline, from the workspace's store) build
// with Vite and webpack, render on the server in plain Node, type-check under tsc --strict, show the
// CDN file in Chromium, and run the command-line tools.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../packages/chromium/src/index.js';
import { ROOT } from '../../scripts/packages.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { describeRenderedFragments } from './render-fragments.ts';
import { footerStringsDz, mastheadStringsDz } from '../../packages/locale/src/catalogue/components-dz.ts';
import {
  buildWithVite,
  buildWithWebpack,
  cdnBundle,
  documentedSizes,
  fragmentsScript,
  GUIDE,
  gzipSize,
  measureSizes,
  installedPackages,
  litCopies,
  runCommand,
  setUpConsumers,
  type ConsumerSetup,
} from './consumers.ts';

let setup: ConsumerSetup;
let viteBundle: string | undefined;
let webpackBundle: string | undefined;

/** The portal's Vite build, built once for the Vite test, the sizes and the page that loads two copies. */
function portalBundle(): string {
  viteBundle ??= buildWithVite(setup.portal);
  return viteBundle;
}

/** The page Vite wrote with the portal's build, which names the built entry script. */
function portalBundleHtml(): string {
  portalBundle();
  return readFileSync(join(setup.portal, 'dist-vite', 'index.html'), 'utf8');
}

function portalWebpackBundle(): string {
  webpackBundle ??= buildWithWebpack(setup.portal);
  return webpackBundle;
}

beforeAll(async () => {
  setup = await setUpConsumers();
});

afterAll(() => {
  if (setup) rmSync(setup.folder, { recursive: true, force: true });
});

function bin(name: string): string {
  return join(ROOT, 'node_modules', '.bin', name);
}

describe('the packed tarballs', () => {
  it('pass publint (strict) and "Are the types wrong?" (ESM only, every entry point)', () => {
    for (const pkg of setup.packages) {
      const publint = runCommand(bin('publint'), ['run', pkg.tarball, '--strict'], setup.folder);
      expect(publint.status, `${pkg.name}: ${publint.stdout}${publint.stderr}`).toBe(0);
      // CSS entry points have no types to check.
      const manifest = JSON.parse(readFileSync(join(pkg.dir, 'package.json'), 'utf8')) as { exports: object };
      const cssEntries = Object.keys(manifest.exports).filter((entry) => entry.endsWith('.css'));
      const exclude = cssEntries.length ? ['--exclude-entrypoints', ...cssEntries] : [];
      const attw = runCommand(
        bin('attw'),
        [pkg.tarball, '--profile', 'esm-only', '--format', 'ascii', ...exclude],
        setup.folder,
      );
      expect(attw.status, `${pkg.name}: ${attw.stdout}${attw.stderr}`).toBe(0);
    }
  });

  it('hold compiled JavaScript, declarations with .js imports, LICENSE and README, and no tests or sources', () => {
    for (const pkg of setup.packages) {
      const listing = runCommand('tar', ['tzf', pkg.tarball], setup.folder).stdout.split('\n').filter(Boolean);
      expect(listing, pkg.name).toContain('package/LICENSE');
      expect(listing, pkg.name).toContain('package/README.md');
      expect(
        listing.filter((file) => /\.test\.ts$|\.stories\.ts$/.test(file)),
        pkg.name,
      ).toEqual([]);
      if (pkg.compiled) {
        expect(
          listing.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts')),
          pkg.name,
        ).toEqual([]);
        const manifest = runCommand('tar', ['xzf', pkg.tarball, '-O', 'package/package.json'], setup.folder).stdout;
        expect(manifest, pkg.name).not.toContain('workspace:');
        const { exports, bin } = JSON.parse(manifest) as { exports: unknown; bin?: unknown };
        expect(JSON.stringify({ exports, bin }), pkg.name).not.toContain('./src/');
      }
    }
    const declarations = runCommand(
      'tar',
      ['xzf', setup.packages.find((pkg) => pkg.name === '@druk/locale')!.tarball, '-O', 'package/dist/index.d.ts'],
      setup.folder,
    ).stdout;
    expect(declarations).toContain("from './translate.js'");
    expect(declarations).not.toMatch(/from '\.[^']*\.ts'/);
  });
});

describe('the versioned CDN paths in the docs', () => {
  it('name files that the tarball of the version named holds', () => {
    const docs = [GUIDE, join(ROOT, 'packages/components/README.md')].map((file) => readFileSync(file, 'utf8'));
    const urls = docs
      .join('\n')
      .matchAll(/https:\/\/cdn\.jsdelivr\.net\/npm\/(@druk\/[a-z-]+)@([\d.]+)\/([^\s"'`)]+)/g);
    let checked = 0;
    for (const [url, name, version, path] of urls) {
      const pkg = setup.packages.find((candidate) => candidate.name === name);
      expect(pkg?.version, url).toBe(version);
      const listing = runCommand('tar', ['tzf', pkg!.tarball], setup.folder).stdout.split('\n');
      expect(listing, url).toContain(`package/${path}`);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });
});

describe('a portal that installs the tarballs', () => {
  it('builds with Vite, sharing its own copy of Lit with the components', () => {
    const bundle = portalBundle();
    expect(bundle).toContain('druk-masthead');
    expect(bundle).toContain('druk-footer');
    expect(bundle).toContain('portal-greeting');
    expect(litCopies(bundle)).toHaveLength(1);
  });

  it('builds with webpack 5 and no TypeScript loader', () => {
    const bundle = portalWebpackBundle();
    expect(bundle).toContain('druk-header');
    expect(bundle).toContain('portal-greeting');
    expect(litCopies(bundle)).toHaveLength(1);
  });

  // The budget for Lit plus the masthead, header and footer, as a portal's own bundler builds
  // them (the portal's element and Vite's modulepreload polyfill included).
  it('keeps Lit plus the masthead, header and footer within 12 KB gzip with Vite and with webpack', () => {
    expect(gzipSize(portalBundle()), 'Vite').toBeLessThanOrEqual(12 * 1024);
    expect(gzipSize(portalWebpackBundle()), 'webpack').toBeLessThanOrEqual(12 * 1024);
  });

  // The budget for every component, as the CDN file ships (terser's pass included).
  it('ships a CDN file of at most 40 KB gzip that fetches Lit’s hydrate() only when needed', () => {
    const cdn = join(setup.portal, 'node_modules/@druk/components/dist/cdn');
    expect(gzipSize(cdnBundle(setup.portal))).toBeLessThanOrEqual(40 * 1024);
    // hydrate() uses the CDN file's own Lit: one copy on the page.
    const hydrate = readFileSync(join(cdn, 'druk-components-hydrate.js'), 'utf8');
    expect(hydrate).toMatch(/^import\{[^}]*\}from"\.\/druk-components\.js"/);
    expect(litCopies(hydrate)).toEqual([]);
  });

  describe('on a Dzongkha page', () => {
    let browser: Browser;
    const servers: StaticServer[] = [];

    beforeAll(async () => {
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      for (const server of servers) await server.close();
    });

    /** The chrome's text on a `lang="dz"` page that loads `script` from the bundler's output folder. */
    async function dzongkhaChrome(folder: string, script: string): Promise<{ text: string; problems: string[] }> {
      writeFileSync(
        join(folder, 'dz.html'),
        `<!doctype html><html lang="dz"><head><meta charset="utf-8"><title>རྫོང་ཁ</title><link rel="icon" href="data:,">
        ${script}</head><body><druk-masthead></druk-masthead><druk-footer agency="ནང་སྲིད་ལྷན་ཁག" email="info@moh.gov.bt"></druk-footer></body></html>`,
      );
      const server = await serveStatic(folder);
      servers.push(server);
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(`${server.url}dz.html`);
      await page.waitForFunction(() =>
        ['druk-masthead', 'druk-footer'].every((tag) => document.querySelector(tag)?.shadowRoot?.textContent?.trim()),
      );
      const text = await page.evaluate(() =>
        ['druk-masthead', 'druk-footer'].map((tag) => document.querySelector(tag)!.shadowRoot!.textContent).join(' '),
      );
      await page.close();
      return { text, problems };
    }

    // The elements fetch their Dzongkha as data beside their module; each bundler copies the file into
    // its output and rewrites the address.
    it.each([
      ['Vite', 'dist-vite', () => /<script type="module"[^>]*><\/script>/.exec(portalBundleHtml())?.[0] ?? ''],
      ['webpack', 'dist-webpack', () => (portalWebpackBundle(), '<script defer src="main.js"></script>')],
    ])('shows the chrome in Dzongkha when built with %s', async (_bundler, folder, script) => {
      const tag = script();
      const { text, problems } = await dzongkhaChrome(join(setup.portal, folder), tag);
      expect(text).toContain(mastheadStringsDz['masthead.official'].dz);
      expect(text).toContain(footerStringsDz['footer.contact'].dz);
      expect(problems).toEqual([]);
    });
  });

  it('gives the developer guide its sizes (each quoted within 5%)', () => {
    const documented = documentedSizes(readFileSync(GUIDE, 'utf8'));
    const fragments = fragmentsScript(setup.portal);
    for (const size of measureSizes(cdnBundle(setup.portal), portalBundle(), portalWebpackBundle(), fragments)) {
      const quoted = documented.get(size.label);
      const advice = `"${size.label}" is ${size.bytes} B gzip; npm run bench -- packages rewrites the guide's table`;
      expect(quoted, advice).toBeDefined();
      expect(Math.abs((quoted ?? 0) - size.bytes) / size.bytes, advice).toBeLessThan(0.05);
    }
  });

  it('renders the masthead, header, footer and a form to declarative shadow DOM in plain Node', () => {
    const run = runCommand(process.execPath, ['ssr.js'], setup.portal);
    expect(run.status, run.stderr).toBe(0);
    const rendered = JSON.parse(run.stdout) as Record<'masthead' | 'header' | 'footer' | 'form', string>;
    for (const part of ['masthead', 'header', 'footer'] as const) {
      expect(rendered[part]).toMatch(
        new RegExp(`^(<!--[^>]*-->)?<druk-${part}[^>]*><template[^>]* shadowrootmode="open"`),
      );
    }
    expect(rendered.header).toContain('Ministry of Health');
    // Form controls keep their native control in the light DOM (ADR 0003).
    expect(rendered.form).toMatch(/<input[^>]*name="email"/);
    expect(rendered.form).toMatch(/<button[^>]*type="submit"/);
    expect(rendered.form).not.toContain('shadowrootmode');
  });

  it.each(['bundler', 'node16'])('type-checks under tsc --strict with moduleResolution %s', (resolution) => {
    const tsc = runCommand(
      process.execPath,
      ['node_modules/typescript/bin/tsc', '-p', `tsconfig.${resolution}.json`],
      setup.portal,
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('runs druk-audit --help and druk-fonts --help from the installed tarballs', () => {
    const audit = runCommand(join(setup.portal, 'node_modules/.bin/druk-audit'), ['--help'], setup.portal);
    expect(audit.status, audit.stderr).toBe(0);
    expect(audit.stdout).toMatch(/^druk-audit \d+\.\d+\.\d+/);
    const fonts = runCommand(join(setup.portal, 'node_modules/.bin/druk-fonts'), ['--help'], setup.portal);
    expect(fonts.status, fonts.stderr).toBe(0);
    expect(fonts.stdout).toContain('druk-fonts copy <dir>');
  });

  it('runs druk-audit competition from the @druk/competition tarball installed beside @druk/audit', () => {
    const bin = join(setup.portal, 'node_modules/.bin/druk-audit');
    const help = runCommand(bin, ['--help'], setup.portal);
    expect(help.stdout).toMatch(/druk-audit competition …/);
    const competition = runCommand(bin, ['competition', 'help'], setup.portal);
    expect(competition.status, competition.stderr).toBe(0);
    expect(competition.stdout).toMatch(/^druk-audit competition <command>/);
    const init = runCommand(bin, ['competition', 'init', '--name', 'Packed', '--db', 'packed.db'], setup.portal);
    expect(init.status, init.stderr).toBe(0);
    const listing = runCommand(
      'tar',
      ['tzf', setup.packages.find((pkg) => pkg.name === '@druk/competition')!.tarball],
      setup.folder,
    );
    expect(listing.stdout).toContain('package/deploy/competition-nginx.conf');
    const audit = runCommand(
      'tar',
      ['xzf', setup.packages.find((pkg) => pkg.name === '@druk/audit')!.tarball, '-O', 'package/package.json'],
      setup.folder,
    );
    expect(audit.stdout).not.toContain('@druk/competition');
  });
});

describe('a site that only loads the components in the browser', () => {
  it('installs no server-rendering packages', () => {
    const installed = installedPackages(setup.browserOnly);
    expect(installed.some((name) => name.startsWith('@lit-labs+ssr@'))).toBe(false);
    expect(installed.some((name) => name.startsWith('lit@'))).toBe(true);
  });

  describe('with the CDN file from the tarball on a static page', () => {
    let browser: Browser;
    let server: StaticServer;

    beforeAll(async () => {
      const page = join(setup.folder, 'cdn-page');
      mkdirSync(page, { recursive: true });
      const installed = join(setup.browserOnly, 'node_modules/@druk');
      copyFileSync(join(installed, 'components/dist/cdn/druk-components.js'), join(page, 'druk-components.js'));
      copyFileSync(join(setup.portal, 'node_modules/@druk/tokens/dist/tokens.css'), join(page, 'tokens.css'));
      writeFileSync(join(page, 'portal.js'), portalBundle());
      const html = (scripts: string) =>
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CDN</title><link rel="icon" href="data:,">
        <link rel="stylesheet" href="tokens.css">${scripts}</head><body><druk-masthead></druk-masthead>
        <druk-footer agency="Ministry of Health"></druk-footer><portal-greeting></portal-greeting></body></html>`;
      writeFileSync(join(page, 'index.html'), html('<script type="module" src="druk-components.js"></script>'));
      // A CMS theme loads the CDN file; the portal's own npm build, with the same components, follows it.
      writeFileSync(
        join(page, 'twice.html'),
        html('<script type="module" src="druk-components.js"></script><script type="module" src="portal.js"></script>'),
      );
      server = await serveStatic(page);
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('shows the components with no console error', async () => {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(server.url);
      await page.waitForFunction(() => document.querySelector('druk-footer')?.shadowRoot?.textContent?.trim());
      const footerText = await page.evaluate(() => document.querySelector('druk-footer')!.shadowRoot!.textContent);
      expect(footerText).toContain('Ministry of Health');
      expect(await page.evaluate(() => Boolean(document.querySelector('druk-masthead')?.shadowRoot))).toBe(true);
      expect(problems).toEqual([]);
    });

    it('keeps working when the portal’s npm build loads the same components again, with one warning', async () => {
      const page = await browser.newPage();
      const warnings: string[] = [];
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}twice.html`);
      // The portal's own element comes after the skipped definitions in its bundle: it must still run.
      await page.waitForFunction(() => document.querySelector('portal-greeting')?.shadowRoot?.textContent?.trim());
      const footerText = await page.evaluate(() => document.querySelector('druk-footer')!.shadowRoot!.textContent);
      expect(footerText).toContain('Ministry of Health');
      expect(errors).toEqual([]);
      expect(warnings, warnings.join('\n')).toHaveLength(1);
      expect(warnings[0]).toMatch(
        /druk-masthead, .*druk-footer.*: already defined by @druk\/components [\d.]+ \(compatible\)/,
      );
    });
  });
});

// In this file so that it uses the same packed tarballs and installed portal.
describeRenderedFragments(() => setup);
