import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import type { AstroIntegration } from 'astro';
import { copyFonts, subsetSite } from '@druk/fonts';
import { DrukValidationError } from './validation.ts';
import { accentCss, validateSiteConfig, type SiteConfig, type SiteConfigInput } from './config.ts';
import { writeIcons } from './build/icons.ts';
import { megabytes, oversizedImages, removeUnusedImages } from './build/images.ts';
import { BrokenLinksError, checkLinks, navigationLinks } from './build/link-check.ts';
import { buildDate } from './content/dates.ts';
import { loadContent, type SiteContent } from './content/load.ts';
import { siteRoutes } from './routes.ts';
import { languageName, writeLanguageNameFont } from './build/language-name-font.ts';
import { scriptShownDzongkha } from './build/script-text.ts';
import { preloadDzongkhaFont } from './build/font-preload.ts';
import { unlinkDzongkhaFonts } from './build/english-fonts.ts';
import { buildSearchIndex } from './build/search-index.ts';
import { inlineStyleHashes } from './build/style-hashes.ts';
import { apacheConfig, headersFile, nginxServerConfig, securityHeaders } from './security-headers.ts';
import { ADMIN_PATH, adminMiddleware, editorContentSecurityPolicy, writeAdmin } from './editor/admin.ts';

const VIRTUAL_ID = 'virtual:druk/site';
/** The accent colour of site.config.ts as token overrides; bundled into the site's stylesheet. */
const THEME_ID = 'virtual:druk/theme.css';
/** Where the Dzongkha fonts and their stylesheet are served from. */
export const FONTS_URL = '/_fonts';

export interface DrukOptions {
  /** The object exported by site.config.ts. */
  config: SiteConfigInput;
  /** Where the config came from, for error messages. */
  configFile?: string;
}

/** `.ts` in the workspace, `.js` in the published package (compiled into dist/). */
const MODULE_EXTENSION = extname(fileURLToPath(import.meta.url));

/** A route module in ./routes/; a `.ts` route is named with this module's own extension. */
function route(name: string): string {
  return fileURLToPath(new URL(`./routes/${name.replace(/\.ts$/, MODULE_EXTENSION)}`, import.meta.url));
}

/**
 * The site config as site.config.ts says now. astro.config.mjs imports the file once, and the
 * module cache keeps that first version for the life of the process: after an edit the dev server
 * restarts but would validate the old object again. Vite's one-off runner reads the edited file.
 */
async function currentSiteConfig(path: string, imported: SiteConfigInput): Promise<unknown> {
  if (!existsSync(path)) return imported;
  const { module } = await runnerImport<{ default?: unknown }>(path, {
    configFile: false,
    logLevel: 'silent',
    root: dirname(path),
  });
  return module.default;
}

/** The site's own stylesheets, as the built home page links them (for the editor's previews). */
function siteStylesheets(dist: string): string[] {
  const home = readFileSync(join(dist, 'en', 'index.html'), 'utf8');
  return [...home.matchAll(/<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/g)].map((match) => match[1] as string);
}

/** Every built HTML page, relative to dist. */
function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/**
 * The @druk/astro integration: validates site.config.ts, adds every page of a Bhutanese
 * government site (both languages), and after the build writes the search index, favicons,
 * manifest and the security-header configuration for nginx, Apache and `_headers` hosts.
 */
