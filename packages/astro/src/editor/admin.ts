// The /admin/ folder of a site: the Decap CMS bundle copied from node_modules (never a CDN), the
// generated configuration, the script that maps Decap's folders to the site's and checks saves
// (editor.js with content-paths.js), and the editor's own stylesheet. Built into dist/admin/ and served by the dev server under the same paths.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EDITABLE_FAMILY } from '@druk/fonts';
import type { SiteConfig } from '../config.ts';
import { ALT_MESSAGE, DESCRIBED_IMAGES } from '../content/schemas.ts';
import {
  NEW_ADDRESS_MESSAGE,
  collectionFields,
  contentRoot,
  editorCollections,
  editorConfig,
  localProxyPort,
  requiredTranslatedFields,
} from './config.ts';

export const ADMIN_PATH = '/admin/';

/** The folder holding decap-cms.js and the chunks it loads next to itself. */
export function decapDist(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('decap-cms/package.json')), 'dist');
}

/** The bundle and its lazily loaded chunks (source maps stay out of the site). */
export function decapFiles(): string[] {
  return readdirSync(decapDist()).filter((name) => /^(?:\d+\.)?decap-cms\.js$/.test(name));
}

/** Origins the editor talks to besides the site: the git host's API and sign-in, or the local proxy. */
function editorOrigins(config: SiteConfig, local: boolean): { connect: string[]; images: string[] } {
  if (local) return { connect: [`http://127.0.0.1:${localProxyPort()}`], images: [] };
  const editor = config.editor;
  if (!editor) return { connect: [], images: [] };
  const hosted = {
    gitlab: 'https://gitlab.com',
    github: 'https://api.github.com',
    gitea: 'https://gitea.com',
    forgejo: 'https://codeberg.org',
  };
  const api = editor.baseUrl ? new URL(editor.baseUrl).origin : hosted[editor.backend];
  // Avatars of the signed-in editor come from the host (GitHub serves them from their own domain).
  const images = editor.backend === 'github' ? ['https://avatars.githubusercontent.com'] : [api];
  const auth = editor.authUrl ? [new URL(editor.authUrl).origin] : [];
  return { connect: [api, ...auth], images };
}

/**
 * The Content-Security-Policy of /admin/ (ADR 0030). Decap CMS compiles its config validator with
 * `new Function` ('unsafe-eval') and its styling library injects <style> elements at run time
 * ('unsafe-inline' for styles only). Scripts still come only from the site itself.
 */
export function editorContentSecurityPolicy(config: SiteConfig, { local = false } = {}): string {
  const { connect, images } = editorOrigins(config, local);
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'unsafe-eval'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:', ...images]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", 'blob:', ...connect]],
    ['frame-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/**
 * What editor.js needs to know: the backend to wrap and the folder layout it maps, the translated
 * fields of each collection, picture/description pairs, and the stylesheets of previews.
 */
export interface EditorChecks {
  backend: string;
  layout: { root: string; collections: string[]; locales: string[]; defaultLocale: string };
  /** Per collection: the fields written in each language, and those a language version must have. */
  translated: Record<string, { text: string[]; required: string[] }>;
  described: Record<string, [string, string]>;
  altMessage: string;
  addressMessage: string;
  previewStyles: string[];
}

function editorChecks(config: SiteConfig, previewStyles: string[], local: boolean): EditorChecks {
  const cms = editorConfig(config, { local });
  const collections = editorCollections(config);
  const translated = Object.fromEntries(
    collections.map((collection) => [
      collection,
      {
        text: collectionFields(collection)
          .filter((field) => field.i18n === true)
          .map((field) => field.name),
        required: requiredTranslatedFields(collection),
      },
    ]),
  );
  return {
    backend: cms.backend.name,
    layout: {
      root: contentRoot(config, { local }),
      collections,
      locales: cms.i18n.locales,
      defaultLocale: cms.i18n.default_locale,
    },
    translated,
    described: Object.fromEntries(
      Object.entries(DESCRIBED_IMAGES).map(([collection, pair]) => [collection, [...pair]]),
    ),
    altMessage: ALT_MESSAGE,
    addressMessage: NEW_ADDRESS_MESSAGE,
    previewStyles,
  };
}

/**
 * The editor's own stylesheet: the full Jomolhari face for Tibetan everywhere (its unicode-range is
 * Tibetan only), so any Dzongkha can be typed in a field and the Dzongkha half of every label is read.
 */
const EDITOR_CSS = `/* Generated by @druk/astro. Decap CMS styles its own interface; this only sets the font. */
body, body * {
  font-family: "${EDITABLE_FAMILY}", system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif !important;
}
`;

function adminPage(config: SiteConfig): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Content editor: ${config.name.en.replace(/[<&>"]/g, '')}</title>
<link href="${ADMIN_PATH}config.yml" type="text/yaml" rel="cms-config-url">
<link rel="stylesheet" href="/_fonts/druk-fonts.css">
<link rel="stylesheet" href="${ADMIN_PATH}editor.css">
</head>
<body>
<script type="module" src="${ADMIN_PATH}editor.js"></script>
</body>
</html>
`;
}

const EDITOR_SCRIPT = fileURLToPath(new URL('./editor-client.js', import.meta.url));
const PATHS_SCRIPT = fileURLToPath(new URL('./content-paths.js', import.meta.url));

/** The generated files of /admin/ (the Decap bundle comes on top), by file name. */
export function adminFiles(config: SiteConfig, { local = false, previewStyles = [] as string[] } = {}) {
  const cms = editorConfig(config, { local });
  return new Map<string, string>([
    ['index.html', adminPage(config)],
    // JSON is YAML: Decap reads this file with its YAML parser.
    ['config.yml', `${JSON.stringify(cms, null, 2)}\n`],
    ['checks.json', JSON.stringify(editorChecks(config, previewStyles, local))],
    ['editor.js', readFileSync(EDITOR_SCRIPT, 'utf8')],
    ['content-paths.js', readFileSync(PATHS_SCRIPT, 'utf8')],
    ['editor.css', EDITOR_CSS],
  ]);
}

/** Writes dist/admin/; returns the bytes of the Decap bundle and its chunks. */
export function writeAdmin(dist: string, config: SiteConfig, previewStyles: string[]): number {
  const admin = join(dist, ADMIN_PATH);
  mkdirSync(admin, { recursive: true });
  let bundleBytes = 0;
  for (const name of decapFiles()) {
    copyFileSync(join(decapDist(), name), join(admin, name));
    bundleBytes += statSync(join(admin, name)).size;
  }
  for (const [name, text] of adminFiles(config, { previewStyles })) writeFileSync(join(admin, name), text);
  return bundleBytes;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.yml': 'text/yaml',
};

/**
 * Answers /admin/ requests of the dev server (`npm run edit`): the editor saves through the local
 * proxy, under the same policy as the built /admin/ with the proxy's origin added.
 */
export function adminMiddleware(config: () => SiteConfig, previewStyles: string[]) {
  const decap = new Set(decapFiles());
  return (
    request: { url?: string },
    response: { setHeader(name: string, value: string): void; end(body: string | Buffer): void },
    next: () => void,
  ) => {
    const name = new URL(request.url ?? '/', 'http://dev').pathname.replace(/^\//, '') || 'index.html';
    const generated = adminFiles(config(), { local: true, previewStyles }).get(name);
    if (generated === undefined && !decap.has(name)) return next();
    response.setHeader('content-type', TYPES[name.slice(name.lastIndexOf('.'))] ?? 'text/plain');
    response.setHeader('content-security-policy', editorContentSecurityPolicy(config(), { local: true }));
    response.end(generated ?? readFileSync(join(decapDist(), name)));
  };
}