export default function druk(options: DrukOptions): AstroIntegration {
  const configFile = options.configFile ?? 'site.config.ts';
  let config: SiteConfig;
  let root = '';
  let logoPath = '';
  let site: { config: SiteConfig; root: string; contentDir: string; publicDir: string };
  /** The content as loaded when the build starts, checked again against the built pages. */
  let content: SiteContent;
  return {
    name: '@druk/astro',
    hooks: {
      'astro:config:setup': async ({
        config: astroConfig,
        command,
        isRestart,
        updateConfig,
        injectRoute,
        addWatchFile,
        logger,
      }) => {
        root = fileURLToPath(astroConfig.root);
        const configPath = resolve(root, configFile);
        // Watched before validating: an edit that fixes a wrong value restarts the dev server.
        addWatchFile(configPath);
        config = validateSiteConfig(
          isRestart ? await currentSiteConfig(configPath, options.config) : options.config,
          configFile,
        );
        logoPath = join(fileURLToPath(astroConfig.publicDir), config.logo);
        if (!existsSync(logoPath)) {
          const problem = { field: 'logo', message: `public/${config.logo} does not exist` };
          // The dev server serves the file as soon as it is added; only the build needs it (for the icons).
          if (command !== 'dev') throw new DrukValidationError(configFile, [problem]);
          logger.error(`${configFile}: ${problem.field}: ${problem.message}`);
        }
        site = {
          config,
          root,
          contentDir: join(root, 'src', 'content'),
          publicDir: fileURLToPath(astroConfig.publicDir),
        };
        updateConfig({
          site: config.url,
          trailingSlash: 'always',
          // Astro settles the image endpoint's address from the site's own trailingSlash before
          // integrations run, so it stays "/_image" while pages, set to "always" here, are served only
          // with the slash: every picture in `npm start` answered 404 until the route followed.
          image: { endpoint: { route: '/_image/' } },
          // External files only: the Content-Security-Policy allows no inline scripts.
          build: { inlineStylesheets: 'never', format: 'directory' },
          vite: {
            build: { assetsInlineLimit: 0 },
            // Lit's server renderer probes for CSS-module support with a data: import that the
            // bundler rejects; Node loads these packages as they are instead.
            ssr: {
              external: [
                '@lit-labs/ssr',
                '@lit-labs/ssr-dom-shim',
                'lit',
                'lit-html',
                'lit-element',
                '@lit/reactive-element',
              ],
              // In the dev server only, Astro marks this integration's dependencies external. A bare
              // '@druk/components' was then loaded by Node, but a deep import of a .ts file
              // ('@druk/components/button/button') cannot be external and went through Vite: every form
              // control was evaluated twice, and each page printed "loaded twice". The build bundles them once.
              noExternal: [/^@druk\//],
            },
            plugins: [
              {
                name: 'druk-site',
                resolveId: (id: string) => (id === VIRTUAL_ID || id === THEME_ID ? `\0${id}` : undefined),
                load: (id: string) => {
                  if (id === `\0${THEME_ID}`) return accentCss(config.accent);
                  if (id !== `\0${VIRTUAL_ID}`) return undefined;
                  return `export const site = ${JSON.stringify(site)};
export const images = import.meta.glob('/src/content/images/**/*.{jpg,jpeg,png,webp}', { eager: true, import: 'default' });`;
                },
              },
            ],
          },
        });
        injectRoute({ pattern: '/', entrypoint: route('choose-language.astro') });
        injectRoute({ pattern: '/404', entrypoint: route('not-found.astro') });
        injectRoute({ pattern: '/[lang]/[...path]', entrypoint: route('page.astro') });
        injectRoute({ pattern: '/[lang]/[collection]/[feed].xml', entrypoint: route('feed.ts') });
        injectRoute({ pattern: '/sitemap.xml', entrypoint: route('sitemap.xml.ts') });
        injectRoute({ pattern: '/robots.txt', entrypoint: route('robots.txt.ts') });
        logger.info(`site ${config.name.en}: ${config.url}`);
      },
      'astro:server:setup': async ({ server }) => {
        // Lit's DOM shim keeps one custom-element registry for the whole process, but a dev server
        // restarted by an edit of site.config.ts evaluates the components again in a new module runner:
        // each would be "loaded twice", and the first definitions would stay. Every dev server starts
        // with an empty registry, as a fresh process does.
        const registry = globalThis.customElements;
        if (registry) globalThis.customElements = new (registry.constructor as new () => CustomElementRegistry)();
        // Pages are listed by getStaticPaths, which the dev server caches: a Markdown file added,
        // deleted or retitled must clear that cache, or lists link to pages that answer 404.
        const contentDir = site.contentDir + sep;
        const onContentFile = (file: string) => {
          if (!file.startsWith(contentDir)) return;
          for (const [name, environment] of Object.entries(server.environments)) {
            if (name !== 'client') environment.hot.send('astro:content-changed', {});
          }
          server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        };
        for (const event of ['add', 'unlink', 'change'] as const) server.watcher.on(event, onContentFile);
        // The browser editor, saving through the local proxy of `npm run edit`. The dev server's
        // site stylesheet is a Vite module, so previews get the fonts here and the full styles when built.
        server.middlewares.use(
          ADMIN_PATH.slice(0, -1),
          adminMiddleware(() => config, [`${FONTS_URL}/druk-fonts.css`]),
        );
        // The dev server serves the full fonts; the build replaces them with a subset.
        const fonts = mkdtempSync(join(tmpdir(), 'druk-fonts-'));
        await copyFonts(fonts);
        await writeLanguageNameFont(fonts);
        server.middlewares.use(FONTS_URL, (request, response, next) => {
          const file = join(fonts, decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname));
          if (!file.startsWith(fonts) || !existsSync(file) || !statSync(file).isFile()) return next();
          response.setHeader(
            'content-type',
            file.endsWith('.css') ? 'text/css' : file.endsWith('.woff2') ? 'font/woff2' : 'text/plain',
          );
          response.end(readFileSync(file));
        });
      },
      'astro:build:start': ({ logger }) => {
        content = loadContent(site);
        for (const image of oversizedImages(content, site.contentDir)) {
          logger.warn(
            `${image.file}: ${image.field}: the picture ${image.path} is ${megabytes(image.bytes)}; resize it to at most 2400 px wide (pages show smaller copies, but the original slows every build)`,
          );
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pages = htmlFiles(dist);
        const broken = checkLinks({
          dist,
          pages,
          siteUrl: config.url,
          content,
          routes: siteRoutes(content, buildDate()),
          configLinks: existsSync(resolve(root, configFile))
            ? navigationLinks(config, configFile, readFileSync(resolve(root, configFile), 'utf8'))
            : [],
        });
        if (broken.length) throw new BrokenLinksError(broken);
        const unused = removeUnusedImages(dist);
        if (unused.length) logger.info(`unused picture originals left out of dist/: ${unused.length}`);
        const fonts = await subsetSite(dist, { fontsDir: FONTS_URL.slice(1), scriptText: scriptShownDzongkha() });
        const jomolhari = fonts.files.find((file) => file.family === 'Jomolhari');
        const preloaded = jomolhari ? preloadDzongkhaFont(dist, pages, `/${jomolhari.path}`) : 0;
        const languageNameBytes = await writeLanguageNameFont(join(dist, FONTS_URL.slice(1)));
        const unlinked = unlinkDzongkhaFonts(dist, pages, languageName());
        logger.info(
          `Dzongkha fonts: ${fonts.codePoints} characters; ${fonts.files.map((file) => `${file.family} ${file.bytes} B (full ${file.fullBytes} B)`).join(', ')}; language name ${languageNameBytes} B; preloaded on ${preloaded} Dzongkha pages; left out of ${unlinked} English pages with no Dzongkha text`,
        );
        const search = await buildSearchIndex(dist, pages);
        logger.info(
          `search index: ${Object.entries(search.pages)
            .map(([lang, count]) => `${count} ${lang}`)
            .join(', ')} pages`,
        );
        const icons = await writeIcons(config, logoPath, dist);
        logger.info(`icons and manifest: ${icons.length} files`);
        if (config.editor) {
          const bytes = writeAdmin(dist, config, [`${FONTS_URL}/druk-fonts.css`, ...siteStylesheets(dist)]);
          logger.info(`content editor: dist/admin/ (Decap CMS ${megabytes(bytes)})`);
        }
        const headers = securityHeaders({
          formEndpoint: config.forms?.endpoint,
          analyticsScript: config.analytics.enabled ? config.analytics.scriptUrl : undefined,
          styleHashes: inlineStyleHashes(dist, pages),
        });
        writeFileSync(join(dist, '_headers'), headersFile(headers));
        const deploy = join(root, 'deploy');
        mkdirSync(deploy, { recursive: true });
        const editorPolicy = config.editor ? editorContentSecurityPolicy(config) : undefined;
        writeFileSync(join(dist, '.htaccess'), apacheConfig(headers, editorPolicy));
        writeFileSync(
          join(deploy, 'nginx.conf'),
          nginxServerConfig(headers, { serverName: new URL(config.url).hostname, editorPolicy }),
        );
        writeFileSync(join(deploy, 'apache.htaccess'), apacheConfig(headers, editorPolicy));
        logger.info('security headers: dist/_headers, dist/.htaccess, deploy/nginx.conf');
      },
    },
  };
}
